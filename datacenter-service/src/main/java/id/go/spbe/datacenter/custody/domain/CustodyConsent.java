package id.go.spbe.datacenter.custody.domain;

import id.go.spbe.datacenter.custody.domain.CustodyEvents.ConsentLetterAttached;
import id.go.spbe.datacenter.custody.domain.CustodyEvents.CustodyConsentGranted;
import id.go.spbe.datacenter.custody.domain.CustodyEvents.CustodyConsentExpired;
import id.go.spbe.datacenter.custody.domain.CustodyEvents.CustodyConsentRevoked;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An OPD's consent that Dinas manages its data in the data center (D7, RL p20(2), BT p17(2)): which kinds of action,
 * on which of its systems (or all of them), from when until when, under which letter. Revocable with a reason; a
 * revoked or lapsed consent covers nothing. Consents are never edited: a new scope is a new consent, so the history
 * of what Dinas was allowed when stays readable.
 */
@Document("custody_consents")
public class CustodyConsent extends AggregateRoot {

    /**
     * As recorded; whether it is in force on a day also depends on the period ({@link #inForceOn(LocalDate)}).
     * {@code EXPIRED} is set by the expiry pass once the period has ended (the rule does not wait for it).
     */
    public enum Status {
        GRANTED, REVOKED, EXPIRED
    }

    @Id
    private String id;
    @Indexed
    private String opd;
    private Set<CustodyAction> actions;
    private boolean allSystems;
    private List<CustodyTarget> targets;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String letterNumber;
    private String notes;
    @Indexed
    private Status status;
    private String grantedBy;
    private Instant grantedAt;
    private String revokeReason;
    private String revokedBy;
    private Instant revokedAt;
    /** The signed letter, once the OPD uploaded it (a newer upload replaces it; the history keeps every one). */
    private ConsentLetter letter;

    CustodyConsent() {
    }

    public static CustodyConsent grant(String opd, Collection<CustodyAction> actions, boolean allSystems,
            List<CustodyTarget> targets, LocalDate validFrom, LocalDate validUntil, String letterNumber, String notes,
            String by, LocalDate today, Instant now) {
        if (actions.isEmpty()) {
            throw new RuleViolationException("D7", "Persetujuan harus menyebut sedikitnya satu jenis tindakan.");
        }
        if (!allSystems && targets.isEmpty()) {
            throw new RuleViolationException("D7", "Persetujuan harus menyebut sistem atau dataset yang dicakup, "
                    + "atau mencakup semua sistem OPD.");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new RuleViolationException("D7", "Akhir masa berlaku (" + validUntil + ") sebelum awalnya ("
                    + validFrom + ").");
        }
        if (validUntil.isBefore(today)) {
            throw new RuleViolationException("D7", "Masa berlaku persetujuan sudah lewat (" + validUntil + ").");
        }
        CustodyConsent c = new CustodyConsent();
        c.id = UUID.randomUUID().toString();
        c.opd = opd;
        c.actions = EnumSet.copyOf(actions);
        c.allSystems = allSystems;
        c.targets = allSystems ? List.of() : List.copyOf(new ArrayList<>(targets.stream().distinct().toList()));
        c.validFrom = validFrom;
        c.validUntil = validUntil;
        c.letterNumber = blankToNull(letterNumber);
        c.notes = blankToNull(notes);
        c.status = Status.GRANTED;
        c.grantedBy = by;
        c.grantedAt = now;
        c.raise(new CustodyConsentGranted(UUID.randomUUID(), now, c.id, opd,
                c.actions.stream().map(Enum::name).sorted().toList(), allSystems, c.targets, validFrom, validUntil,
                c.letterNumber, by));
        return c;
    }

    public void revoke(String reason, String by, Instant now) {
        if (status == Status.REVOKED) {
            throw new StateConflictException("Persetujuan ini sudah dicabut.");
        }
        if (status == Status.EXPIRED) {
            throw new StateConflictException("Masa berlaku persetujuan ini sudah berakhir (" + validUntil + ").");
        }
        status = Status.REVOKED;
        revokeReason = reason.trim();
        revokedBy = by;
        revokedAt = now;
        raise(new CustodyConsentRevoked(UUID.randomUUID(), now, id, opd, revokeReason, by));
    }

    /** Checks, before any byte is stored, that a letter may be attached: only to a consent still granted (409). */
    public void checkLetterMayBeAttached() {
        if (status != Status.GRANTED) {
            throw new StateConflictException("Surat hanya dapat dilampirkan pada persetujuan yang masih berlaku; "
                    + "persetujuan ini " + (status == Status.REVOKED ? "sudah dicabut." : "sudah berakhir."));
        }
    }

    /** Records the stored letter (D7 × SEC3) and raises ConsentLetterAttached with its fingerprint and verdict. */
    public void attachLetter(ConsentLetter stored, Instant now) {
        checkLetterMayBeAttached();
        String replaced = letter == null ? null : letter.documentId();
        letter = stored;
        raise(new ConsentLetterAttached(UUID.randomUUID(), now, id, opd, stored.documentId(), stored.filename(),
                stored.sizeBytes(), stored.sha256(), stored.signatureStatus(), stored.signer(), replaced,
                stored.uploadedBy()));
    }

    /**
     * Marks a granted consent whose period ended before {@code today} as expired, raising CustodyConsentExpired once.
     *
     * @return whether it expired now (the caller saves only then)
     */
    public boolean expireIfLapsed(LocalDate today, Instant now) {
        if (status != Status.GRANTED || !today.isAfter(validUntil)) {
            return false;
        }
        status = Status.EXPIRED;
        raise(new CustodyConsentExpired(UUID.randomUUID(), now, id, opd, validUntil));
        return true;
    }

    /** Granted, not revoked, and {@code day} within the period (both ends included). */
    public boolean inForceOn(LocalDate day) {
        return status == Status.GRANTED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** Whether, in force on {@code day}, this consent lets Dinas do {@code action} to any of {@code systems}. */
    public boolean covers(CustodyAction action, Collection<CustodyTarget> systems, LocalDate day) {
        return inForceOn(day) && actions.contains(action)
                && (allSystems || systems.stream().anyMatch(targets::contains));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public Set<CustodyAction> actions() {
        return actions;
    }

    public boolean allSystems() {
        return allSystems;
    }

    public List<CustodyTarget> targets() {
        return targets;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String letterNumber() {
        return letterNumber;
    }

    public String notes() {
        return notes;
    }

    public Status status() {
        return status;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public ConsentLetter letter() {
        return letter;
    }
}
