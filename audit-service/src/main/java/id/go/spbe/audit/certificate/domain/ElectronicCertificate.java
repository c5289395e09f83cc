package id.go.spbe.audit.certificate.domain;

import id.go.spbe.audit.certificate.domain.CertificateEvents.CertificateExpiring;
import id.go.spbe.audit.certificate.domain.CertificateEvents.CertificateRegistered;
import id.go.spbe.audit.certificate.domain.CertificateEvents.CertificateUpdated;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An electronic certificate of the region's register (AU9): who holds it, in which OPD, who issued it, its serial
 * number, validity and key usage. It knows whether it is expiring or expired and which expiry warnings it has
 * already given, so a warning goes out once per threshold however often the job looks.
 */
@Document("certificates")
public class ElectronicCertificate extends AggregateRoot {

    @Id
    private String id;
    private String holder;
    private String opdCode;
    private String issuer;
    private String serialNumber;
    private Instant notBefore;
    private Instant notAfter;
    private List<KeyUsage> keyUsage;
    private String subject;
    private CertificateSource source;
    /** Thresholds (days before notAfter) already warned about; the mark and its event are one document write. */
    private Set<Integer> warnedThresholds = new TreeSet<>();
    private String registeredBy;
    private Instant registeredAt;
    private Instant updatedAt;

    ElectronicCertificate() {
    }

    public static ElectronicCertificate register(CertificateDetails details, CertificateSource source, String by,
            Instant now) {
        ElectronicCertificate c = new ElectronicCertificate();
        c.id = UUID.randomUUID().toString();
        c.source = source;
        c.apply(details);
        c.registeredBy = by;
        c.registeredAt = now;
        c.updatedAt = now;
        c.raise(new CertificateRegistered(UUID.randomUUID(), now, c.id, c.holder, c.opdCode, c.issuer,
                c.serialNumber, c.notBefore, c.notAfter, c.keyUsage, source, by));
        return c;
    }

    /**
     * Replaces the entry. A certificate read from a file keeps the file's issuer, serial, validity and key usage
     * (422 AU9): only its holder and OPD are typed. Warnings for thresholds no longer crossed (a corrected, later
     * expiry) are forgotten, so they go out again for the new date.
     *
     * @return false when nothing changed (no write, no event)
     */
    public boolean update(CertificateDetails details, String by, Instant now) {
        CertificateDetails current = details();
        if (details.equals(current)) {
            return false;
        }
        if (source.fromFile() && !details.sameTechnicalFields(current)) {
            throw new RuleViolationException("AU9", "Sertifikat ini dibaca dari berkas: penerbit, nomor seri, masa "
                    + "berlaku dan penggunaan kunci tidak dapat diubah; unggah berkas sertifikat yang baru.");
        }
        apply(details);
        warnedThresholds.retainAll(crossed(now, warnedThresholds));
        updatedAt = now;
        raise(new CertificateUpdated(UUID.randomUUID(), now, id, holder, opdCode, issuer, serialNumber, notBefore,
                notAfter, keyUsage, by));
        return true;
    }

    private void apply(CertificateDetails details) {
        holder = details.holder();
        opdCode = details.opdCode();
        issuer = details.issuer();
        serialNumber = details.serialNumber();
        notBefore = details.notBefore();
        notAfter = details.notAfter();
        keyUsage = details.keyUsage();
        subject = details.subject();
    }

    public CertificateStatus status(Instant now, Duration expiringWindow) {
        if (!now.isBefore(notAfter)) {
            return CertificateStatus.EXPIRED;
        }
        return now.plus(expiringWindow).isBefore(notAfter) ? CertificateStatus.VALID
                : CertificateStatus.EXPIRING_SOON;
    }

    public boolean notYetValid(Instant now) {
        return now.isBefore(notBefore);
    }

    /**
     * Raises {@code CertificateExpiring} when a threshold (days before expiry) is crossed that has not been warned
     * about yet: one event naming the tightest of them, and every crossed threshold marked. Nothing once expired.
     *
     * @return whether a warning was raised (the caller saves the certificate)
     */
    public boolean warnIfExpiring(Instant now, Set<Integer> thresholdDays) {
        if (!now.isBefore(notAfter)) {
            return false;
        }
        Set<Integer> fresh = crossed(now, thresholdDays);
        fresh.removeAll(warnedThresholds);
        if (fresh.isEmpty()) {
            return false;
        }
        warnedThresholds.addAll(crossed(now, thresholdDays));
        int tightest = fresh.stream().min(Integer::compare).orElseThrow();
        raise(new CertificateExpiring(UUID.randomUUID(), now, id, holder, opdCode, issuer, serialNumber, notAfter,
                tightest, Duration.between(now, notAfter).toDays()));
        return true;
    }

    private Set<Integer> crossed(Instant now, Set<Integer> thresholdDays) {
        return thresholdDays.stream().filter(days -> !now.plus(Duration.ofDays(days)).isBefore(notAfter))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public CertificateDetails details() {
        return new CertificateDetails(holder, opdCode, issuer, serialNumber, notBefore, notAfter, keyUsage, subject);
    }

    public String id() {
        return id;
    }

    public String holder() {
        return holder;
    }

    public String opdCode() {
        return opdCode;
    }

    public String issuer() {
        return issuer;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public List<KeyUsage> keyUsage() {
        return keyUsage;
    }

    public String subject() {
        return subject;
    }

    public CertificateSource source() {
        return source;
    }

    public Set<Integer> warnedThresholds() {
        return Set.copyOf(warnedThresholds);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
