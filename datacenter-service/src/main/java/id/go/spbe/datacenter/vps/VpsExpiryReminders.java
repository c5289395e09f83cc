package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Retirement reminders (D4): on the platform scheduler, leased to one replica per pass, every active VPS whose term
 * ends within {@code remind-days-before} days raises {@code VpsExpiring} — once per expiry date, because the VPS
 * records the date it reminded of in the same write as the event.
 */
@Component
public class VpsExpiryReminders {

    public static final String JOB = "vps-expiry-reminders";
    private static final Logger log = LoggerFactory.getLogger(VpsExpiryReminders.class);

    private final VpsRequestRepository requests;
    private final VpsProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final ScheduledJob job;

    VpsExpiryReminders(ScheduledJobs jobs, VpsRequestRepository requests, VpsProperties properties,
            RegionProfile region, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.zone = region.region().timeZone();
        this.clock = clock;
        this.job = jobs.job(JOB).every(properties.reminderInterval()).initialDelay(properties.reminderInterval())
                .schedule(this::remind);
    }

    /** One pass; returns how many reminders it raised. */
    public int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int raised = 0;
        for (VpsRequest vps : requests.findByStatusAndExpiresOnLessThanEqual(VpsStatus.ACTIVE,
                today.plusDays(properties.remindDaysBefore()))) {
            if (vps.remindOfExpiry(today, properties.remindDaysBefore(), now)) {
                try {
                    requests.save(vps);
                    raised++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    log.info("VPS {} changed during the reminder pass; rechecked next pass", vps.id());
                }
            }
        }
        return raised;
    }

    public ScheduledJob job() {
        return job;
    }
}
