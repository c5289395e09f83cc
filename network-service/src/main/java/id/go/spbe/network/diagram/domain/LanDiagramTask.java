package id.go.spbe.network.diagram.domain;

import id.go.spbe.network.diagram.domain.LanDiagramEvents.LanDiagramAccepted;
import id.go.spbe.network.diagram.domain.LanDiagramEvents.LanDiagramOverdue;
import id.go.spbe.network.diagram.domain.LanDiagramEvents.LanDiagramReturned;
import id.go.spbe.network.diagram.domain.LanDiagramEvents.LanDiagramSubmitted;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One OPD's yearly LAN diagram (N6) in one campaign: due by {@code dueDate}; the LAN's steward submits snapshots,
 * Dinas accepts one or returns it with a reason. Id {@code <year>-<opd>}. The overdue event is raised at most once
 * ({@code overdueRaisedAt}), and the optimistic version makes two replicas' sweeps agree on who raised it.
 */
@Document("lan_diagram_tasks")
public class LanDiagramTask extends AggregateRoot {

    private static final EnumSet<LanDiagramTaskStatus> AWAITING_STEWARD = EnumSet.of(LanDiagramTaskStatus.OPEN,
            LanDiagramTaskStatus.RETURNED);

    @Id
    private String id;
    @Indexed
    private int year;
    @Indexed
    private String opdCode;
    private LocalDate dueDate;
    private LanDiagramTaskStatus status;
    private List<Submission> submissions = new ArrayList<>();
    private String reviewedBy;
    private Instant reviewedAt;
    private String returnReason;
    private Instant overdueRaisedAt;
    private Instant openedAt;

    LanDiagramTask() {
    }

    public static String idOf(int year, String opdCode) {
        return year + "-" + opdCode;
    }

    public static LanDiagramTask open(int year, String opdCode, LocalDate dueDate, Instant now) {
        LanDiagramTask task = new LanDiagramTask();
        task.id = idOf(year, opdCode);
        task.year = year;
        task.opdCode = opdCode;
        task.dueDate = dueDate;
        task.status = LanDiagramTaskStatus.OPEN;
        task.openedAt = now;
        return task;
    }

    /** Records a submission (OPEN or RETURNED only: 409 while one awaits review or once accepted). */
    public void submit(Submission submission, LocalDate today, Instant now) {
        if (!AWAITING_STEWARD.contains(status)) {
            throw new StateConflictException("Diagram LAN " + opdCode + " tahun " + year + " berstatus " + status
                    + (status == LanDiagramTaskStatus.SUBMITTED ? "; tunggu hasil pemeriksaan Dinas." : "."));
        }
        submissions.add(submission.late(today.isAfter(dueDate)));
        status = LanDiagramTaskStatus.SUBMITTED;
        returnReason = null;
        Attachment file = submission.attachment();
        raise(new LanDiagramSubmitted(UUID.randomUUID(), now, id, opdCode, year, dueDate, submission.number(),
                submission.revision(), submission.uncoveredRevisions().size(), file != null,
                file == null ? null : file.signatureStatus(), today.isAfter(dueDate), submission.submittedBy()));
    }

    public void accept(String actor, Instant now) {
        requireSubmitted("diterima");
        status = LanDiagramTaskStatus.ACCEPTED;
        reviewedBy = actor;
        reviewedAt = now;
        Submission last = latest().orElseThrow();
        raise(new LanDiagramAccepted(UUID.randomUUID(), now, id, opdCode, year, last.number(), last.revision(),
                last.late(), actor));
    }

    public void giveBack(String reason, String actor, Instant now) {
        requireSubmitted("dikembalikan");
        status = LanDiagramTaskStatus.RETURNED;
        reviewedBy = actor;
        reviewedAt = now;
        returnReason = reason.strip();
        raise(new LanDiagramReturned(UUID.randomUUID(), now, id, opdCode, year, latest().orElseThrow().number(),
                returnReason, actor));
    }

    /**
     * Raises {@code LanDiagramOverdue} when the due date has passed ({@code today}, the region's date) and the
     * steward still owes a submission; once per task. Returns whether it did.
     */
    public boolean markOverdue(LocalDate today, Instant now) {
        if (overdueRaisedAt != null || !today.isAfter(dueDate) || !AWAITING_STEWARD.contains(status)) {
            return false;
        }
        overdueRaisedAt = now;
        raise(new LanDiagramOverdue(UUID.randomUUID(), now, id, opdCode, year, dueDate, status.name()));
        return true;
    }

    private void requireSubmitted(String verb) {
        if (status != LanDiagramTaskStatus.SUBMITTED) {
            throw new StateConflictException("Diagram LAN " + opdCode + " tahun " + year + " berstatus " + status
                    + " sehingga tidak dapat " + verb + ".");
        }
    }

    public Optional<Submission> latest() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String opdCode() {
        return opdCode;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LanDiagramTaskStatus status() {
        return status;
    }

    public List<Submission> submissions() {
        return Collections.unmodifiableList(submissions);
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public Instant overdueRaisedAt() {
        return overdueRaisedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
