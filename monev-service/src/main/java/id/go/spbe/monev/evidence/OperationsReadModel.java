package id.go.spbe.monev.evidence;

import id.go.spbe.monev.evidence.domain.AssetFigures;
import id.go.spbe.monev.evidence.domain.AuditFigures;
import id.go.spbe.monev.evidence.domain.DataCenterFigures;
import id.go.spbe.monev.evidence.domain.DevelopmentFigures;
import id.go.spbe.monev.evidence.domain.IntegrationFigures;
import id.go.spbe.monev.evidence.domain.KnowledgeFigures;
import id.go.spbe.monev.evidence.domain.NetworkFigures;
import id.go.spbe.monev.evidence.domain.TicketFigures;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.time.SwitchedOnTime;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * monev's read models of other services' operations, keyed by the producer's ids: one document per ticket
 * ({@code evidence_tickets}), completed audit ({@code evidence_audits}), knowledge article and year
 * ({@code evidence_knowledge}), LAN diagram task ({@code evidence_lan_diagrams}, the producer's {@code <year>-<opd>}),
 * LAN inspection ({@code evidence_inspections}), VPS ({@code evidence_vps}), application and year
 * ({@code evidence_app_development}), uptime monitor ({@code evidence_monitors}), outage ({@code evidence_outages})
 * a data centre's link upstream ({@code evidence_upstream_links}), integration between applications
 * ({@code evidence_integrations}), ICT asset of the application and network inventories ({@code evidence_assets},
 * {@code <KIND>/<producer id>}) and frozen yearly usage review ({@code evidence_usage_reviews}, by year). Every write is an upsert of flags, so a
 * redelivered event changes nothing even past the platform inbox. The year is the region's (profile time zone).
 */
@Component
public class OperationsReadModel {

    static final String TICKETS = "evidence_tickets";
    static final String AUDITS = "evidence_audits";
    static final String KNOWLEDGE = "evidence_knowledge";
    static final String LAN_DIAGRAMS = "evidence_lan_diagrams";
    static final String INSPECTIONS = "evidence_inspections";
    static final String VPS = "evidence_vps";
    static final String DEVELOPMENT = "evidence_app_development";
    static final String MONITORS = "evidence_monitors";
    static final String OUTAGES = "evidence_outages";
    static final String UPSTREAM_LINKS = "evidence_upstream_links";
    static final String INTEGRATIONS = "evidence_integrations";
    static final String ASSETS = "evidence_assets";
    static final String USAGE_REVIEWS = "evidence_usage_reviews";
    private static final String OPDS = "opd_references";

    private final MongoTemplate mongo;
    private final ZoneId zone;
    private final Clock clock;

    OperationsReadModel(MongoTemplate mongo, RegionProfile region, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = region.region() == null || region.region().timeZone() == null ? ZoneId.of("Asia/Jakarta")
                : region.region().timeZone();
    }

    public void ticketOpened(String ticketId, String opd, String type, Instant openedAt) {
        upsertTicket(ticketId, opd, new Update().set("type", type)
                .set("year", openedAt.atZone(zone).getYear()).set("opened", true));
    }

    /** A resolution also carries the opening time, so a ticket opened before monev listened still counts. */
    public void ticketResolved(String ticketId, String opd, String type, Instant openedAt) {
        upsertTicket(ticketId, opd, new Update().set("type", type)
                .set("year", openedAt.atZone(zone).getYear()).set("resolved", true));
    }

    public void ticketReopened(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("resolved", false));
    }

    public void resolutionSlaBreached(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("resolutionBreached", true));
    }

    public void changeApproved(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("type", "PERUBAHAN").set("changeApproved", true));
    }

    public void changeImplemented(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("type", "PERUBAHAN").set("changeImplemented", true));
    }

    public void auditCompleted(String auditId, String kind, String opd, LocalDate completedOn, boolean planned) {
        mongo.upsert(Query.query(where("_id").is(auditId)), new Update().set("kind", kind).set("opd", opd)
                .set("year", completedOn.getYear()).set("planned", planned), AUDITS);
    }

    public TicketFigures tickets(int year) {
        Set<String> active = activeOpds();
        Criteria ofYear = where("year").is(year).and("opd").in(active);
        Criteria changes = where("year").is(year).and("opd").in(active).and("type").is("PERUBAHAN");
        return new TicketFigures(active.size(), distinctOpds(ofYear, TICKETS),
                count(ofYear, TICKETS),
                count(where("year").is(year).and("opd").in(active).and("resolved").is(true), TICKETS),
                count(where("year").is(year).and("opd").in(active).and("resolved").is(true)
                        .and("resolutionBreached").ne(true), TICKETS),
                count(changes, TICKETS),
                count(where("year").is(year).and("opd").in(active).and("type").is("PERUBAHAN")
                        .and("changeApproved").is(true).and("changeImplemented").is(true), TICKETS),
                distinctOpds(changes, TICKETS));
    }

    public AuditFigures audits(int year, String kind) {
        Set<String> active = activeOpds();
        Criteria ofKind = where("year").is(year).and("kind").is(kind).and("opd").in(active);
        return new AuditFigures(kind, active.size(), count(ofKind, AUDITS),
                count(where("year").is(year).and("kind").is(kind).and("opd").in(active).and("planned").is(true),
                        AUDITS),
                distinctOpds(ofKind, AUDITS));
    }

    /** One publication of an article (first or new version); keyed per article and year, flags only ever set. */
    public void knowledgeArticlePublished(String articleId, int version, String authorOpd, boolean fromTicket,
            Instant publishedAt) {
        int year = publishedAt.atZone(zone).getYear();
        Update update = new Update().set("articleId", articleId).set("year", year);
        if (authorOpd != null) {
            update.set("opd", authorOpd);
        }
        if (fromTicket) {
            update.set("fromTicket", true);
        }
        if (version > 1) {
            update.set("revised", true);
        }
        mongo.upsert(Query.query(where("_id").is(articleId + "/" + year)), update, KNOWLEDGE);
    }

    public void lanDiagramAccepted(String taskId, String opd, int year, boolean late) {
        mongo.upsert(Query.query(where("_id").is(taskId)), new Update().set("opd", opd).set("year", year)
                .set("accepted", true).set("late", late), LAN_DIAGRAMS);
    }

    public void lanDiagramOverdue(String taskId, String opd, int year) {
        mongo.upsert(Query.query(where("_id").is(taskId)), new Update().set("opd", opd).set("year", year)
                .set("overdue", true), LAN_DIAGRAMS);
    }

    public void lanInspected(String inspectionId, String opd, LocalDate inspectedOn) {
        mongo.upsert(Query.query(where("_id").is(inspectionId)), new Update().set("opd", opd)
                .set("year", inspectedOn.getYear()), INSPECTIONS);
    }

    public void vpsActivated(String vpsId, String opd, Instant activatedAt) {
        mongo.upsert(Query.query(where("_id").is(vpsId)), new Update().set("opd", opd)
                .set("activatedYear", activatedAt.atZone(zone).getYear()), VPS);
    }

    public void vpsDecommissioned(String vpsId, String opd, Instant decommissionedAt) {
        mongo.upsert(Query.query(where("_id").is(vpsId)), new Update().set("opd", opd)
                .set("decommissionedYear", decommissionedAt.atZone(zone).getYear()), VPS);
    }

    /** A successful run of a VPS's backup: the year it started joins the VPS's backed-up years (a set). */
    public void vpsBackedUp(String vpsId, String opd, Instant startedAt, boolean offsite) {
        int year = startedAt.atZone(zone).getYear();
        Update update = new Update().set("opd", opd).addToSet("backupYears", year);
        if (offsite) {
            update.addToSet("offsiteYears", year);
        }
        mongo.upsert(Query.query(where("_id").is(vpsId)), update, VPS);
    }

    /** An SDLC stage change: the application was in development that year (keyed per application and year). */
    public void applicationInDevelopment(String applicationId, String opd, Instant changedAt) {
        int year = changedAt.atZone(zone).getYear();
        mongo.upsert(Query.query(where("_id").is(applicationId + "/" + year)), new Update().set("opd", opd)
                .set("year", year).set("developed", true), DEVELOPMENT);
    }

    /** A passed test result, in the year it was tested. */
    public void applicationTested(String applicationId, String opd, LocalDate testedOn) {
        mongo.upsert(Query.query(where("_id").is(applicationId + "/" + testedOn.getYear())), new Update()
                .set("opd", opd).set("year", testedOn.getYear()).set("tested", true), DEVELOPMENT);
    }

    /** A functional conformance review by Dinas (A9), whatever its result, in the year it was held. */
    public void applicationReviewed(String applicationId, String opd, LocalDate reviewedOn) {
        mongo.upsert(Query.query(where("_id").is(applicationId + "/" + reviewedOn.getYear())), new Update()
                .set("opd", opd).set("year", reviewedOn.getYear()).set("reviewed", true), DEVELOPMENT);
    }

    public DevelopmentFigures development(int year) {
        Set<String> active = activeOpds();
        Criteria developed = where("year").is(year).and("opd").in(active).and("developed").is(true);
        return new DevelopmentFigures(active.size(), count(developed, DEVELOPMENT),
                count(where("year").is(year).and("opd").in(active).and("developed").is(true).and("tested").is(true),
                        DEVELOPMENT),
                distinctOpds(developed, DEVELOPMENT),
                count(where("year").is(year).and("opd").in(active).and("developed").is(true).and("reviewed").is(true),
                        DEVELOPMENT));
    }

    public KnowledgeFigures knowledge(int year) {
        Set<String> active = activeOpds();
        return new KnowledgeFigures(active.size(),
                count(where("year").is(year), KNOWLEDGE),
                count(where("year").is(year).and("fromTicket").is(true), KNOWLEDGE),
                count(where("year").is(year).and("revised").is(true), KNOWLEDGE),
                distinctOpds(where("year").is(year).and("opd").in(active), KNOWLEDGE));
    }

    public NetworkFigures network(int year) {
        Set<String> active = activeOpds();
        Criteria accepted = where("year").is(year).and("opd").in(active).and("accepted").is(true);
        return new NetworkFigures(active.size(), distinctOpds(accepted, LAN_DIAGRAMS),
                distinctOpds(where("year").is(year).and("opd").in(active).and("accepted").is(true)
                        .and("late").is(true), LAN_DIAGRAMS),
                distinctOpds(where("year").is(year).and("opd").in(active).and("overdue").is(true), LAN_DIAGRAMS),
                distinctOpds(where("year").is(year).and("opd").in(active), INSPECTIONS));
    }

    /** VPS in service at some time in the year: activated by its end and not decommissioned before it began. */
    public DataCenterFigures dataCenter(int year) {
        Set<String> active = activeOpds();
        Criteria inService = new Criteria().andOperator(where("opd").in(active),
                where("activatedYear").lte(year),
                new Criteria().orOperator(where("decommissionedYear").exists(false),
                        where("decommissionedYear").gte(year)));
        Availability availability = availability(year, active);
        return new DataCenterFigures(active.size(), count(inService, VPS), distinctOpds(inService, VPS),
                count(new Criteria().andOperator(inService, where("backupYears").is(year)), VPS),
                count(new Criteria().andOperator(inService, where("offsiteYears").is(year)), VPS),
                availability.measured(), availability.meetingSlo(), availability.outages(),
                linkedInYear(year, "NATIONAL") ? 1 : 0, linkedInYear(year, "PROVINCIAL") ? 1 : 0);
    }

    /**
     * A data centre's link to the national or provincial data centre was reported with {@code status} at
     * {@code at} (registration, update or status change, D1). Each report joins the link's set of status changes,
     * so a redelivery adds nothing; the status at any time is the latest change before it.
     */
    public void upstreamLinkReported(String dataCenter, String upstream, String status, Instant at) {
        mongo.upsert(Query.query(where("_id").is(dataCenter + "/" + upstream)), new Update()
                .set("dataCenter", dataCenter).set("upstream", upstream).addToSet("changes", new Document("at", Date.from(at))
                        .append("status", status)), UPSTREAM_LINKS);
    }

    /** Whether some data centre's link to {@code upstream} was up (CONNECTED or DEGRADED) at some time in the year. */
    private boolean linkedInYear(int year, String upstream) {
        Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = yearEnd.isBefore(clock.instant()) ? yearEnd : clock.instant();
        if (!until.isAfter(yearStart)) {
            return false;
        }
        for (Document link : mongo.find(Query.query(where("upstream").is(upstream)), Document.class, UPSTREAM_LINKS)) {
            List<Document> changes = link.getList("changes", Document.class).stream()
                    .sorted(Comparator.comparing((Document c) -> c.getDate("at"))).toList();
            String statusAtStart = null;
            for (Document change : changes) {
                Instant at = change.getDate("at").toInstant();
                if (!at.isAfter(yearStart)) {
                    statusAtStart = change.getString("status");
                } else if (at.isBefore(until) && up(change.getString("status"))) {
                    return true;
                }
            }
            if (up(statusAtStart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean up(String status) {
        return "CONNECTED".equals(status) || "DEGRADED".equals(status);
    }

    /**
     * An uptime monitor was configured (D3): its OPD and SLO (the latest; one monitor's events arrive in order) and,
     * into the set {@code switches}, whether it was probing from then on — so the months it was switched off are not
     * counted as measured, and a redelivery adds nothing.
     */
    public void monitorConfigured(String monitorId, String opd, BigDecimal sloPercent, boolean active,
            Instant configuredAt) {
        mongo.upsert(Query.query(where("_id").is(monitorId)), new Update().set("opd", opd)
                .set("sloPercent", sloPercent.toPlainString())
                .addToSet("switches", new Document("at", Date.from(configuredAt)).append("active", active)), MONITORS);
    }

    /** An outage opened (ServiceDown) or ended (ServiceUp, with {@code endedAt}); keyed by the producer's outage id. */
    public void outage(String outageId, String monitorId, String opd, Instant since, Instant endedAt) {
        Update update = new Update().set("monitorId", monitorId).set("opd", opd).set("since", since);
        if (endedAt != null) {
            update.set("endedAt", endedAt);
        }
        mongo.upsert(Query.query(where("_id").is(outageId)), update, OUTAGES);
    }

    private record Availability(long measured, long meetingSlo, long outages) {
    }

    /**
     * Each monitor of an active OPD is measured over the parts of the year (in the region's zone, up to now) it was
     * probing; its availability there is 1 − (outage time inside them) / (their length), compared with its own SLO.
     * Planned maintenance opens no outage at the producer, so it is already left out, as the producer's SLO does.
     */
    private Availability availability(int year, Set<String> active) {
        Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = yearEnd.isBefore(now) ? yearEnd : now;
        if (!until.isAfter(yearStart)) {
            return new Availability(0, 0, 0);
        }
        List<Document> monitors = mongo.find(Query.query(where("opd").in(active)), Document.class, MONITORS);
        Map<Object, List<Document>> outagesByMonitor = mongo.find(Query.query(where("monitorId")
                        .in(monitors.stream().map(m -> m.get("_id")).toList()).and("since").lt(until)),
                Document.class, OUTAGES).stream().collect(Collectors.groupingBy(o -> o.get("monitorId")));
        long measured = 0;
        long meetingSlo = 0;
        long outages = 0;
        for (Document monitor : monitors) {
            SwitchedOnTime probing = probing(monitor.getList("switches", Document.class, List.of()), yearStart,
                    until);
            long windowMillis = probing.millis();
            if (windowMillis == 0) {
                continue;
            }
            long downMillis = 0;
            for (Document outage : outagesByMonitor.getOrDefault(monitor.get("_id"), List.of())) {
                Date endedAt = outage.getDate("endedAt");
                long inside = probing.overlapMillis(outage.getDate("since").toInstant(),
                        endedAt == null ? null : endedAt.toInstant());
                if (inside > 0) {
                    downMillis += inside;
                    outages++;
                }
            }
            BigDecimal slo = new BigDecimal(monitor.getString("sloPercent"));
            measured++;
            // up / window ≥ slo / 100, in whole numbers
            if (BigDecimal.valueOf(windowMillis - downMillis).multiply(BigDecimal.valueOf(100))
                    .compareTo(slo.multiply(BigDecimal.valueOf(windowMillis))) >= 0) {
                meetingSlo++;
            }
        }
        return new Availability(measured, meetingSlo, outages);
    }

    /** The stretches of [from, until) in which the monitor was switched on, from its configuration history. */
    static SwitchedOnTime probing(List<Document> switches, Instant from, Instant until) {
        return SwitchedOnTime.within(switches.stream().map(c -> new SwitchedOnTime.Switch(c.getDate("at").toInstant(),
                Boolean.TRUE.equals(c.getBoolean("active")))).toList(), from, until);
    }

    /**
     * An integration became ACTIVE (recorded directly, or a proposal accepted; A13) at {@code since}. Both ends are
     * kept; a redelivery sets the same values.
     */
    public void integrationActive(String integrationId, String providerOpd, String consumerOpd, String kind,
            Instant since) {
        mongo.upsert(Query.query(where("_id").is(integrationId)), new Update().set("providerOpd", providerOpd)
                .set("consumerOpd", consumerOpd).set("kind", kind).set("since", since), INTEGRATIONS);
    }

    public void integrationEnded(String integrationId, String providerOpd, String consumerOpd, String kind,
            Instant endedAt) {
        mongo.upsert(Query.query(where("_id").is(integrationId)), new Update().set("providerOpd", providerOpd)
                .set("consumerOpd", consumerOpd).set("kind", kind).set("endedAt", endedAt), INTEGRATIONS);
    }

    /**
     * Integrations active at some time in the year (up to now for the running year): active before its end and not
     * ended before it began. One with no active OPD at either end does not count.
     */
    public IntegrationFigures integrations(int year) {
        Set<String> active = activeOpds();
        Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = yearEnd.isBefore(clock.instant()) ? yearEnd : clock.instant();
        if (!until.isAfter(yearStart)) {
            return new IntegrationFigures(active.size(), 0, 0, 0, 0, 0);
        }
        List<Document> inYear = mongo.find(Query.query(new Criteria().andOperator(where("since").lt(until),
                new Criteria().orOperator(where("endedAt").exists(false), where("endedAt").gte(yearStart)))),
                Document.class, INTEGRATIONS);
        long integrations = 0;
        long crossOpd = 0;
        long connectors = 0;
        Set<String> takingPart = new HashSet<>();
        Set<String> crossing = new HashSet<>();
        for (Document integration : inYear) {
            String provider = integration.getString("providerOpd");
            String consumer = integration.getString("consumerOpd");
            Set<String> ends = new HashSet<>(List.of(provider, consumer));
            ends.retainAll(active);
            if (ends.isEmpty()) {
                continue;
            }
            integrations++;
            takingPart.addAll(ends);
            if (!provider.equals(consumer)) {
                crossOpd++;
                crossing.addAll(ends);
            }
            if ("CONNECTOR".equals(integration.getString("kind"))) {
                connectors++;
            }
        }
        return new IntegrationFigures(active.size(), integrations, crossOpd, takingPart.size(), crossing.size(),
                connectors);
    }

    /**
     * An asset entered an inventory ({@code kind} APPLICATION, SITE or WAN_LINK) in {@code year}, held by
     * {@code opds} (a WAN circuit: both ends). The earliest year wins, so an update or a redelivery changes nothing.
     */
    public void assetRecorded(String kind, String id, List<String> opds, Instant at) {
        mongo.upsert(Query.query(where("_id").is(kind + "/" + id)), new Update().set("kind", kind).set("opds", opds)
                .min("addedYear", at.atZone(zone).getYear()), ASSETS);
    }

    /**
     * An application's registration status as of {@code at} (registered, or a workflow step, A3/A4): the latest wins,
     * so an older step arriving late changes nothing. A registration Dinas rejected is no asset of the register.
     */
    public void applicationStatus(String applicationId, String ownerOpd, String status, Instant at) {
        String key = "APPLICATION/" + applicationId;
        Query older = Query.query(new Criteria().andOperator(where("_id").is(key),
                new Criteria().orOperator(where("statusAt").exists(false), where("statusAt").lt(at))));
        try {
            mongo.upsert(older, new Update().set("kind", "APPLICATION").set("opds", List.of(ownerOpd))
                    .set("status", status).set("statusAt", at).min("addedYear", at.atZone(zone).getYear()), ASSETS);
        } catch (DuplicateKeyException newerKnown) {
            // the stored status is newer than this one: nothing to do
        }
    }

    /** An asset left its inventory (decommissioned) in the year of {@code at}. */
    public void assetRetired(String kind, String id, List<String> opds, Instant at) {
        mongo.upsert(Query.query(where("_id").is(kind + "/" + id)), new Update().set("kind", kind).set("opds", opds)
                .set("retiredYear", at.atZone(zone).getYear()), ASSETS);
    }

    /** The data centre's usage review of {@code year} was frozen (D5). */
    public void usageReviewFrozen(int year) {
        mongo.upsert(Query.query(where("_id").is(year)), new Update().set("frozen", true), USAGE_REVIEWS);
    }

    /** Assets in an inventory at some time in the year: recorded by its end, not retired before it began. */
    public AssetFigures assets(int year) {
        Set<String> active = activeOpds();
        Criteria inService = new Criteria().andOperator(where("opds").in(active), where("addedYear").lte(year),
                new Criteria().orOperator(where("retiredYear").exists(false), where("retiredYear").gte(year)),
                where("status").ne("REJECTED"));
        Set<String> withApplications = new HashSet<>();
        Set<String> withAssets = new HashSet<>();
        long applications = 0;
        long sites = 0;
        long wanLinks = 0;
        for (Document asset : mongo.find(Query.query(inService), Document.class, ASSETS)) {
            Set<String> held = new HashSet<>(asset.getList("opds", String.class));
            held.retainAll(active);
            withAssets.addAll(held);
            switch (asset.getString("kind")) {
                case "APPLICATION" -> {
                    applications++;
                    withApplications.addAll(held);
                }
                case "SITE" -> sites++;
                default -> wanLinks++;
            }
        }
        Criteria vpsInService = new Criteria().andOperator(where("opd").in(active), where("activatedYear").lte(year),
                new Criteria().orOperator(where("decommissionedYear").exists(false),
                        where("decommissionedYear").gte(year)));
        withAssets.addAll(mongo.findDistinct(Query.query(vpsInService), "opd", VPS, String.class));
        long retired = count(where("kind").is("APPLICATION").and("opds").in(active).and("retiredYear").is(year),
                ASSETS);
        boolean frozen = mongo.exists(Query.query(where("_id").is(year).and("frozen").is(true)), USAGE_REVIEWS);
        return new AssetFigures(active.size(), applications, withApplications.size(), retired,
                count(vpsInService, VPS), sites, wanLinks, withAssets.size(), frozen);
    }

    private void upsertTicket(String ticketId, String opd, Update update) {
        mongo.upsert(Query.query(where("_id").is(ticketId)), update.set("opd", opd), TICKETS);
    }

    /** The directory's active OPDs (G1): tickets of an OPD the directory no longer has do not count. */
    private Set<String> activeOpds() {
        List<String> codes = mongo.findDistinct(Query.query(where("active").is(true)), "_id", OPDS, String.class);
        return new HashSet<>(codes);
    }

    private long count(Criteria criteria, String collection) {
        return mongo.count(Query.query(criteria), collection);
    }

    private int distinctOpds(Criteria criteria, String collection) {
        return mongo.findDistinct(Query.query(criteria), "opd", collection, String.class).size();
    }
}
