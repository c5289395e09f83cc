package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;


/**
 * Reminds, well before the due date, that an audit must be STARTED (AU4–AU6): one {@code AuditStartReminder} per
 * obligation and due date. The reminder and its event are one document write, so a crash, a second tick or another
 * replica never sends it twice; the job holds a lease so only one replica looks at a time.
 */
@Component
class AuditStartReminders {

    static final String JOB = "audit-start-reminders";
    private static final Logger log = LoggerFactory.getLogger(AuditStartReminders.class);

    private final AuditObligationRepository obligations;
    private final AuditObligationQueries queries;
    private final AuditPlanProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final ScheduledJob job;

    AuditStartReminders(AuditObligationRepository obligations, AuditObligationQueries queries,
            AuditPlanProperties properties, RegionProfile region, Clock clock, ScheduledJobs jobs) {
        this.obligations = obligations;
        this.queries = queries;
        this.properties = properties;
        this.zone = region.region().timeZone();
        this.clock = clock;
        this.job = jobs.job(JOB).every(properties.reminderEvery()).schedule(this::sendDue);
    }

    ScheduledJob job() {
        return job;
    }

    /** Sends every reminder owed today; returns how many went out. */
    int sendDue() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        int lead = properties.reminderLeadDays();
        int sent = 0;
        for (AuditObligation candidate : queries.all(null, null, null, null, today.plusDays(lead))) {
            if (!candidate.reminderDue(today, lead)) {
                continue;
            }
            try {
                AuditObligation fresh = obligations.findById(candidate.id()).orElseThrow();
                if (fresh.remindToStart(today, lead, clock.instant())) {
                    obligations.save(fresh);
                    sent++;
                }
            } catch (OptimisticLockingFailureException raced) {
                // Changed meanwhile (an event moved it): the next tick looks again.
                log.debug("Obligation {} changed while reminding; next tick", candidate.id());
            }
        }
        if (sent > 0) {
            log.info("Sent {} reminder(s) to start an audit", sent);
        }
        return sent;
    }
}
