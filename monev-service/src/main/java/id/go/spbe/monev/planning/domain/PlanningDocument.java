package id.go.spbe.monev.planning.domain;

import id.go.spbe.monev.planning.domain.PlanningEvents.PlanningDocumentRegistered;
import id.go.spbe.monev.planning.domain.PlanningEvents.PlanningReviewOverdue;
import id.go.spbe.monev.planning.domain.PlanningEvents.PlanningReviewRecorded;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An SPBE planning document of the region (G4): architecture, roadmap or master plan, with its period, the decree
 * that set it, the platform document holding it, its review cadence and every review recorded. The next review falls
 * due one cadence after the decree or the last review (none once that is past the period); a due date that passes
 * without a review is overdue, flagged once per due date.
 */
@Document("planning_documents")
public class PlanningDocument extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private PlanningKind kind;
    private String title;
    private int periodStart;
    private int periodEnd;
    private String decreeNumber;
    private LocalDate decreeDate;
    private String documentId;
    private int reviewMonths;
    private List<PlanningReview> reviews = new ArrayList<>();
    @Indexed
    private LocalDate nextReviewDue;
    private LocalDate overdueFlaggedFor;
    private String registeredBy;
    private Instant registeredAt;
    private Instant updatedAt;

    PlanningDocument() {
    }

    /**
     * G4: the period runs {@code terms.periodYears()} years from {@code periodStart} (RL p7(3): architecture 5
     * years; BT p7(1): master plan 20); the decree date cannot be in the future.
     */
    public static PlanningDocument register(PlanningKind kind, PlanningTerms terms, String title, int periodStart,
            int periodEnd, String decreeNumber, LocalDate decreeDate, String documentId, String by, Instant now,
            LocalDate today) {
        if (periodEnd - periodStart + 1 != terms.periodYears()) {
            throw new RuleViolationException("G4", kind + " disusun untuk jangka waktu " + terms.periodYears()
                    + " tahun; periode " + periodStart + "–" + periodEnd + " adalah "
                    + (periodEnd - periodStart + 1) + " tahun.");
        }
        if (decreeDate.isAfter(today)) {
            throw new RuleViolationException("G4", "Tanggal penetapan " + decreeDate + " belum terjadi.");
        }
        PlanningDocument document = new PlanningDocument();
        document.id = UUID.randomUUID().toString();
        document.kind = kind;
        document.title = title;
        document.periodStart = periodStart;
        document.periodEnd = periodEnd;
        document.decreeNumber = decreeNumber;
        document.decreeDate = decreeDate;
        document.documentId = documentId;
        document.reviewMonths = terms.reviewMonths();
        document.nextReviewDue = document.dueAfter(decreeDate);
        document.registeredBy = by;
        document.registeredAt = now;
        document.updatedAt = now;
        document.raise(new PlanningDocumentRegistered(UUID.randomUUID(), now, document.id, kind, title, periodStart,
                periodEnd, decreeNumber, decreeDate, documentId, document.reviewMonths, document.nextReviewDue, by));
        return document;
    }

    /**
     * G4: a review on {@code reviewedOn} (not in the future, not before the decree or the last review) sets the next
     * due date one cadence later.
     */
    public void recordReview(LocalDate reviewedOn, String summary, String reviewDecree, String reviewDocumentId,
            String by, Instant now, LocalDate today) {
        if (reviewedOn.isAfter(today)) {
            throw new RuleViolationException("G4", "Tanggal reviu " + reviewedOn + " belum terjadi.");
        }
        LocalDate earliest = reviews.isEmpty() ? decreeDate : reviews.get(reviews.size() - 1).reviewedOn();
        if (reviewedOn.isBefore(earliest)) {
            throw new RuleViolationException("G4", "Tanggal reviu " + reviewedOn + " sebelum "
                    + (reviews.isEmpty() ? "penetapan dokumen" : "reviu terakhir") + " (" + earliest + ").");
        }
        reviews.add(new PlanningReview(reviewedOn, summary, reviewDecree, reviewDocumentId, by, now));
        nextReviewDue = dueAfter(reviewedOn);
        updatedAt = now;
        raise(new PlanningReviewRecorded(UUID.randomUUID(), now, id, kind, reviewedOn, summary, reviewDecree,
                reviewDocumentId, nextReviewDue, by));
    }

    /** One cadence after {@code from}; null when that falls after the period (no review due any more). */
    private LocalDate dueAfter(LocalDate from) {
        LocalDate due = from.plusMonths(reviewMonths);
        return due.getYear() > periodEnd ? null : due;
    }

    /** Whether the review due inside the period has passed unrecorded on {@code today}. */
    public boolean overdue(LocalDate today) {
        return nextReviewDue != null && today.isAfter(nextReviewDue);
    }

    /** G4: raises PlanningReviewOverdue once per due date; true when it did (the caller saves). */
    public boolean flagOverdue(LocalDate today, Instant now) {
        if (!overdue(today) || nextReviewDue.equals(overdueFlaggedFor)) {
            return false;
        }
        overdueFlaggedFor = nextReviewDue;
        updatedAt = now;
        raise(new PlanningReviewOverdue(UUID.randomUUID(), now, id, kind, title, nextReviewDue,
                ChronoUnit.DAYS.between(nextReviewDue, today)));
        return true;
    }

    public String id() {
        return id;
    }

    public PlanningKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public int periodStart() {
        return periodStart;
    }

    public int periodEnd() {
        return periodEnd;
    }

    public String decreeNumber() {
        return decreeNumber;
    }

    public LocalDate decreeDate() {
        return decreeDate;
    }

    public String documentId() {
        return documentId;
    }

    public int reviewMonths() {
        return reviewMonths;
    }

    public List<PlanningReview> reviews() {
        return List.copyOf(reviews);
    }

    public LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public LocalDate overdueFlaggedFor() {
        return overdueFlaggedFor;
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
