package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.BackupRun;
import id.go.spbe.datacenter.backup.domain.ProtectedSystem;
import id.go.spbe.datacenter.vps.VpsRequests;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** D6: how each protected system, and each OPD, stands against its backup policies — what Dinas supervises. */
@Service
public class BackupCompliance {

    /** One system's standing. */
    public record SystemStanding(BackupPolicy policy, BackupPolicy.Standing standing, Optional<BackupRun> newestRun,
            Instant lastSuccessAt, LocalDate restoreTestDueBy, boolean restoreTestOverdue) {
    }

    /** One OPD's systems by standing. */
    public record OpdStanding(String opd, int systems, int compliant, int overdue, int failing) {

        /** Share of compliant systems, 0–100 with one decimal; 100 for an OPD with nothing to back up. */
        public double compliancePercent() {
            return systems == 0 ? 100.0 : Math.round(compliant * 1000.0 / systems) / 10.0;
        }
    }

    /**
     * One application's systems by standing: its own policy and those of the VPS hosting it. The application stands
     * as its worst system.
     */
    public record ApplicationStanding(String applicationId, String applicationName, String opd, int systems,
            int compliant, int overdue, int failing) {

        public BackupPolicy.Standing standing() {
            return failing > 0 ? BackupPolicy.Standing.FAILING : overdue > 0 ? BackupPolicy.Standing.OVERDUE
                    : BackupPolicy.Standing.COMPLIANT;
        }
    }

    private final BackupPolicyRepository policies;
    private final BackupRunRepository runs;
    private final OpdReferences opds;
    private final VpsRequests vps;
    private final BackupProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    BackupCompliance(BackupPolicyRepository policies, BackupRunRepository runs, OpdReferences opds,
            VpsRequests vps, BackupProperties properties, RegionProfile region, Clock clock) {
        this.vps = vps;
        this.zone = region.region().timeZone();
        this.policies = policies;
        this.runs = runs;
        this.opds = opds;
        this.properties = properties;
        this.clock = clock;
    }

    public Page<SystemStanding> systems(Caller caller, String opd, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        Page<BackupPolicy> active = scope == null ? policies.findByStatus(BackupPolicy.Status.ACTIVE, page)
                : policies.findByOpdAndStatus(scope, BackupPolicy.Status.ACTIVE, page);
        Instant now = clock.instant();
        return active.map(p -> standingOf(p, now));
    }

    public Page<OpdStanding> opds(Caller caller, Pageable page) {
        String scope = caller.listScope(null);
        List<BackupPolicy> active = scope == null ? policies.findByStatus(BackupPolicy.Status.ACTIVE)
                : policies.findByOpdAndStatus(scope, BackupPolicy.Status.ACTIVE);
        Instant now = clock.instant();
        Map<String, int[]> counts = new TreeMap<>();
        for (BackupPolicy policy : active) {
            int[] c = counts.computeIfAbsent(policy.opd(), k -> new int[4]);
            c[0]++;
            switch (standingOf(policy, now).standing()) {
                case COMPLIANT -> c[1]++;
                case OVERDUE -> c[2]++;
                case FAILING -> c[3]++;
                case RETIRED -> { }
            }
        }
        List<OpdStanding> all = counts.entrySet().stream()
                .map(e -> new OpdStanding(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3])).toList();
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }

    /** D6 per application: the systems protecting each application of the scope, by standing. */
    public Page<ApplicationStanding> applications(Caller caller, String opd, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        List<BackupPolicy> active = scope == null ? policies.findByStatus(BackupPolicy.Status.ACTIVE)
                : policies.findByOpdAndStatus(scope, BackupPolicy.Status.ACTIVE);
        Instant now = clock.instant();
        Map<String, ApplicationStanding> byApplication = new TreeMap<>();
        for (BackupPolicy policy : active) {
            String applicationId = policy.system().kind() == ProtectedSystem.Kind.APPLICATION ? policy.system().id()
                    : vps.find(policy.system().id()).map(VpsRequest::applicationId).orElse(null);
            if (applicationId == null) {
                continue;
            }
            BackupPolicy.Standing standing = standingOf(policy, now).standing();
            ApplicationStanding before = byApplication.getOrDefault(applicationId, new ApplicationStanding(
                    applicationId, policy.system().name(), policy.opd(), 0, 0, 0, 0));
            byApplication.put(applicationId, new ApplicationStanding(applicationId, before.applicationName(),
                    before.opd(), before.systems() + 1,
                    before.compliant() + (standing == BackupPolicy.Standing.COMPLIANT ? 1 : 0),
                    before.overdue() + (standing == BackupPolicy.Standing.OVERDUE ? 1 : 0),
                    before.failing() + (standing == BackupPolicy.Standing.FAILING ? 1 : 0)));
        }
        List<ApplicationStanding> all = List.copyOf(byApplication.values());
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }

    private SystemStanding standingOf(BackupPolicy policy, Instant now) {
        Optional<BackupRun> newest = runs.findFirstByPolicyIdOrderByStartedAtDesc(policy.id());
        Instant lastSuccess = runs.findFirstByPolicyIdAndResultOrderByCompletedAtDesc(policy.id(),
                BackupRun.Result.SUCCESS).map(BackupRun::completedAt).orElse(null);
        LocalDate restoreDue = policy.restoreTestDueBy(properties.restoreTestEvery(), zone);
        return new SystemStanding(policy, policy.standing(newest, lastSuccess, properties.grace(), now), newest,
                lastSuccess, restoreDue, LocalDate.ofInstant(now, zone).isAfter(restoreDue));
    }
}
