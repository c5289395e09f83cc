package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * D7: on the platform scheduler (leased to one replica per pass), every granted consent whose period has ended is
 * marked EXPIRED and raises CustodyConsentExpired — once, because the status changes in the same write as the event.
 * The rule itself never waits for this pass: {@link CustodyGuard} compares the period with today.
 */
@Component
public class CustodyExpiry {

    public static final String JOB = "custody-consent-expiry";
    private static final Logger log = LoggerFactory.getLogger(CustodyExpiry.class);

    private final CustodyConsentRepository consents;
    private final ZoneId zone;
    private final Clock clock;
    private final ScheduledJob job;

    CustodyExpiry(ScheduledJobs jobs, CustodyConsentRepository consents, RegionProfile region, Clock clock,
            @Value("${spbe.datacenter.custody.expiry-interval:1h}") Duration interval) {
        this.consents = consents;
        this.zone = region.region().timeZone();
        this.clock = clock;
        this.job = jobs.job(JOB).every(interval).initialDelay(interval).schedule(this::expire);
    }

    /** One pass; returns how many consents it marked expired. */
    public int expire() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int expired = 0;
        for (CustodyConsent consent : consents.findByStatusAndValidUntilLessThan(CustodyConsent.Status.GRANTED,
                today)) {
            if (consent.expireIfLapsed(today, now)) {
                try {
                    consents.save(consent);
                    expired++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    log.info("Consent {} changed during the expiry pass; rechecked next pass", consent.id());
                }
            }
        }
        return expired;
    }

    public ScheduledJob job() {
        return job;
    }
}
