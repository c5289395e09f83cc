package id.go.spbe.datacenter.review;

import id.go.spbe.datacenter.backup.BackupCompliance;
import id.go.spbe.datacenter.backup.BackupCompliance.OpdStanding;
import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.BackupRun;
import id.go.spbe.datacenter.backup.domain.RestoreTest;
import id.go.spbe.datacenter.colocation.domain.Rack;
import id.go.spbe.datacenter.colocation.domain.RackReservation;
import id.go.spbe.datacenter.review.domain.UsageReviewEvents.UsageReviewFrozen;
import id.go.spbe.datacenter.review.domain.UsageReviewSnapshot;
import id.go.spbe.datacenter.site.CapacityLedger;
import id.go.spbe.datacenter.site.CapacityLedger.CapacityReport;
import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.datacenter.uptime.UptimeReports;
import id.go.spbe.datacenter.uptime.UptimeReports.OpdReport;
import id.go.spbe.datacenter.uptime.UptimeReports.Period;
import id.go.spbe.datacenter.uptime.domain.Uptime;
import id.go.spbe.datacenter.vps.domain.Decision;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The yearly review of the data center's use (D5, RL p19(13): "Dinas melakukan reviu dan evaluasi terhadap
 * penggunaan layanan pusat data setiap tahun"), per OPD: VPS (active in the year, requested in it, decommissioned in
 * it) with the resources of those active, colocation rack units held in the year, the uptime of its monitored
 * services against their SLO, backup compliance and restore tests; region totals and each data center's capacity
 * use.
 *
 * <p>What is "in the year" (the region's calendar): a VPS counts as active when it was activated before the year
 * ended and not decommissioned before it began; its resources are its current size (resizes are not dated per year).
 * A reservation counts when it was held at some time in the year. Backup standing and capacity are as of the moment
 * the review is made; backup runs and restore tests are those of the year.
 *
 * <p>Frozen years: once a closed year is frozen ({@link #freeze}: Dinas on demand, or {@link UsageReviewFreezing} on
 * 1 January for the year before) its review is the snapshot made then — later data (a resize, a late run, a new OPD)
 * does not change it, and the standing "now" is the standing at the freeze.
 *
 * <p>Scope: region-wide roles (Dinas, coordinator, auditor, evaluator) see every OPD, the totals and the data centers;
 * an OPD operator sees only its own OPD's section — no totals or capacity, which would describe other OPDs.
 */
@Service
public class UsageReviews {

    /**
     * The snapshot's own format: plain records, ISO dates; independent of the web layer's settings. A snapshot is
     * read back years later by newer code, so it is read tolerantly: a field the records no longer have is ignored,
     * a field they gained since is 0 / empty (the compact constructors below), never a failed review of a closed year.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    public record VpsUsage(int active, int requested, int decommissioned, long vcpu, long ramGib, long diskGib) {

        static final VpsUsage NONE = new VpsUsage(0, 0, 0, 0, 0, 0);

        VpsUsage plus(VpsUsage o) {
            return new VpsUsage(active + o.active, requested + o.requested, decommissioned + o.decommissioned,
                    vcpu + o.vcpu, ramGib + o.ramGib, diskGib + o.diskGib);
        }
    }

    public record ColocationUsage(int reservations, int rackUnits, double powerKw) {

        static final ColocationUsage NONE = new ColocationUsage(0, 0, 0);

        ColocationUsage plus(ColocationUsage o) {
            return new ColocationUsage(reservations + o.reservations, rackUnits + o.rackUnits,
                    Math.round((powerKw + o.powerKw) * 1000) / 1000.0);
        }
    }

    /** The year's uptime of the OPD's monitored services, with how many met their SLO. */
    public record UptimeUsage(int monitors, Uptime uptime, int meetingSlo, int missingSlo, int withoutData) {

        public UptimeUsage {
            uptime = uptime == null ? new Uptime(0, 0, 0) : uptime; // an older snapshot without it
        }

        static final UptimeUsage NONE = new UptimeUsage(0, new Uptime(0, 0, 0), 0, 0, 0);

        UptimeUsage plus(UptimeUsage o) {
            return new UptimeUsage(monitors + o.monitors, uptime.plus(o.uptime), meetingSlo + o.meetingSlo,
                    missingSlo + o.missingSlo, withoutData + o.withoutData);
        }
    }

    /** Standing of the protected systems now; runs and restore tests of the year. */
    public record BackupUsage(int systems, int compliant, int overdue, int failing, int runsSucceeded,
            int runsFailed, int restoreTestsPassed, int restoreTestsFailed) {

        static final BackupUsage NONE = new BackupUsage(0, 0, 0, 0, 0, 0, 0, 0);

        BackupUsage plus(BackupUsage o) {
            return new BackupUsage(systems + o.systems, compliant + o.compliant, overdue + o.overdue,
                    failing + o.failing, runsSucceeded + o.runsSucceeded, runsFailed + o.runsFailed,
                    restoreTestsPassed + o.restoreTestsPassed, restoreTestsFailed + o.restoreTestsFailed);
        }

        /** Compliant share of the protected systems, {@code null} without any. */
        public Double compliantRatio() {
            return systems == 0 ? null : (double) compliant / systems;
        }
    }

    /** One OPD's section ({@code opd} null for the region totals). */
    public record OpdUsage(String opd, String opdName, VpsUsage vps, ColocationUsage colocation, UptimeUsage uptime,
            BackupUsage backups) {

        /** A section missing from an older snapshot reads as none, so the figures still add up and print. */
        public OpdUsage {
            vps = vps == null ? VpsUsage.NONE : vps;
            colocation = colocation == null ? ColocationUsage.NONE : colocation;
            uptime = uptime == null ? UptimeUsage.NONE : uptime;
            backups = backups == null ? BackupUsage.NONE : backups;
        }

        OpdUsage plus(OpdUsage o) {
            return new OpdUsage(opd, opdName, vps.plus(o.vps), colocation.plus(o.colocation),
                    uptime.plus(o.uptime), backups.plus(o.backups));
        }
    }

    /**
     * {@code frozenAt}/{@code frozenBy}: set when the year's review was frozen (D5 snapshot) — the review is then the
     * one made at that moment ({@code generatedAt} equals {@code frozenAt}), not recomputed.
     */
    public record Review(int year, Instant generatedAt, boolean regionWide, List<OpdUsage> opds, OpdUsage totals,
            List<SiteUse> dataCenters, Instant frozenAt, String frozenBy) {

        public Review {
            opds = opds == null ? List.of() : opds;
            dataCenters = dataCenters == null ? List.of() : dataCenters;
        }

        Review frozen(Instant at, String by) {
            return new Review(year, generatedAt, regionWide, opds, totals, dataCenters, at, by);
        }
    }

    public record SiteUse(String code, String name, CapacityReport capacity) {
    }

    private final MongoTemplate mongo;
    private final OpdReferences opdReferences;
    private final UptimeReports uptime;
    private final BackupCompliance backups;
    private final CapacityLedger capacity;
    private final UsageReviewSnapshotRepository snapshots;
    private final ZoneId zone;
    private final Clock clock;

    UsageReviews(MongoTemplate mongo, OpdReferences opdReferences, UptimeReports uptime, BackupCompliance backups,
            CapacityLedger capacity, UsageReviewSnapshotRepository snapshots, RegionProfile region, Clock clock) {
        this.mongo = mongo;
        this.snapshots = snapshots;
        this.opdReferences = opdReferences;
        this.uptime = uptime;
        this.backups = backups;
        this.capacity = capacity;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    /**
     * The review of {@code year} (2000–2100, else 400 naming {@code year}) as the caller may see it.
     *
     * @throws org.springframework.security.access.AccessDeniedException (403) for a caller without OPD and without a
     *                                                                     region-wide role
     */
    public Review review(Caller caller, Integer year) {
        Period period = Period.of(year, null);
        String scope = caller.listScope(null);
        Optional<UsageReviewSnapshot> frozen = snapshots.findById(period.year());
        return frozen.isPresent() ? fromSnapshot(frozen.get(), scope) : compute(caller, scope, period);
    }

    /**
     * D5: freezes the review of a closed {@code year} as it stands now (Dinas on demand, or the 1 January job):
     * 400 naming {@code year} outside 2000–2100, 422 D5 for the current or a future year (not closed yet), 409 when
     * it is frozen already. Emits UsageReviewFrozen with the snapshot, in one write.
     *
     * @param automatic whether the 1 January job freezes it rather than a person
     */
    public Review freeze(Caller caller, Integer year, boolean automatic) {
        Period period = Period.of(year, null);
        int current = LocalDate.ofInstant(clock.instant(), zone).getYear();
        if (period.year() >= current) {
            throw new RuleViolationException("D5", "Tinjauan tahun " + period.year() + " baru dapat dibekukan "
                    + "setelah tahun itu berakhir (1 Januari " + (period.year() + 1) + ").");
        }
        if (snapshots.existsById(period.year())) {
            throw new StateConflictException("Tinjauan tahun " + period.year() + " sudah dibekukan.");
        }
        Review review = compute(caller, caller.listScope(null), period);
        if (!review.regionWide()) {
            throw new AccessDeniedException("only a region-wide caller freezes the whole region's review");
        }
        Instant now = clock.instant();
        OpdUsage t = review.totals();
        UsageReviewFrozen.Summary summary = new UsageReviewFrozen.Summary(review.opds().size(), t.vps().active(),
                t.vps().vcpu(), t.vps().ramGib(), t.vps().diskGib(), t.uptime().uptime().percent());
        UsageReviewSnapshot snapshot = snapshots.insert(UsageReviewSnapshot.freeze(period.year(),
                JSON.writeValueAsString(review), summary, automatic, caller.username(), now));
        return review.frozen(snapshot.frozenAt(), snapshot.frozenBy());
    }

    /** Whether the review of {@code year} is frozen. */
    public boolean isFrozen(int year) {
        return snapshots.existsById(year);
    }

    /** The frozen review as the caller may see it: an OPD operator its own section only (zeros when it had none). */
    private Review fromSnapshot(UsageReviewSnapshot snapshot, String scope) {
        Review whole = JSON.readValue(snapshot.review(), Review.class).frozen(snapshot.frozenAt(),
                snapshot.frozenBy());
        if (scope == null) {
            return whole;
        }
        OpdUsage own = whole.opds().stream().filter(o -> scope.equals(o.opd())).findFirst()
                .orElseGet(() -> new OpdUsage(scope, opdReferences.find(scope).map(OpdReference::name).orElse(scope),
                        VpsUsage.NONE, ColocationUsage.NONE, UptimeUsage.NONE, BackupUsage.NONE));
        return new Review(whole.year(), whole.generatedAt(), false, List.of(own), null, List.of(),
                whole.frozenAt(), whole.frozenBy());
    }

    private Review compute(Caller caller, String scope, Period period) {
        Instant from = LocalDate.of(period.year(), 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(period.year() + 1, 1, 1).atStartOfDay(zone).toInstant();

        Map<String, VpsUsage> vps = vpsUsage(scope, from, to);
        Map<String, ColocationUsage> colocation = colocationUsage(scope, from, to);
        Map<String, UptimeUsage> uptimes = new TreeMap<>();
        for (OpdReport r : uptime.opdSummaries(caller, scope, period)) {
            uptimes.put(r.opd(), new UptimeUsage(r.monitors(), r.uptime(), r.meetingSlo(), r.missingSlo(),
                    r.withoutData()));
        }
        Map<String, BackupUsage> backup = backupUsage(caller, scope, period.year(), from, to);

        TreeMap<String, String> names = new TreeMap<>();
        if (scope != null) {
            names.put(scope, opdReferences.find(scope).map(OpdReference::name).orElse(scope));
        } else {
            for (OpdReference opd : mongo.findAll(OpdReference.class)) {
                if (opd.active()) {
                    names.put(opd.code(), opd.name());
                }
            }
            for (Map<String, ?> seen : List.of(vps, colocation, uptimes, backup)) {
                seen.keySet().forEach(code -> names.putIfAbsent(code, opdReferences.find(code)
                        .map(OpdReference::name).orElse(code)));
            }
        }
        List<OpdUsage> rows = new ArrayList<>();
        for (Map.Entry<String, String> opd : names.entrySet()) {
            String code = opd.getKey();
            rows.add(new OpdUsage(code, opd.getValue(), vps.getOrDefault(code, VpsUsage.NONE),
                    colocation.getOrDefault(code, ColocationUsage.NONE), uptimes.getOrDefault(code, UptimeUsage.NONE),
                    backup.getOrDefault(code, BackupUsage.NONE)));
        }
        if (scope != null) {
            return new Review(period.year(), clock.instant(), false, rows, null, List.of(), null, null);
        }
        OpdUsage totals = rows.stream().reduce(new OpdUsage(null, null, VpsUsage.NONE, ColocationUsage.NONE,
                UptimeUsage.NONE, BackupUsage.NONE), OpdUsage::plus);
        List<SiteUse> sites = mongo.find(new Query().with(Sort.by("_id")), DataCenter.class).stream()
                .map(dc -> new SiteUse(dc.code(), dc.name(), capacity.reportFor(dc))).toList();
        return new Review(period.year(), clock.instant(), true, rows, totals, sites, null, null);
    }

    private Map<String, VpsUsage> vpsUsage(String scope, Instant from, Instant to) {
        Query query = scope == null ? new Query() : Query.query(Criteria.where("opd").is(scope));
        Map<String, VpsUsage> byOpd = new TreeMap<>();
        for (VpsRequest v : mongo.find(query, VpsRequest.class)) {
            boolean requested = within(v.submission(), from, to);
            boolean decommissioned = within(v.decommissioning(), from, to);
            boolean active = v.activation() != null && v.activation().at().isBefore(to)
                    && (v.decommissioning() == null || !v.decommissioning().at().isBefore(from));
            VpsUsage one = new VpsUsage(active ? 1 : 0, requested ? 1 : 0, decommissioned ? 1 : 0,
                    active ? v.spec().vcpu() : 0, active ? v.spec().ramGib() : 0, active ? v.spec().diskGib() : 0);
            byOpd.merge(v.opd(), one, VpsUsage::plus);
        }
        return byOpd;
    }

    private Map<String, ColocationUsage> colocationUsage(String scope, Instant from, Instant to) {
        Query query = scope == null ? new Query() : Query.query(Criteria.where("reservations.opd").is(scope));
        Map<String, ColocationUsage> byOpd = new TreeMap<>();
        for (Rack rack : mongo.find(query, Rack.class)) {
            for (RackReservation r : rack.reservations()) {
                boolean held = r.reservedAt().isBefore(to) && (r.releasedAt() == null || !r.releasedAt().isBefore(from));
                if (held && (scope == null || scope.equals(r.opd()))) {
                    byOpd.merge(r.opd(), new ColocationUsage(1, r.heightU(), r.powerKw()), ColocationUsage::plus);
                }
            }
        }
        return byOpd;
    }

    private Map<String, BackupUsage> backupUsage(Caller caller, String scope, int year, Instant from, Instant to) {
        Map<String, BackupUsage> byOpd = new TreeMap<>();
        for (OpdStanding s : backups.opds(caller, PageRequest.of(0, 10_000)).getContent()) {
            byOpd.merge(s.opd(), new BackupUsage(s.systems(), s.compliant(), s.overdue(), s.failing(), 0, 0, 0, 0),
                    BackupUsage::plus);
        }
        Criteria runs = Criteria.where("startedAt").gte(from).lt(to);
        for (BackupRun run : mongo.find(Query.query(scope == null ? runs : runs.and("opd").is(scope)),
                BackupRun.class)) {
            boolean ok = run.result() == BackupRun.Result.SUCCESS;
            byOpd.merge(run.opd(), new BackupUsage(0, 0, 0, 0, ok ? 1 : 0, ok ? 0 : 1, 0, 0), BackupUsage::plus);
        }
        Query policies = scope == null ? new Query() : Query.query(Criteria.where("opd").is(scope));
        for (BackupPolicy policy : mongo.find(policies, BackupPolicy.class)) {
            for (RestoreTest test : policy.restoreTests()) {
                if (test.testedOn().getYear() == year) {
                    boolean passed = test.result() == RestoreTest.Result.PASSED;
                    byOpd.merge(policy.opd(), new BackupUsage(0, 0, 0, 0, 0, 0, passed ? 1 : 0, passed ? 0 : 1),
                            BackupUsage::plus);
                }
            }
        }
        return byOpd;
    }

    private static boolean within(Decision decision, Instant from, Instant to) {
        return decision != null && !decision.at().isBefore(from) && decision.at().isBefore(to);
    }
}
