package id.go.spbe.audit.plan;

import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes the plan once at start-up (leased: one replica), so a deployment that changed the regulation profile or
 * its cycle brings every obligation in line without waiting for the next inventory event.
 */
@Component
class AuditPlanRecompute {

    static final String JOB = "audit-plan-recompute";

    private final ScheduledJob job;

    AuditPlanRecompute(ScheduledJobs jobs, InfrastructureInventory inventory) {
        this.job = jobs.job(JOB).onDemand().schedule(inventory::recomputeAll);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        job.trigger();
    }
}
