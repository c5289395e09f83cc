package id.go.spbe.audit.pulled;

import id.go.spbe.audit.plan.domain.InfrastructureObjects;
import id.go.spbe.audit.plan.domain.ObjectKind;
import id.go.spbe.audit.pulled.domain.EvidenceSource;
import id.go.spbe.audit.pulled.domain.ServiceEvidence;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.BackupRow;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Backups;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.ChangeRow;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Changes;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.LanDiagramRow;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.LanDiagrams;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.MonitorRow;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Scope;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Uptime;
import id.go.spbe.platform.time.SwitchedOnTime;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One source's view for an audited OPD (and, where the producer's data names it, the audited object) over a review
 * period, read from {@link OperationsReadModel}'s collections. Which object a record ties to:
 * <ul>
 * <li>an application (the plan's application objects, id = app-registry's application id): its VPS (VPS events name
 * the application they host), the backups of those VPS and of the application itself, and the change tickets naming
 * it ({@code affectedApplicationId});</li>
 * <li>a data center ({@code data-center:<code>}): the VPS it hosts and their backups, of every OPD (Dinas runs the
 * data center, RL p19(4));</li>
 * <li>otherwise (the WAN, an OPD's LAN, an ad hoc audit without object) and for uptime and LAN diagrams always: the
 * audited OPD — monitors name no application or VPS, LAN diagrams are per OPD.</li>
 * </ul>
 */
@Component
class OperationsViews {

    private final MongoTemplate mongo;
    private final OperationsReadModel readModel;

    OperationsViews(OperationsReadModel readModel) {
        this.readModel = readModel;
        this.mongo = readModel.mongo();
    }

    ServiceEvidence view(EvidenceSource source, String opd, @Nullable String objectId, @Nullable String objectName,
            LocalDate from, LocalDate to, ZoneId zone, Instant now) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant dataAsOf = readModel.dataAsOf(source);
        return switch (source) {
            case BACKUPS -> backups(opd, objectId, objectName, from, to, start, end, dataAsOf);
            case UPTIME -> uptime(opd, objectId, from, to, start, end, now, dataAsOf);
            case LAN_DIAGRAMS -> lanDiagrams(opd, objectId, from, to, dataAsOf);
            case CHANGES -> changes(opd, objectId, objectName, from, to, start, end, dataAsOf);
        };
    }

    private static boolean isDataCenter(@Nullable String objectId) {
        return objectId != null && InfrastructureObjects.kindOf(objectId) == ObjectKind.DATA_CENTER;
    }

    private static boolean isApplication(@Nullable String objectId) {
        return objectId != null && InfrastructureObjects.kindOf(objectId) == ObjectKind.APPLICATION;
    }

    /** The audited object as people know it: its name where the audit has one, else its id. */
    private static String named(String objectId, @Nullable String objectName) {
        return objectName == null || objectName.isBlank() ? objectId : objectName;
    }

    private static Scope opdScope(String opd, @Nullable String objectId, String why) {
        return new Scope(opd, objectId, "OPD", "Data OPD " + opd + " yang diaudit; " + why);
    }

    private ServiceEvidence backups(String opd, @Nullable String objectId, @Nullable String objectName,
            LocalDate from, LocalDate to, Instant start, Instant end, @Nullable Instant dataAsOf) {
        Criteria vpsOf;
        Criteria runsOf;
        Scope scope;
        if (isApplication(objectId)) {
            vpsOf = where("applicationId").is(objectId);
            scope = new Scope(opd, objectId, "OBJECT", "VPS yang menjalankan aplikasi " + named(objectId, objectName)
                    + " dan pencadangan VPS tersebut serta aplikasinya.");
            runsOf = null;
        } else if (isDataCenter(objectId)) {
            vpsOf = where("dataCenter").is(InfrastructureObjects.dataCenterCode(objectId));
            scope = new Scope(opd, objectId, "OBJECT", "VPS yang ditempatkan di pusat data "
                    + InfrastructureObjects.dataCenterCode(objectId) + " (semua OPD) dan pencadangannya.");
            runsOf = null;
        } else {
            vpsOf = where("opd").is(opd);
            runsOf = where("opd").is(opd);
            scope = opdScope(opd, objectId, "objek audit ini tidak dapat dikaitkan dengan VPS tertentu.");
        }
        List<Document> vps = mongo.find(Query.query(new Criteria().andOperator(vpsOf,
                new Criteria().orOperator(where("activatedAt").exists(false), where("activatedAt").lt(end)),
                new Criteria().orOperator(where("decommissionedAt").exists(false),
                        where("decommissionedAt").gte(start)))), Document.class, OperationsReadModel.VPS);
        Set<String> vpsIds = vps.stream().map(d -> d.getString("_id")).collect(Collectors.toSet());
        Criteria systems = new Criteria().andOperator(where("systemKind").is("VPS"), where("systemId").in(vpsIds));
        if (isApplication(objectId)) {
            systems = new Criteria().orOperator(systems, new Criteria().andOperator(
                    where("systemKind").is("APPLICATION"), where("systemId").is(objectId)));
        } else if (runsOf != null) {
            systems = new Criteria().orOperator(systems, runsOf);
        }
        List<Document> runs = mongo.find(Query.query(new Criteria().andOperator(systems,
                where("startedAt").gte(start).lt(end))), Document.class, OperationsReadModel.BACKUP_RUNS);

        Map<String, BackupAcc> bySystem = new LinkedHashMap<>();
        for (Document v : vps) {
            bySystem.put("VPS/" + v.getString("_id"), new BackupAcc("VPS", v.getString("_id"),
                    v.getString("hostname"), v.getString("opd"), true));
        }
        int successful = 0;
        int failed = 0;
        int offsite = 0;
        Instant lastSuccess = null;
        for (Document r : runs) {
            String kind = r.getString("systemKind");
            String id = r.getString("systemId");
            BackupAcc acc = bySystem.computeIfAbsent(kind + "/" + id, k -> new BackupAcc(kind, id, null,
                    r.getString("opd"), false));
            acc.runs++;
            if ("SUCCESS".equals(r.getString("result"))) {
                successful++;
                acc.successful++;
                Instant at = r.getDate("startedAt").toInstant();
                acc.lastSuccess = acc.lastSuccess == null || at.isAfter(acc.lastSuccess) ? at : acc.lastSuccess;
                lastSuccess = lastSuccess == null || at.isAfter(lastSuccess) ? at : lastSuccess;
                if (Boolean.TRUE.equals(r.getBoolean("offsite"))) {
                    offsite++;
                    acc.offsite++;
                }
            } else {
                failed++;
            }
        }
        List<BackupRow> rows = bySystem.values().stream()
                .map(a -> new BackupRow(a.kind, a.id, a.name, a.opd, a.runs, a.successful, a.offsite, a.lastSuccess,
                        a.inScope, a.inScope && a.successful == 0))
                .sorted(Comparator.comparing(BackupRow::withoutSuccess).reversed()
                        .thenComparing(BackupRow::systemKind).thenComparing(BackupRow::systemId))
                .toList();
        int without = (int) rows.stream().filter(BackupRow::withoutSuccess).count();
        return new ServiceEvidence(EvidenceSource.BACKUPS, from, to, scope, dataAsOf,
                new Backups(vps.size(), runs.size(), successful, failed, offsite, lastSuccess, without,
                        capped(rows)), null, null, null, rows.size() > ServiceEvidence.MAX_ROWS);
    }

    private static final class BackupAcc {
        final String kind;
        final String id;
        final String name;
        final String opd;
        final boolean inScope;
        int runs;
        int successful;
        int offsite;
        Instant lastSuccess;

        BackupAcc(String kind, String id, String name, String opd, boolean inScope) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.opd = opd;
            this.inScope = inScope;
        }
    }

    private ServiceEvidence uptime(String opd, @Nullable String objectId, LocalDate from, LocalDate to,
            Instant start, Instant end, Instant now, @Nullable Instant dataAsOf) {
        Instant until = end.isAfter(now) ? now : end;
        List<Document> monitors = mongo.find(Query.query(where("opd").is(opd).and("firstConfiguredAt").lt(end))
                .with(Sort.by("name", "_id")), Document.class, OperationsReadModel.MONITORS);
        List<Document> outages = mongo.find(Query.query(new Criteria().andOperator(where("opd").is(opd),
                where("since").lt(end), new Criteria().orOperator(where("endedAt").exists(false),
                        where("endedAt").gt(start)))), Document.class, OperationsReadModel.OUTAGES);
        Map<String, List<Document>> byMonitor = outages.stream()
                .collect(Collectors.groupingBy(o -> o.getString("monitorId")));
        List<MonitorRow> rows = new ArrayList<>();
        long totalDown = 0;
        int meeting = 0;
        int below = 0;
        for (Document m : monitors) {
            SwitchedOnTime probing = SwitchedOnTime.within(switches(m), start, until);
            long monitored = probing.millis() / 1000;
            long down = 0;
            List<Document> own = byMonitor.getOrDefault(m.getString("_id"), List.of());
            for (Document o : own) {
                Date ended = o.getDate("endedAt");
                down += probing.overlapMillis(o.getDate("since").toInstant(), ended == null ? null : ended.toInstant())
                        / 1000;
            }
            totalDown += down;
            BigDecimal slo = m.getString("sloPercent") == null ? null : new BigDecimal(m.getString("sloPercent"));
            BigDecimal availability = MonitorRow.availability(monitored, down);
            Boolean meets = availability == null || slo == null ? null : availability.compareTo(slo) >= 0;
            meeting += Boolean.TRUE.equals(meets) ? 1 : 0;
            below += Boolean.FALSE.equals(meets) ? 1 : 0;
            rows.add(new MonitorRow(m.getString("_id"), m.getString("name"), m.getString("target"), slo,
                    Boolean.TRUE.equals(m.getBoolean("active")), own.size(), down, monitored, availability, meets));
        }
        Scope scope = opdScope(opd, objectId, "pemantau layanan tidak menyebut aplikasi atau VPS yang dipantau.");
        return new ServiceEvidence(EvidenceSource.UPTIME, from, to, scope, dataAsOf,
                null, new Uptime(monitors.size(), outages.size(), totalDown, meeting, below, capped(rows)), null, null,
                rows.size() > ServiceEvidence.MAX_ROWS);
    }

    /** When the monitor probed: its configurations' switches (one "on" at its first for a record without them). */
    private static List<SwitchedOnTime.Switch> switches(Document monitor) {
        List<Document> stored = monitor.getList("switches", Document.class, List.of());
        if (stored.isEmpty()) {
            return List.of(new SwitchedOnTime.Switch(monitor.getDate("firstConfiguredAt").toInstant(), true));
        }
        return stored.stream().map(c -> new SwitchedOnTime.Switch(c.getDate("at").toInstant(),
                Boolean.TRUE.equals(c.getBoolean("active")))).toList();
    }

    private ServiceEvidence lanDiagrams(String opd, @Nullable String objectId, LocalDate from, LocalDate to,
            @Nullable Instant dataAsOf) {
        List<Document> tasks = mongo.find(Query.query(where("opd").is(opd).and("year").gte(from.getYear())
                .lte(to.getYear())).with(Sort.by("year")), Document.class, OperationsReadModel.LAN_DIAGRAMS);
        List<LanDiagramRow> rows = tasks.stream().map(t -> new LanDiagramRow(t.getString("_id"),
                t.getInteger("year"), t.getString("dueDate") == null ? null : LocalDate.parse(t.getString("dueDate")),
                t.getString("status") == null ? "OPEN" : t.getString("status"),
                Boolean.TRUE.equals(t.getBoolean("late")), Boolean.TRUE.equals(t.getBoolean("overdue")),
                t.getInteger("submission"), number(t.get("revision")), t.getBoolean("attachment"),
                t.getString("signatureStatus"),
                t.getDate("acceptedAt") == null ? null : t.getDate("acceptedAt").toInstant())).toList();
        int accepted = (int) rows.stream().filter(r -> r.status().equals("ACCEPTED")).count();
        int acceptedLate = (int) rows.stream().filter(r -> r.status().equals("ACCEPTED") && r.late()).count();
        int overdue = (int) rows.stream().filter(LanDiagramRow::overdue).count();
        Scope scope = opdScope(opd, objectId, "diagram LAN dibuat per OPD.");
        return new ServiceEvidence(EvidenceSource.LAN_DIAGRAMS, from, to, scope, dataAsOf, null, null,
                new LanDiagrams(to.getYear() - from.getYear() + 1, rows.size(), accepted, acceptedLate, overdue,
                        capped(rows)), null, rows.size() > ServiceEvidence.MAX_ROWS);
    }

    private ServiceEvidence changes(String opd, @Nullable String objectId, @Nullable String objectName,
            LocalDate from, LocalDate to, Instant start, Instant end, @Nullable Instant dataAsOf) {
        Criteria criteria = where("opd").is(opd).and("at").gte(start).lt(end);
        Scope scope;
        if (isApplication(objectId)) {
            criteria = criteria.and("affectedApplicationId").is(objectId);
            scope = new Scope(opd, objectId, "OBJECT", "Tiket perubahan OPD " + opd + " yang menyebut aplikasi "
                    + named(objectId, objectName) + ".");
        } else {
            scope = opdScope(opd, objectId, "tiket perubahan hanya dapat menyebut aplikasi, bukan objek ini.");
        }
        List<Document> tickets = mongo.find(Query.query(criteria).with(Sort.by("at", "_id")), Document.class,
                OperationsReadModel.CHANGES);
        List<ChangeRow> rows = tickets.stream().map(t -> {
            Instant approved = instant(t, "approvedAt");
            Instant implemented = instant(t, "implementedAt");
            boolean unapproved = implemented != null && (approved == null || approved.isAfter(implemented));
            return new ChangeRow(t.getString("_id"), t.getString("title"), t.getString("affectedApplicationId"),
                    instant(t, "openedAt"), approved, implemented, unapproved);
        }).toList();
        return new ServiceEvidence(EvidenceSource.CHANGES, from, to, scope, dataAsOf, null, null, null,
                new Changes(rows.size(), (int) rows.stream().filter(r -> r.approvedAt() != null).count(),
                        (int) rows.stream().filter(r -> r.implementedAt() != null).count(),
                        (int) rows.stream().filter(ChangeRow::implementedWithoutApproval).count(), capped(rows)),
                rows.size() > ServiceEvidence.MAX_ROWS);
    }

    private static @Nullable Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static @Nullable Long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static <T> List<T> capped(List<T> rows) {
        return rows.size() > ServiceEvidence.MAX_ROWS ? List.copyOf(rows.subList(0, ServiceEvidence.MAX_ROWS))
                : rows;
    }
}
