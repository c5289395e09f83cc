package id.go.spbe.datacenter.review.web;

import id.go.spbe.datacenter.review.UsageReviews.BackupUsage;
import id.go.spbe.datacenter.review.UsageReviews.ColocationUsage;
import id.go.spbe.datacenter.review.UsageReviews.OpdUsage;
import id.go.spbe.datacenter.review.UsageReviews.Review;
import id.go.spbe.datacenter.review.UsageReviews.SiteUse;
import id.go.spbe.datacenter.review.UsageReviews.UptimeUsage;
import id.go.spbe.datacenter.review.UsageReviews.VpsUsage;
import id.go.spbe.datacenter.site.domain.Allocation;
import id.go.spbe.datacenter.uptime.domain.Uptime;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON of the yearly usage review (D5). */
final class UsageReviewPayloads {

    private UsageReviewPayloads() {
    }

    /**
     * The review of {@code year}. {@code regionWide} false: the caller's own OPD only, without {@code totals} and
     * {@code dataCenters}. Backup standing and capacity are as of {@code generatedAt}; everything else is the year's.
     * {@code frozenAt} (and {@code frozenBy}): the year's review was frozen then and this is that snapshot; absent
     * while the review is computed from today's data.
     */
    record UsageReviewResponse(int year, Instant generatedAt, boolean regionWide, List<OpdUsageResponse> opds,
            @Nullable OpdUsageResponse totals, List<DataCenterUseResponse> dataCenters, @Nullable Instant frozenAt,
            @Nullable String frozenBy) {

        static UsageReviewResponse of(Review r) {
            return new UsageReviewResponse(r.year(), r.generatedAt(), r.regionWide(),
                    r.opds().stream().map(OpdUsageResponse::of).toList(),
                    r.totals() == null ? null : OpdUsageResponse.of(r.totals()),
                    r.dataCenters().stream().map(DataCenterUseResponse::of).toList(), r.frozenAt(), r.frozenBy());
        }
    }

    /** One OPD's section; {@code opd} and {@code opdName} are absent on the totals. */
    record OpdUsageResponse(@Nullable String opd, @Nullable String opdName, VpsUsageResponse vps,
            ColocationUsage colocation, UptimeUsageResponse uptime, BackupUsageResponse backups) {

        static OpdUsageResponse of(OpdUsage u) {
            return new OpdUsageResponse(u.opd(), u.opdName(), VpsUsageResponse.of(u.vps()), u.colocation(),
                    UptimeUsageResponse.of(u.uptime()), BackupUsageResponse.of(u.backups()));
        }
    }

    /** VPS active in the year (with their vCPU, RAM GiB, disk GiB), requested in it and decommissioned in it. */
    record VpsUsageResponse(int active, int requested, int decommissioned, long vcpu, long ramGib, long diskGib) {

        static VpsUsageResponse of(VpsUsage v) {
            return new VpsUsageResponse(v.active(), v.requested(), v.decommissioned(), v.vcpu(), v.ramGib(),
                    v.diskGib());
        }
    }

    /**
     * Counted probes exclude planned maintenance; {@code uptimePercent} has three decimals, rounded down, absent
     * when nothing was counted.
     */
    record UptimeUsageResponse(int monitors, long probes, long failures, long maintenanceProbes, long countedProbes,
            @Nullable BigDecimal uptimePercent, int monitorsMeetingSlo, int monitorsMissingSlo,
            int monitorsWithoutData) {

        static UptimeUsageResponse of(UptimeUsage u) {
            Uptime t = u.uptime();
            return new UptimeUsageResponse(u.monitors(), t.probes(), t.failures(), t.maintenance(), t.counted(),
                    t.percent(), u.meetingSlo(), u.missingSlo(), u.withoutData());
        }
    }

    /** Protected systems by standing now; backup runs and restore tests of the year. */
    record BackupUsageResponse(int systems, int compliant, int overdue, int failing, int runsSucceeded,
            int runsFailed, int restoreTestsPassed, int restoreTestsFailed) {

        static BackupUsageResponse of(BackupUsage b) {
            return new BackupUsageResponse(b.systems(), b.compliant(), b.overdue(), b.failing(), b.runsSucceeded(),
                    b.runsFailed(), b.restoreTestsPassed(), b.restoreTestsFailed());
        }
    }

    /** A data center's capacity use now: allocatable (after overcommit), allocated and free. */
    record DataCenterUseResponse(String code, String name, Allocation allocatable, Allocation allocated,
            Allocation free) {

        static DataCenterUseResponse of(SiteUse s) {
            return new DataCenterUseResponse(s.code(), s.name(), s.capacity().allocatable(),
                    s.capacity().allocated(), s.capacity().free());
        }
    }
}
