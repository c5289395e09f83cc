package id.go.spbe.audit.certificate;

import id.go.spbe.audit.certificate.domain.ElectronicCertificate;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Warns before certificates expire (AU9): one {@code CertificateExpiring} per certificate and threshold. The warning
 * mark and its event are one document write, so a second tick, a restart or another replica never repeats it; the
 * job holds a lease so only one replica looks at a time. Idle where the profile does not monitor certificates.
 */
@Component
class CertificateExpiryWatch {

    static final String JOB = "certificate-expiry-watch";
    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryWatch.class);

    private final CertificateRepository certificates;
    private final MongoTemplate mongo;
    private final CertificateProperties properties;
    private final boolean active;
    private final Clock clock;
    private final ScheduledJob job;

    CertificateExpiryWatch(CertificateRepository certificates, MongoTemplate mongo, CertificateProperties properties,
            CertificateRegulationProperties regulation, Clock clock, ScheduledJobs jobs) {
        this.certificates = certificates;
        this.mongo = mongo;
        this.properties = properties;
        this.active = regulation.certificateMonitoring();
        this.clock = clock;
        this.job = jobs.job(JOB).every(properties.checkEvery()).schedule(this::warnDue);
    }

    ScheduledJob job() {
        return job;
    }

    /** Warns about every certificate newly within a threshold; returns how many warnings went out. */
    int warnDue() {
        if (!active) {
            return 0;
        }
        Instant now = clock.instant();
        Query candidates = Query.query(Criteria.where("notAfter").gt(now)
                .lte(now.plus(Duration.ofDays(properties.longestThresholdDays()))));
        int sent = 0;
        for (ElectronicCertificate candidate : mongo.find(candidates, ElectronicCertificate.class)) {
            try {
                ElectronicCertificate fresh = certificates.findById(candidate.id()).orElseThrow();
                if (fresh.warnIfExpiring(now, properties.expiryThresholdsDays())) {
                    certificates.save(fresh);
                    sent++;
                }
            } catch (OptimisticLockingFailureException raced) {
                // Changed meanwhile (someone corrected it): the next tick looks again.
                log.debug("Certificate {} changed while warning; next tick", candidate.id());
            }
        }
        if (sent > 0) {
            log.info("Warned about {} expiring certificate(s)", sent);
        }
        return sent;
    }
}
