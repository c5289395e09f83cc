package id.go.spbe.audit.assessment.domain;

import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityAssessmentCancelled;
import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityAssessmentCompleted;
import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityAssessmentPlanned;
import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityFindingOpened;
import id.go.spbe.audit.assessment.domain.SecurityAssessmentEvents.SecurityFindingResolved;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A security assessment Dinas performs at one OPD (AU8: Dinas assesses the information security of each OPD and
 * provides security services, MB p23(4), SM p23(4), RL p32): what kind, what it covers, when, what it found. Findings
 * are owned by the assessed OPD and feed the service desk. Each step checks the state (409) and raises its event.
 */
@Document("security_assessments")
public class SecurityAssessment extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String opd;
    private AssessmentType type;
    private String title;
    private String scope;
    private String objectId;
    private LocalDate plannedOn;
    private AssessmentStatus status;
    private LocalDate completedOn;
    private String summary;
    private String cancelReason;
    private List<AssessmentFinding> findings = new ArrayList<>();
    private List<AssessmentFile> files = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    SecurityAssessment() {
    }

    public static SecurityAssessment plan(String opd, AssessmentType type, String title, @Nullable String scope,
            @Nullable String objectId, LocalDate plannedOn, String by, Instant now) {
        SecurityAssessment a = new SecurityAssessment();
        a.id = UUID.randomUUID().toString();
        a.opd = opd;
        a.type = type;
        a.title = title;
        a.scope = scope;
        a.objectId = objectId;
        a.plannedOn = plannedOn;
        a.status = AssessmentStatus.PLANNED;
        a.createdBy = by;
        a.createdAt = now;
        a.updatedAt = now;
        a.raise(new SecurityAssessmentPlanned(UUID.randomUUID(), now, a.id, opd, type, title, plannedOn, objectId,
                by));
        return a;
    }

    /**
     * Records a finding for the assessed OPD, due {@code dueDate} (not before {@code today}, 422 AU8): while the
     * assessment runs or after it completed (a report may come later), never once cancelled (409).
     */
    public AssessmentFinding recordFinding(String title, @Nullable String description, Severity severity,
            String recommendation, LocalDate dueDate, String by, LocalDate today, Instant now) {
        if (status == AssessmentStatus.CANCELLED) {
            throw new StateConflictException("Asesmen keamanan " + id + " dibatalkan; temuan tidak dapat dicatat.");
        }
        if (dueDate.isBefore(today)) {
            throw new RuleViolationException("AU8", "Batas waktu tindak lanjut temuan tidak boleh sebelum hari ini ("
                    + today + ").");
        }
        AssessmentFinding finding = new AssessmentFinding(UUID.randomUUID().toString(), title, description, severity,
                recommendation, dueDate, false, by, now, null, null, null);
        findings.add(finding);
        updatedAt = now;
        raise(new SecurityFindingOpened(UUID.randomUUID(), now, id, opd, finding.id(),
                SecurityAssessmentEvents.SOURCE, type, title, severity, opd, dueDate, recommendation, by));
        return finding;
    }

    /** The finding was remedied (the OPD or Dinas says how); a second time is 409. */
    public void resolveFinding(String findingId, String resolution, String by, LocalDate today, Instant now) {
        int index = indexOf(findingId);
        AssessmentFinding finding = findings.get(index);
        if (finding.resolved()) {
            throw new StateConflictException("Temuan " + findingId + " sudah diselesaikan.");
        }
        findings.set(index, finding.resolve(resolution, by, now));
        updatedAt = now;
        raise(new SecurityFindingResolved(UUID.randomUUID(), now, id, opd, findingId, SecurityAssessmentEvents.SOURCE,
                resolution, today.isAfter(finding.dueDate()), by));
    }

    /** Done on {@code completedOn} (not after today, 422 AU8), with a summary; only from PLANNED (409). */
    public void complete(LocalDate on, String summaryText, String by, LocalDate today, Instant now) {
        if (status != AssessmentStatus.PLANNED) {
            throw new StateConflictException("Asesmen keamanan " + id + " berstatus " + status + ".");
        }
        if (on.isAfter(today)) {
            throw new RuleViolationException("AU8", "Tanggal selesai asesmen tidak boleh setelah hari ini (" + today
                    + ").");
        }
        status = AssessmentStatus.COMPLETED;
        completedOn = on;
        summary = summaryText;
        updatedAt = now;
        raise(new SecurityAssessmentCompleted(UUID.randomUUID(), now, id, opd, type, on, summaryText, findings.size(),
                openFindings(), by));
    }

    /** Called off with a reason; only from PLANNED (409). */
    public void cancel(String reason, String by, Instant now) {
        if (status != AssessmentStatus.PLANNED) {
            throw new StateConflictException("Asesmen keamanan " + id + " berstatus " + status + ".");
        }
        status = AssessmentStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
        raise(new SecurityAssessmentCancelled(UUID.randomUUID(), now, id, opd, reason, by));
    }

    /** Most report files one assessment holds. */
    public static final int MAX_FILES = 30;

    /** Report files may be attached while planned or after completion (a report may come later), not once cancelled. */
    public void requireAttachable(int adding) {
        if (status == AssessmentStatus.CANCELLED) {
            throw new StateConflictException("Asesmen keamanan " + id + " dibatalkan; berkas tidak dapat dilampirkan.");
        }
        if (files().size() + adding > MAX_FILES) {
            throw new id.go.spbe.platform.problem.InvalidRequestException("file", "Asesmen keamanan paling banyak "
                    + "memuat " + MAX_FILES + " berkas; sudah ada " + files().size() + ".");
        }
    }

    public void attach(List<AssessmentFile> added, String by, Instant now) {
        requireAttachable(added.size());
        if (files == null) {
            files = new ArrayList<>();
        }
        files.addAll(added);
        updatedAt = now;
        raise(new SecurityAssessmentEvents.SecurityAssessmentFilesAttached(UUID.randomUUID(), now, id, opd, status,
                added.size(), files.size(), by));
    }

    public java.util.Optional<AssessmentFile> file(String documentId) {
        return files().stream().filter(f -> f.documentId().equals(documentId)).findFirst();
    }

    public List<AssessmentFile> files() {
        return files == null ? List.of() : List.copyOf(files);
    }

    public int openFindings() {
        return (int) findings.stream().filter(f -> !f.resolved()).count();
    }

    private int indexOf(String findingId) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).id().equals(findingId)) {
                return i;
            }
        }
        throw new NotFoundException("security-assessment finding", findingId);
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public AssessmentType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String scope() {
        return scope;
    }

    public String objectId() {
        return objectId;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public AssessmentStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String summary() {
        return summary;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<AssessmentFinding> findings() {
        return List.copyOf(findings);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
