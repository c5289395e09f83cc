package id.go.spbe.network.diagram;

import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Runs {@link OverdueDiagrams} hourly under the platform's lease, so one replica raises each overdue event. */
@Component
class OverdueDiagramsJob {

    static final String NAME = "lan-diagram-overdue";

    OverdueDiagramsJob(ScheduledJobs jobs, MongoOperations mongo, RegionProfile region, Clock clock) {
        OverdueDiagrams overdue = new OverdueDiagrams(mongo, region, clock);
        jobs.job(NAME).every(Duration.ofHours(1)).schedule(overdue::sweep);
    }
}
