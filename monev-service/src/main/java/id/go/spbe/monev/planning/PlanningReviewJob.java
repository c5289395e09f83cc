package id.go.spbe.monev.planning;

import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * G4: the overdue-review sweep on the platform scheduler, under a lease so one replica runs it per period; the
 * aggregate flags each due date once, so a restart or a second run raises nothing twice.
 */
@Component
class PlanningReviewJob {

    static final String NAME = "monev-planning-review-overdue";

    private static final Logger LOG = LoggerFactory.getLogger(PlanningReviewJob.class);

    private final ScheduledJob job;

    PlanningReviewJob(ScheduledJobs jobs, PlanningDocuments documents,
            @Value("${spbe.monev.planning.overdue-sweep:PT6H}") Duration every) {
        this.job = jobs.job(NAME).every(every).initialDelay(Duration.ofMinutes(1)).schedule(() -> {
            int flagged = documents.flagOverdueReviews();
            if (flagged > 0) {
                LOG.info("{} planning document review(s) flagged overdue", flagged);
            }
        });
    }

    ScheduledJob job() {
        return job;
    }
}
