package id.go.spbe.audit.finding.domain;

import id.go.spbe.audit.finding.domain.FindingEvents.FindingCarriedOver;
import id.go.spbe.audit.finding.domain.FindingEvents.FindingClosed;
import id.go.spbe.audit.finding.domain.FindingEvents.FindingOpened;
import id.go.spbe.audit.finding.domain.FindingEvents.FindingStatusChanged;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A finding (temuan) of an audit (AU7): what is wrong, why it matters, what to do, which OPD owns the follow-up and
 * by when; and where its follow-up stands. Each step is one method that checks the state (409) and raises its event.
 */
@Document("findings")
public class Finding extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String auditId;
    private String auditKind;
    private FindingDetails details;
    @Indexed
    private String ownerOpd;
    private FindingStatus status;
    private String lastNote;
    private String acceptedBy;
    private String acceptedReason;
    private String verifiedBy;
    private String openedBy;
    private Instant openedAt;
    private Instant updatedAt;
    /** Later audits that follow this finding up, oldest first (carried over while open). */
    private List<String> carriedOverTo = new ArrayList<>();
    /** Files the owner OPD uploaded with its resolutions, oldest first (kept when the finding is sent back). */
    private List<RemediationFile> remediationFiles = new ArrayList<>();

    Finding() {
    }

    public static Finding open(String auditId, String auditKind, FindingDetails details, String by, Instant now) {
        Finding f = new Finding();
        f.id = UUID.randomUUID().toString();
        f.auditId = auditId;
        f.auditKind = auditKind;
        f.details = details;
        f.ownerOpd = details.ownerOpd();
        f.status = FindingStatus.IDENTIFIED;
        f.openedBy = by;
        f.openedAt = now;
        f.updatedAt = now;
        f.raise(new FindingOpened(UUID.randomUUID(), now, f.id, auditId, auditKind, details.title(),
                details.severity(), f.ownerOpd, details.dueDate(), details.recommendation(), by));
        return f;
    }

    /**
     * Carries this open finding over to {@code nextAuditId}, the next cycle's audit of the same object and kind: it
     * is listed and verified there. Closed findings stay behind.
     *
     * @return false when closed or already carried there (no write, no event)
     */
    public boolean carryOverTo(String nextAuditId, String by, Instant now) {
        if (status.closed() || followedUpIn(nextAuditId)) {
            return false;
        }
        String from = currentAuditId();
        carriedOverTo.add(nextAuditId);
        updatedAt = now;
        raise(new FindingCarriedOver(UUID.randomUUID(), now, id, auditId, from, nextAuditId, ownerOpd, status, by));
        return true;
    }

    /** Whether {@code someAuditId} follows this finding up: the audit that found it or one it was carried to. */
    public boolean followedUpIn(String someAuditId) {
        return auditId.equals(someAuditId) || carriedOverTo.contains(someAuditId);
    }

    /** The audit following it up now: the latest it was carried to, else the one that found it. */
    public String currentAuditId() {
        return carriedOverTo.isEmpty() ? auditId : carriedOverTo.get(carriedOverTo.size() - 1);
    }

    public List<String> carriedOverTo() {
        return List.copyOf(carriedOverTo);
    }

    public void confirm(String note, String by, Instant now) {
        move(FindingStatus.CONFIRMED, note, by, now);
    }

    public void startRemediation(String note, String by, Instant now) {
        move(FindingStatus.IN_REMEDIATION, note, by, now);
    }

    public void resolve(String note, String by, Instant now) {
        move(FindingStatus.RESOLVED, note, by, now);
    }

    /**
     * The owner OPD reports the remediation done with its proof (files already stored in the platform documents):
     * the verifier reads them before verifying or sending the finding back.
     */
    public void resolveWithFiles(List<RemediationFile> files, String note, String by, Instant now) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a resolution with files needs at least one file");
        }
        move(FindingStatus.RESOLVED, note, by, now);
        if (remediationFiles == null) {
            remediationFiles = new ArrayList<>();
        }
        remediationFiles.addAll(files);
    }

    /** 409 unless the finding may be resolved now: checked before any file is stored. */
    public void requireResolvable() {
        require(FindingStatus.RESOLVED);
    }

    /** The auditor does not accept the resolution: back to remediation, saying why. */
    public void reopen(String reason, String by, Instant now) {
        if (status != FindingStatus.RESOLVED) {
            throw new StateConflictException("Hanya temuan RESOLVED yang dapat dikembalikan ke perbaikan.");
        }
        move(FindingStatus.IN_REMEDIATION, reason, by, now);
    }

    /** Verified at the re-audit: closed. */
    public void verify(String note, String by, Instant now) {
        require(FindingStatus.VERIFIED);
        status = FindingStatus.VERIFIED;
        verifiedBy = by;
        lastNote = note;
        updatedAt = now;
        raise(new FindingClosed(UUID.randomUUID(), now, id, auditId, ownerOpd, status, note, by));
    }

    /** The risk is accepted instead of remedied: who accepts it and why are required (AU7 follow-up status). */
    public void acceptRisk(String reason, String by, Instant now) {
        require(FindingStatus.ACCEPTED_RISK);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("AU7", "Penerimaan risiko wajib disertai alasan.");
        }
        status = FindingStatus.ACCEPTED_RISK;
        acceptedBy = by;
        acceptedReason = reason.trim();
        lastNote = acceptedReason;
        updatedAt = now;
        raise(new FindingClosed(UUID.randomUUID(), now, id, auditId, ownerOpd, status, acceptedReason, by));
    }

    private void move(FindingStatus to, String note, String by, Instant now) {
        require(to);
        FindingStatus from = status;
        status = to;
        lastNote = note;
        updatedAt = now;
        raise(new FindingStatusChanged(UUID.randomUUID(), now, id, auditId, ownerOpd, from, to, note, by));
    }

    private void require(FindingStatus target) {
        if (!status.next().contains(target)) {
            throw new StateConflictException("Temuan berstatus " + status + " tidak dapat berpindah ke " + target
                    + "; yang mungkin: " + status.next() + ".");
        }
    }

    /** Open and past its due date on {@code today} (AU7 follow-up). */
    public boolean overdueOn(LocalDate today) {
        return !status.closed() && details.dueDate().isBefore(today);
    }

    public String id() {
        return id;
    }

    public String auditId() {
        return auditId;
    }

    public String auditKind() {
        return auditKind;
    }

    public FindingDetails details() {
        return details;
    }

    public String ownerOpd() {
        return ownerOpd;
    }

    public FindingStatus status() {
        return status;
    }

    public String lastNote() {
        return lastNote;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public String acceptedReason() {
        return acceptedReason;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Files uploaded with resolutions (documents written before files existed have none). */
    public List<RemediationFile> remediationFiles() {
        return remediationFiles == null ? List.of() : List.copyOf(remediationFiles);
    }

    public Optional<RemediationFile> remediationFile(String documentId) {
        return remediationFiles().stream().filter(f -> f.documentId().equals(documentId)).findFirst();
    }
}
