package id.go.spbe.appregistry.search;

import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica's in-memory index current: the first run (at start-up) rebuilds it, later runs catch up with
 * what other replicas wrote. Every replica has its own index, so every replica runs the job (no lease); a failed run
 * (Mongo unreachable) is retried at the next interval and readiness stays down until a rebuild succeeds.
 */
@Component
class IndexCatchUpJob {

    static final String NAME = "search-index-catch-up";

    IndexCatchUpJob(ScheduledJobs jobs, IndexMaintenance maintenance, SearchProperties properties) {
        jobs.job(NAME).every(properties.catchUpInterval()).onEveryInstance().schedule(maintenance::catchUp);
    }
}
