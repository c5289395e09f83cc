package id.go.spbe.appregistry.opd.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One Perangkat Daerah in the region's directory (G1). Exactly one OPD is Dinas, the ICT agency that develops
 * shared applications, runs Tier 2 and the data center. An OPD may sit under a parent OPD (a UPTD under its Dinas, a
 * bagian under the Sekretariat Daerah). The Mandiri TIK status follows the latest recorded decree (G3) and is never
 * edited directly.
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
    private String parentCode;
    private OpdHead head;
    private Tier1Contact tier1Contact;
    private List<MandiriTikDecision> mandiriTikDecisions = new ArrayList<>();
    private Instant registeredAt;
    private Instant updatedAt;

    Opd() {
    }

    /**
     * A new directory entry. The caller has checked that {@code parentCode}, when given, names an active OPD; what
     * the entry alone can tell (its code, whether its kind needs a parent) is checked here.
     */
    public static Opd register(String code, String name, OpdKind kind, boolean dinas, String parentCode,
            Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolationException("G1", "Kode OPD harus huruf kapital, angka, '-' atau '_' (2-30 karakter).");
        }
        Opd opd = new Opd();
        opd.code = code;
        requireValidPlace(code, kind, parentCode);
        opd.name = name.trim();
        opd.kind = kind;
        opd.dinas = dinas;
        opd.parentCode = parentCode;
        opd.active = true;
        opd.registeredAt = now;
        opd.updatedAt = now;
        opd.raise(new OpdEvents.OpdRegistered(UUID.randomUUID(), now, code, opd.name, kind, dinas, false, true,
                parentCode));
        return opd;
    }

    /**
     * Changes the directory entry; returns false (and records nothing) when nothing changed. The caller has checked
     * the new parent (exists, active, not a descendant) and that no active sub-unit hangs under an OPD being
     * deactivated.
     */
    public boolean update(String newName, OpdKind newKind, boolean newDinas, boolean newActive, String newParentCode,
            Instant now) {
        String trimmed = newName.trim();
        if (trimmed.equals(name) && newKind == kind && newDinas == dinas && newActive == active
                && Objects.equals(newParentCode, parentCode)) {
            return false;
        }
        if (dinas && !newActive) {
            throw new RuleViolationException("G1", "Dinas pengelola TIK tidak dapat dinonaktifkan.");
        }
        if (newDinas && !dinas && mandiriTik) {
            throw new RuleViolationException("G3", "OPD '" + code + "' berstatus Mandiri TIK; cabut dulu penetapannya "
                    + "sebelum menjadikannya Dinas pengelola TIK.");
        }
        requireValidPlace(code, newKind, newParentCode);
        name = trimmed;
        kind = newKind;
        dinas = newDinas;
        active = newActive;
        parentCode = newParentCode;
        changed(now);
        return true;
    }

    /** Records who heads the OPD; returns false when it is the same head as before. */
    public boolean appointHead(OpdHead newHead, Instant now) {
        if (newHead.equals(head)) {
            return false;
        }
        head = newHead;
        changed(now);
        return true;
    }

    /** Records the OPD's Tier 1 service-desk contact (S2); returns false when nothing changed. */
    public boolean assignTier1Contact(Tier1Contact contact, Instant now) {
        if (contact.equals(tier1Contact)) {
            return false;
        }
        tier1Contact = contact;
        changed(now);
        return true;
    }

    /**
     * Records a Mandiri TIK decree (G3). The decree must come from the office the regulation names, cite only the
     * regulation's criteria, be dated no later than {@code today} (in the region's time zone) and no earlier than the
     * decree it supersedes; the OPD's status then follows it. Dinas is the ICT agency itself and is never the subject
     * of such a decree.
     */
    public MandiriTikDecision recordMandiriTikDecision(MandiriTikDecree decree, MandiriTikRegulation regulation,
            LocalDate today, String recordedBy, Instant now) {
        if (dinas) {
            throw new RuleViolationException("G3", "Dinas pengelola TIK tidak dapat ditetapkan sebagai OPD Mandiri TIK; "
                    + "penetapan hanya untuk OPD lain.");
        }
        if (decree.designated() && !active) {
            throw new RuleViolationException("G3", "OPD '" + code + "' tidak aktif dan tidak dapat ditetapkan sebagai "
                    + "OPD Mandiri TIK.");
        }
        String decider = decree.decidedBy().toUpperCase(Locale.ROOT);
        if (regulation.decidedBy() == null || !regulation.decidedBy().equalsIgnoreCase(decider)) {
            throw new RuleViolationException("G3", "Menurut " + regulation.regulation() + ", OPD Mandiri TIK "
                    + "ditetapkan oleh " + regulation.decidedBy() + ", bukan oleh " + decree.decidedBy() + ".");
        }
        List<String> unknown = decree.criteriaMet().stream().filter(c -> !regulation.criteria().contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("G3", "Kriteria " + unknown + " tidak dikenal dalam " + regulation.regulation()
                    + "; kriteria yang berlaku: " + regulation.criteria() + ".");
        }
        if (decree.decreeDate().isAfter(today)) {
            throw new RuleViolationException("G3", "Tanggal keputusan " + decree.decreeDate()
                    + " belum terjadi; catat keputusan setelah ditandatangani.");
        }
        Optional<MandiriTikDecision> latest = latestMandiriTikDecision();
        if (latest.isPresent() && decree.decreeDate().isBefore(latest.get().decree().decreeDate())) {
            throw new RuleViolationException("G3", "Tanggal keputusan " + decree.decreeDate() + " lebih awal dari "
                    + "keputusan terakhir (" + latest.get().decree().decreeNumber() + ", "
                    + latest.get().decree().decreeDate() + "); keputusan yang lebih lama tidak dapat menggantikannya.");
        }
        if (decisions().stream().anyMatch(d -> d.decree().decreeNumber().equalsIgnoreCase(decree.decreeNumber()))) {
            throw new StateConflictException("Keputusan nomor " + decree.decreeNumber() + " sudah tercatat untuk OPD '"
                    + code + "'.");
        }
        MandiriTikDecree canonical = new MandiriTikDecree(decree.designated(), decree.decreeNumber(),
                decree.decreeDate(), regulation.decidedBy(), decree.assessmentReference(), decree.criteriaMet(),
                decree.notes());
        MandiriTikDecision decision = new MandiriTikDecision(decisions().size() + 1, canonical, now, recordedBy);
        decisions().add(decision);
        mandiriTik = canonical.designated();
        updatedAt = now;
        raise(new OpdEvents.OpdMandiriTikDesignated(UUID.randomUUID(), now, code, name, kind, dinas, mandiriTik,
                active, parentCode, decision.sequence(), canonical.designated(), canonical.decreeNumber(),
                canonical.decreeDate(), canonical.decidedBy(), canonical.assessmentReference(),
                canonical.criteriaMet(), canonical.notes()));
        return decision;
    }

    private static void requireValidPlace(String code, OpdKind kind, String parentCode) {
        if (code.equals(parentCode)) {
            throw new RuleViolationException("G1", "OPD '" + code + "' tidak dapat menjadi induk bagi dirinya sendiri.");
        }
        if (kind.requiresParent() && parentCode == null) {
            throw new RuleViolationException("G1", "OPD berjenis " + kind + " adalah bagian dari OPD lain; "
                    + "isi parentCode dengan kode OPD induknya.");
        }
    }

    private void changed(Instant now) {
        updatedAt = now;
        raise(new OpdEvents.OpdUpdated(UUID.randomUUID(), now, code, name, kind, dinas, mandiriTik, active,
                parentCode, head, tier1Contact));
    }

    // Documents written before decisions existed have no list; the mapper then leaves the field as read (null).
    private List<MandiriTikDecision> decisions() {
        if (mandiriTikDecisions == null) {
            mandiriTikDecisions = new ArrayList<>();
        }
        return mandiriTikDecisions;
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

    /** Code of the OPD this one is part of, or null for a top-level OPD. */
    public String parentCode() {
        return parentCode;
    }

    public Optional<OpdHead> head() {
        return Optional.ofNullable(head);
    }

    public Optional<Tier1Contact> tier1Contact() {
        return Optional.ofNullable(tier1Contact);
    }

    /** Every Mandiri TIK decision, oldest first; the last one decides {@link #mandiriTik()}. */
    public List<MandiriTikDecision> mandiriTikDecisions() {
        return Collections.unmodifiableList(decisions());
    }

    public Optional<MandiriTikDecision> latestMandiriTikDecision() {
        List<MandiriTikDecision> all = decisions();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
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
