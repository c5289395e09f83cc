package id.go.spbe.audit.evidence.domain;

import id.go.spbe.audit.evidence.domain.EvidenceEvents.EvidenceAccepted;
import id.go.spbe.audit.evidence.domain.EvidenceEvents.EvidenceProvided;
import id.go.spbe.audit.evidence.domain.EvidenceEvents.EvidenceRequested;
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
import java.util.UUID;

/**
 * A request of an audit team to the audited OPD for evidence (AU2 scope work): what, why, by when; the OPD's answers
 * (platform documents and a note) round by round; and the team's verdict. Each step checks the state (409) and raises
 * its event.
 */
@Document("evidence_requests")
public class EvidenceRequest extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String auditId;
    @Indexed
    private String auditedOpd;
    private String title;
    private String purpose;
    private LocalDate dueDate;
    private EvidenceStatus status;
    private int round;
    private String lastReason;
    private List<EvidenceSubmission> submissions = new ArrayList<>();
    private String acceptedBy;
    private String acceptedNote;
    private String requestedBy;
    private Instant requestedAt;
    private Instant updatedAt;

    EvidenceRequest() {
    }

    public static EvidenceRequest ask(String auditId, String auditedOpd, String title, String purpose,
            LocalDate dueDate, LocalDate today, String by, Instant now) {
        requireFuture(dueDate, today);
        EvidenceRequest r = new EvidenceRequest();
        r.id = UUID.randomUUID().toString();
        r.auditId = auditId;
        r.auditedOpd = auditedOpd;
        r.title = title;
        r.purpose = purpose;
        r.dueDate = dueDate;
        r.status = EvidenceStatus.REQUESTED;
        r.round = 1;
        r.requestedBy = by;
        r.requestedAt = now;
        r.updatedAt = now;
        r.raise(new EvidenceRequested(UUID.randomUUID(), now, r.id, auditId, auditedOpd, title, purpose, dueDate, 1,
                null, by));
        return r;
    }

    /** The audited OPD answers the open round with its uploaded documents (at least one) and a note. */
    public void provide(List<String> documentIds, String note, String by, Instant now) {
        answer(List.copyOf(documentIds), List.of(), note, by, now);
    }

    /** The audited OPD answers the open round with files it uploaded here (stored by the platform documents). */
    public void provideFiles(List<EvidenceFile> files, String note, String by, Instant now) {
        answer(files.stream().map(EvidenceFile::documentId).toList(), files, note, by, now);
    }

    /** 409 unless the round is open for an answer: checked before an upload reads a byte. */
    public void requireOpenRound() {
        if (status != EvidenceStatus.REQUESTED) {
            throw new StateConflictException("Bukti hanya dapat dikirim saat permintaan berstatus REQUESTED; "
                    + "permintaan ini " + status + ".");
        }
    }

    /** A file uploaded to this request in any round. */
    public java.util.Optional<EvidenceFile> file(String documentId) {
        return submissions.stream().flatMap(s -> s.files().stream())
                .filter(f -> f.documentId().equals(documentId)).findFirst();
    }

    private void answer(List<String> documents, List<EvidenceFile> files, String note, String by, Instant now) {
        requireOpenRound();
        submissions.add(new EvidenceSubmission(round, documents, files, note, by, now));
        status = EvidenceStatus.PROVIDED;
        updatedAt = now;
        raise(new EvidenceProvided(UUID.randomUUID(), now, id, auditId, auditedOpd, round, documents, note, by));
    }

    /** The team accepts the evidence provided: closed. */
    public void accept(String note, String by, Instant now) {
        requireProvided();
        status = EvidenceStatus.ACCEPTED;
        acceptedBy = by;
        acceptedNote = note;
        updatedAt = now;
        raise(new EvidenceAccepted(UUID.randomUUID(), now, id, auditId, auditedOpd, round, note, by));
    }

    /** The team asks again: a new round, with the reason and a new due date (not in the past, AU2). */
    public void askAgain(String reason, LocalDate newDueDate, LocalDate today, String by, Instant now) {
        requireProvided();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("AU2", "Permintaan ulang bukti wajib disertai alasan.");
        }
        requireFuture(newDueDate, today);
        round++;
        status = EvidenceStatus.REQUESTED;
        lastReason = reason.trim();
        dueDate = newDueDate;
        updatedAt = now;
        raise(new EvidenceRequested(UUID.randomUUID(), now, id, auditId, auditedOpd, title, purpose, dueDate, round,
                lastReason, by));
    }

    /** Waiting for the OPD past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == EvidenceStatus.REQUESTED && dueDate.isBefore(today);
    }

    private void requireProvided() {
        if (status != EvidenceStatus.PROVIDED) {
            throw new StateConflictException("Hanya bukti yang sudah dikirim (PROVIDED) yang dapat diterima atau "
                    + "diminta ulang; permintaan ini " + status + ".");
        }
    }

    private static void requireFuture(LocalDate dueDate, LocalDate today) {
        if (dueDate.isBefore(today)) {
            throw new RuleViolationException("AU2", "Batas waktu permintaan bukti tidak boleh sebelum hari ini ("
                    + today + ").");
        }
    }

    public String id() {
        return id;
    }

    public String auditId() {
        return auditId;
    }

    public String auditedOpd() {
        return auditedOpd;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public EvidenceStatus status() {
        return status;
    }

    public int round() {
        return round;
    }

    public String lastReason() {
        return lastReason;
    }

    public List<EvidenceSubmission> submissions() {
        return List.copyOf(submissions);
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public String acceptedNote() {
        return acceptedNote;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
