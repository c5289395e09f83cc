package id.go.spbe.audit.pulled;

import id.go.spbe.audit.pulled.domain.EvidenceSource;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * audit's own read models of other services' operations, for evidence pulled into engagements, one document per
 * producer id: VPS ({@code ops_vps}), backup run ({@code ops_backup_runs}), uptime monitor ({@code ops_monitors}),
 * outage ({@code ops_outages}), LAN diagram task ({@code ops_lan_diagrams}, {@code <year>-<opd>}), change ticket
 * ({@code ops_change_tickets}); and per source the latest producer time seen ({@code ops_sources}: "data as of").
 * Every write is an upsert keyed by the producer's id that a repeat leaves unchanged; where events of one key can
 * overtake each other, an older state never overwrites a newer one.
 */
@Component
public class OperationsReadModel {

    static final String VPS = "ops_vps";
    static final String BACKUP_RUNS = "ops_backup_runs";
    static final String MONITORS = "ops_monitors";
    static final String OUTAGES = "ops_outages";
    static final String LAN_DIAGRAMS = "ops_lan_diagrams";
    static final String CHANGES = "ops_change_tickets";
    static final String SOURCES = "ops_sources";

    private final MongoTemplate mongo;

    OperationsReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void vpsActivated(String vpsId, String opd, @Nullable String applicationId, @Nullable String dataCenter,
            @Nullable String hostname, Instant at) {
        Update update = new Update().set("opd", opd).min("activatedAt", at);
        setIfPresent(update, "applicationId", applicationId);
        setIfPresent(update, "dataCenter", dataCenter);
        setIfPresent(update, "hostname", hostname);
        upsert(VPS, vpsId, update);
        seen(EvidenceSource.BACKUPS, at);
    }

    public void vpsDecommissioned(String vpsId, String opd, @Nullable String applicationId,
            @Nullable String dataCenter, Instant at) {
        Update update = new Update().set("opd", opd).min("decommissionedAt", at);
        setIfPresent(update, "applicationId", applicationId);
        setIfPresent(update, "dataCenter", dataCenter);
        upsert(VPS, vpsId, update);
        seen(EvidenceSource.BACKUPS, at);
    }

    /** A run is reported once and never changes: the first copy is kept. */
    public void backupRun(String runId, String policyId, String opd, String systemKind, String systemId,
            Instant startedAt, String result, boolean offsite, Instant occurredAt) {
        upsert(BACKUP_RUNS, runId, new Update().setOnInsert("policyId", policyId).setOnInsert("opd", opd)
                .setOnInsert("systemKind", systemKind).setOnInsert("systemId", systemId)
                .setOnInsert("startedAt", startedAt).setOnInsert("result", result).setOnInsert("offsite", offsite));
        seen(EvidenceSource.BACKUPS, occurredAt);
    }

    /**
     * The monitor's settings as of its latest configuration, and into the set {@code switches} whether it probed from
     * then on — a paused monitor is not measured (a redelivery adds nothing to the set).
     */
    public void monitorConfigured(String monitorId, String opd, String name, String target, BigDecimal sloPercent,
            boolean active, Instant at) {
        upsert(MONITORS, monitorId, new Update().min("firstConfiguredAt", at)
                .addToSet("switches", new Document("at", Date.from(at)).append("active", active)));
        newer(MONITORS, monitorId, "configuredAt", at, new Update().set("opd", opd).set("name", name)
                .set("target", target).set("sloPercent", sloPercent.toPlainString()).set("active", active));
        seen(EvidenceSource.UPTIME, at);
    }

    /** An outage opened ({@code endedAt} null) or closed; a late opening never reopens a closed one. */
    public void outage(String outageId, String monitorId, String opd, Instant since, @Nullable Instant endedAt,
            Instant occurredAt) {
        Update update = new Update().set("monitorId", monitorId).set("opd", opd).set("since", since);
        setIfPresent(update, "endedAt", endedAt);
        upsert(OUTAGES, outageId, update);
        seen(EvidenceSource.UPTIME, occurredAt);
    }

    public void lanDiagramSubmitted(String taskId, String opd, int year, LocalDate dueDate, int submission,
            long revision, boolean attachment, @Nullable String signatureStatus, boolean late, Instant at) {
        Update facts = lanTask(opd, year).set("dueDate", dueDate.toString()).max("submission", submission);
        upsert(LAN_DIAGRAMS, taskId, facts);
        Update status = new Update().set("status", "SUBMITTED").set("revision", revision)
                .set("attachment", attachment).set("signatureStatus", signatureStatus).set("late", late);
        newerUnlessAccepted(taskId, at, status);
        seen(EvidenceSource.LAN_DIAGRAMS, at);
    }

    public void lanDiagramReturned(String taskId, String opd, int year, int submission, Instant at) {
        upsert(LAN_DIAGRAMS, taskId, lanTask(opd, year).max("submission", submission));
        newerUnlessAccepted(taskId, at, new Update().set("status", "RETURNED"));
        seen(EvidenceSource.LAN_DIAGRAMS, at);
    }

    /** Accepted is final: a late-arriving submission or return does not undo it. */
    public void lanDiagramAccepted(String taskId, String opd, int year, int submission, long revision, boolean late,
            Instant at) {
        upsert(LAN_DIAGRAMS, taskId, lanTask(opd, year).max("submission", submission).set("status", "ACCEPTED")
                .set("statusAt", at).set("revision", revision).set("late", late).set("acceptedAt", at));
        seen(EvidenceSource.LAN_DIAGRAMS, at);
    }

    /** Overdue is remembered even after a later submission: the OPD missed the due date that year. */
    public void lanDiagramOverdue(String taskId, String opd, int year, LocalDate dueDate, Instant at) {
        upsert(LAN_DIAGRAMS, taskId, lanTask(opd, year).set("dueDate", dueDate.toString()).set("overdue", true)
                .setOnInsert("status", "OPEN"));
        seen(EvidenceSource.LAN_DIAGRAMS, at);
    }

    /** A change ticket (type PERUBAHAN) opened; {@code title} null when the desk does not share it. */
    public void changeOpened(String ticketId, String opd, @Nullable String title,
            @Nullable String affectedApplicationId, Instant openedAt, Instant occurredAt) {
        Update update = new Update().set("opd", opd).set("openedAt", openedAt).min("at", openedAt);
        setIfPresent(update, "title", title);
        setIfPresent(update, "affectedApplicationId", affectedApplicationId);
        upsert(CHANGES, ticketId, update);
        seen(EvidenceSource.CHANGES, occurredAt);
    }

    public void changeApproved(String ticketId, String opd, @Nullable String title,
            @Nullable String affectedApplicationId, String approverRole, Instant at) {
        Update update = new Update().set("opd", opd).min("approvedAt", at).set("approverRole", approverRole)
                .min("at", at);
        setIfPresent(update, "title", title);
        setIfPresent(update, "affectedApplicationId", affectedApplicationId);
        upsert(CHANGES, ticketId, update);
        seen(EvidenceSource.CHANGES, at);
    }

    public void changeImplemented(String ticketId, String opd, @Nullable String affectedApplicationId, Instant at) {
        Update update = new Update().set("opd", opd).min("implementedAt", at).min("at", at);
        setIfPresent(update, "affectedApplicationId", affectedApplicationId);
        upsert(CHANGES, ticketId, update);
        seen(EvidenceSource.CHANGES, at);
    }

    /** The indexes of the views' reads (per OPD or object, then by time), created once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        index(VPS, "applicationId");
        index(VPS, "dataCenter");
        index(VPS, "opd");
        mongo.indexOps(BACKUP_RUNS).createIndex(new Index().on("systemId", Sort.Direction.ASC)
                .on("startedAt", Sort.Direction.ASC).named("system_started"));
        mongo.indexOps(BACKUP_RUNS).createIndex(new Index().on("opd", Sort.Direction.ASC)
                .on("startedAt", Sort.Direction.ASC).named("opd_started"));
        index(MONITORS, "opd");
        mongo.indexOps(OUTAGES).createIndex(new Index().on("opd", Sort.Direction.ASC)
                .on("since", Sort.Direction.ASC).named("opd_since"));
        mongo.indexOps(LAN_DIAGRAMS).createIndex(new Index().on("opd", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).named("opd_year"));
        mongo.indexOps(CHANGES).createIndex(new Index().on("opd", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("opd_at"));
    }

    private void index(String collection, String field) {
        mongo.indexOps(collection).createIndex(new Index().on(field, Sort.Direction.ASC).named(field));
    }

    /** The latest producer time recorded for {@code source}: how current its read model is. */
    public @Nullable Instant dataAsOf(EvidenceSource source) {
        Document d = mongo.findById(source.name(), Document.class, SOURCES);
        Date at = d == null ? null : d.getDate("lastEventAt");
        return at == null ? null : at.toInstant();
    }

    MongoTemplate mongo() {
        return mongo;
    }

    private static Update lanTask(String opd, int year) {
        return new Update().set("opd", opd).set("year", year);
    }

    private void newerUnlessAccepted(String taskId, Instant at, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(taskId).and("status").ne("ACCEPTED")
                .orOperator(where("statusAt").exists(false), where("statusAt").lte(at))),
                update.set("statusAt", at), LAN_DIAGRAMS);
    }

    /** Applies {@code update} only when {@code at} is not older than what the document already holds. */
    private void newer(String collection, String id, String field, Instant at, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(id)
                .orOperator(where(field).exists(false), where(field).lte(at))), update.set(field, at), collection);
    }

    private void seen(EvidenceSource source, Instant at) {
        upsert(SOURCES, source.name(), new Update().max("lastEventAt", at));
    }

    private void upsert(String collection, String id, Update update) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        try {
            mongo.upsert(byId, update, collection);
        } catch (DuplicateKeyException raced) {
            // Two replicas inserted the same key at once: the document exists now, so the update applies.
            mongo.updateFirst(byId, update, collection);
        }
    }

    private static void setIfPresent(Update update, String field, @Nullable Object value) {
        if (value != null) {
            update.set(field, value);
        }
    }
}
