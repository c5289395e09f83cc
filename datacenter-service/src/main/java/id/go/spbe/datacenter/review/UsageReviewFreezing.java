package id.go.spbe.datacenter.review;

import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;
import java.util.Set;

/**
 * D5: freezes the review of the year before once the region's calendar has turned to a new year — on 1 January at
 * the first pass of the job {@value #JOB} (platform scheduler, leased to one replica per pass), or at the first pass
 * after a downtime. A year frozen already (by Dinas, or by another replica) is left as it is, so the job raises one
 * {@code UsageReviewFrozen} per year.
 */
@Component
public class UsageReviewFreezing {

    public static final String JOB = "usage-review-freeze";
    static final Caller SYSTEM = new Caller("system", "sistem:pembekuan-tinjauan", null, Set.of(Roles.DINAS_ADMIN),
            true);
    private static final Logger log = LoggerFactory.getLogger(UsageReviewFreezing.class);

    private final UsageReviews reviews;
    private final ZoneId zone;
    private final Clock clock;
    private final ScheduledJob job;

    UsageReviewFreezing(ScheduledJobs jobs, UsageReviews reviews, RegionProfile region, Clock clock,
            @Value("${spbe.datacenter.review.freeze-check:1h}") Duration every) {
        this.reviews = reviews;
        this.zone = region.region().timeZone();
        this.clock = clock;
        this.job = jobs.job(JOB).every(every).initialDelay(every).schedule(() -> freezeDue(this.clock.instant()));
    }

    /** One pass at {@code now}: freezes the year before {@code now}'s year (region calendar) if not yet frozen. */
    public OptionalInt freezeDue(Instant now) {
        int previous = LocalDate.ofInstant(now, zone).getYear() - 1;
        if (reviews.isFrozen(previous)) {
            return OptionalInt.empty();
        }
        try {
            reviews.freeze(SYSTEM, previous, true);
            log.info("Usage review {} frozen", previous);
            return OptionalInt.of(previous);
        } catch (DuplicateKeyException | StateConflictException frozenMeanwhile) {
            return OptionalInt.empty();
        }
    }

    public ScheduledJob job() {
        return job;
    }
}
