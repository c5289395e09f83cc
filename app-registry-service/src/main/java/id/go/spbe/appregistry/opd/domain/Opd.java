package id.go.spbe.appregistry.opd.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One Perangkat Daerah in the region's directory (G1). Exactly one OPD is Dinas, the ICT agency that develops
 * shared applications, runs Tier 2 and the data center. The Mandiri TIK flag is set by the designation workflow
 * (G3), never edited here.
 */
@Document("opds")
public class Opd extends AggregateRoot {

    /** Upper-case code used across the platform and in tokens' {@code opd} claim, e.g. DINKES, DISKOMINFO. */
    public static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_-]{1,29}$");

    @Id
    private String code;
    private String name;
    private OpdKind kind;
    private boolean dinas;
    private boolean mandiriTik;
    private boolean active;
    private Instant registeredAt;
    private Instant updatedAt;

    Opd() {
    }

    public static Opd register(String code, String name, OpdKind kind, boolean dinas, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolationException("G1", "Kode OPD harus huruf kapital, angka, '-' atau '_' (2-30 karakter).");
        }
        Opd opd = new Opd();
        opd.code = code;
        opd.name = name.trim();
        opd.kind = kind;
        opd.dinas = dinas;
        opd.active = true;
        opd.registeredAt = now;
        opd.updatedAt = now;
        opd.raise(new OpdEvents.OpdRegistered(UUID.randomUUID(), now, code, opd.name, kind, dinas, false, true));
        return opd;
    }

    /** Changes the directory entry; returns false (and records nothing) when nothing changed. */
    public boolean update(String newName, OpdKind newKind, boolean newDinas, boolean newActive, Instant now) {
        String trimmed = newName.trim();
        if (trimmed.equals(name) && newKind == kind && newDinas == dinas && newActive == active) {
            return false;
        }
        if (dinas && !newActive) {
            throw new RuleViolationException("G1", "Dinas pengelola TIK tidak dapat dinonaktifkan.");
        }
        name = trimmed;
        kind = newKind;
        dinas = newDinas;
        active = newActive;
        updatedAt = now;
        raise(new OpdEvents.OpdUpdated(UUID.randomUUID(), now, code, name, kind, dinas, mandiriTik, active));
        return true;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OpdKind kind() {
        return kind;
    }

    public boolean dinas() {
        return dinas;
    }

    public boolean mandiriTik() {
        return mandiriTik;
    }

    public boolean active() {
        return active;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Opd o && Objects.equals(code, o.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
