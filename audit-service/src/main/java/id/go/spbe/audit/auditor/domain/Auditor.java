package id.go.spbe.audit.auditor.domain;

import id.go.spbe.audit.auditor.domain.AuditorEvents.AuditorRegistered;
import id.go.spbe.audit.auditor.domain.AuditorEvents.AuditorUpdated;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An auditor of the register (AU3): the internal team appointed by decree, or a certified external auditor or an
 * accredited body. It decides whether it may audit a given OPD until a given day.
 */
@Document("auditors")
public class Auditor extends AggregateRoot {

    @Id
    private String id;
    private AuditorType type;
    private String name;
    private String username;
    private String homeOpd;
    private Decree decree;
    private Certificate certificate;
    private boolean active;
    private String registeredBy;
    private Instant registeredAt;
    private Instant updatedAt;

    Auditor() {
    }

    public static Auditor register(AuditorDetails details, String by, Instant now) {
        Auditor a = new Auditor();
        a.id = UUID.randomUUID().toString();
        a.apply(details);
        a.active = true;
        a.registeredBy = by;
        a.registeredAt = now;
        a.updatedAt = now;
        a.raise(new AuditorRegistered(UUID.randomUUID(), now, a.id, a.type, a.name, a.username, a.homeOpd,
                a.decree == null ? null : a.decree.number(), a.certificate == null ? null : a.certificate.number(),
                a.certificate == null ? null : a.certificate.expiresOn(), by));
        return a;
    }

    /** @return false when nothing changed (no write, no event) */
    public boolean update(AuditorDetails details, boolean stillActive, String by, Instant now) {
        if (details.equals(details()) && stillActive == active) {
            return false;
        }
        apply(details);
        active = stillActive;
        updatedAt = now;
        raise(new AuditorUpdated(UUID.randomUUID(), now, id, type, name, username, homeOpd,
                decree == null ? null : decree.number(), certificate == null ? null : certificate.number(),
                certificate == null ? null : certificate.expiresOn(), active, by));
        return true;
    }

    private void apply(AuditorDetails details) {
        if (details.type() == AuditorType.INTERNAL && (details.decree() == null || details.homeOpd() == null)) {
            throw new RuleViolationException("AU3", "Auditor internal ditetapkan dengan Keputusan Kepala Daerah: "
                    + "nomor dan tanggal keputusan serta OPD asal wajib diisi.");
        }
        if (details.type().external() && details.certificate() == null) {
            throw new RuleViolationException("AU3", "Auditor eksternal dan lembaga audit wajib memiliki sertifikat "
                    + "atau akreditasi: nomor, penerbit dan masa berlaku wajib diisi.");
        }
        type = details.type();
        name = details.name();
        username = details.username();
        homeOpd = details.homeOpd();
        decree = details.decree();
        certificate = details.certificate();
    }

    /**
     * Why this auditor may not audit {@code auditedOpd} in an audit ending {@code auditEnds} (AU3), if anything: an
     * inactive auditor, a certificate expired by the audit's end, or an internal auditor of the audited OPD
     * (independence).
     */
    public Optional<String> refusalFor(String auditedOpd, LocalDate auditEnds) {
        if (!active) {
            return Optional.of("Auditor " + name + " tidak aktif.");
        }
        if (certificate != null && !certificate.validThrough(auditEnds)) {
            return Optional.of("Sertifikat " + certificate.number() + " milik " + name + " berakhir "
                    + certificate.expiresOn() + ", sebelum audit selesai (" + auditEnds + ").");
        }
        if (homeOpd != null && Objects.equals(homeOpd, auditedOpd)) {
            return Optional.of("Auditor " + name + " berasal dari OPD " + auditedOpd
                    + " yang diaudit; auditor harus independen.");
        }
        return Optional.empty();
    }

    public AuditorDetails details() {
        return new AuditorDetails(type, name, username, homeOpd, decree, certificate);
    }

    public String id() {
        return id;
    }

    public AuditorType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String username() {
        return username;
    }

    public String homeOpd() {
        return homeOpd;
    }

    public Decree decree() {
        return decree;
    }

    public Certificate certificate() {
        return certificate;
    }

    public boolean active() {
        return active;
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
