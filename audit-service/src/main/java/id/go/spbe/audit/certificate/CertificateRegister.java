package id.go.spbe.audit.certificate;

import id.go.spbe.audit.certificate.domain.CertificateDetails;
import id.go.spbe.audit.certificate.domain.CertificateFiles;
import id.go.spbe.audit.certificate.domain.CertificateMonitoring;
import id.go.spbe.audit.certificate.domain.CertificateSource;
import id.go.spbe.audit.certificate.domain.CertificateStatus;
import id.go.spbe.audit.certificate.domain.ElectronicCertificate;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The electronic-certificate register (AU9), offered only where the profile monitors certificates. An OPD registers
 * and reads its own certificates; Dinas, coordinators and auditors read all, Dinas registers for every OPD.
 */
@Service
public class CertificateRegister {

    private final CertificateRepository certificates;
    private final MongoTemplate mongo;
    private final OpdReferences opds;
    private final ChangeHistoryLog histories;
    private final CertificateMonitoring monitoring;
    private final CertificateProperties properties;
    private final Clock clock;

    CertificateRegister(CertificateRepository certificates, MongoTemplate mongo, OpdReferences opds,
            ChangeHistoryLog histories, CertificateRegulationProperties regulation, CertificateProperties properties,
            Clock clock) {
        this.certificates = certificates;
        this.mongo = mongo;
        this.opds = opds;
        this.histories = histories;
        this.monitoring = regulation.toMonitoring();
        this.properties = properties;
        this.clock = clock;
    }

    public ElectronicCertificate register(Caller caller, CertificateDetails details) {
        return register(caller, details, CertificateSource.MANUAL);
    }

    /** Reads the holder's certificate from an uploaded X.509 or PKCS#7 file; {@code holder} overrides its CN. */
    public ElectronicCertificate importFile(Caller caller, String opdCode, String holder, byte[] file) {
        monitoring.requireActive();
        caller.requireActsFor(opdCode);
        CertificateFiles.Read read = CertificateFiles.read(file);
        return register(caller, read.details(holder, opdCode), read.source());
    }

    private ElectronicCertificate register(Caller caller, CertificateDetails details, CertificateSource source) {
        monitoring.requireActive();
        caller.requireActsFor(details.opdCode());
        opds.requireKnown(details.opdCode());
        requireUnique(details);
        return certificates.save(ElectronicCertificate.register(details, source, caller.username(), clock.instant()));
    }

    public ElectronicCertificate update(Caller caller, String id, CertificateDetails details, String ifMatch) {
        ElectronicCertificate certificate = get(caller, id);
        caller.requireActsFor(certificate.opdCode());
        caller.requireActsFor(details.opdCode());
        ETags.checkIfMatch(ifMatch, certificate.version());
        opds.requireKnown(details.opdCode());
        if (!details.issuer().equals(certificate.issuer())
                || !details.serialNumber().equals(certificate.serialNumber())) {
            requireUnique(details);
        }
        return certificate.update(details, caller.username(), clock.instant()) ? certificates.save(certificate)
                : certificate;
    }

    /** The certificate, or 404 when missing or another OPD's (no existence leak). */
    public ElectronicCertificate get(Caller caller, String id) {
        monitoring.requireActive();
        return caller.visible(certificates.findById(id), ElectronicCertificate::opdCode)
                .orElseThrow(() -> new NotFoundException("certificate", id));
    }

    public Page<ElectronicCertificate> list(Caller caller, String opd, CertificateStatus status, Pageable page) {
        monitoring.requireActive();
        String scope = caller.listScope(opd);
        Criteria criteria = new Criteria();
        if (scope != null) {
            criteria = criteria.and("opdCode").is(scope);
        }
        if (status != null) {
            Instant now = clock.instant();
            Instant soon = now.plus(expiringWindow());
            criteria = switch (status) {
                case EXPIRED -> criteria.and("notAfter").lte(now);
                case EXPIRING_SOON -> criteria.and("notAfter").gt(now).lte(soon);
                case VALID -> criteria.and("notAfter").gt(soon);
            };
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, ElectronicCertificate.class);
        return new PageImpl<>(mongo.find(query.with(page), ElectronicCertificate.class), page, total);
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String id) {
        return histories.of(get(caller, id));
    }

    public Duration expiringWindow() {
        return properties.expiringWindow();
    }

    public Instant now() {
        return clock.instant();
    }

    private void requireUnique(CertificateDetails details) {
        if (certificates.existsByIssuerAndSerialNumber(details.issuer(), details.serialNumber())) {
            throw new StateConflictException("Sertifikat dengan penerbit " + details.issuer() + " dan nomor seri "
                    + details.serialNumber() + " sudah terdaftar.");
        }
    }
}
