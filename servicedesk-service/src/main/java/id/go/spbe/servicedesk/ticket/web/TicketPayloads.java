package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.servicedesk.ticket.TicketRow;
import id.go.spbe.servicedesk.ticket.domain.AffectedApplication;
import id.go.spbe.servicedesk.ticket.domain.AffectedSite;
import id.go.spbe.servicedesk.ticket.domain.Attachment;
import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Comment;
import id.go.spbe.servicedesk.ticket.domain.Escalation;
import id.go.spbe.servicedesk.ticket.domain.EvidenceItem;
import id.go.spbe.servicedesk.ticket.domain.Level;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.Resolution;
import id.go.spbe.servicedesk.ticket.domain.Satisfaction;
import id.go.spbe.servicedesk.ticket.domain.SlaState;
import id.go.spbe.servicedesk.ticket.domain.SlaSummary;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketSource;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the ticket API. */
final class TicketPayloads {

    private TicketPayloads() {
    }

    /**
     * A new ticket (S1). The opening time is the server's; a body cannot set it. {@code requesterOpd}: only Dinas
     * names another OPD. {@code reportedBy}: who raised it outside the platform (a citizen's complaint forwarded by
     * an OPD's system).
     */
    record TicketForm(@NotNull TicketType type, @NotNull Category category, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 8000) String description, @NotNull Level impact, @NotNull Level urgency,
            @Size(max = 100) @Nullable String affectedApplicationId, @Size(max = 200) @Nullable String affectedSite,
            @Size(max = 200) @Nullable String reportedBy, @Size(max = 30) @Nullable String requesterOpd,
            @Size(max = 100) @Nullable String affectedSiteId) {

        NewTicket toNewTicket() {
            return new NewTicket(type, category, title, description, impact, urgency, affectedSite, reportedBy);
        }
    }

    record AssignRequest(@NotBlank @Size(max = 100) String assignee) {
    }

    record CommentRequest(@NotBlank @Size(max = 8000) String text, @Nullable Boolean internal) {
    }

    /** A question to the requester; missing or blank is a 422 S5. */
    record QuestionRequest(@Size(max = 4000) @Nullable String question) {
    }

    /** A reason (escalation S3, reopening S5); missing or blank is a 422 naming the obligation. */
    record ReasonRequest(@Size(max = 2000) @Nullable String reason) {
    }

    record PriorityRequest(@NotNull Level impact, @NotNull Level urgency, @Size(max = 2000) @Nullable String reason) {
    }

    record RootCauseRequest(@Size(max = 4000) @Nullable String rootCause) {
    }

    /** The resolution note the requester reads; missing or blank is a 422 S1. */
    record ResolveRequest(@Size(max = 8000) @Nullable String resolutionNote, @Nullable Boolean resolveChildren) {
    }

    /** CSAT: 1–5 and an optional comment. */
    record SatisfactionRequest(@NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(5)
            Integer score, @Size(max = 2000) @Nullable String comment) {
    }

    record SatisfactionView(int score, @Nullable String comment, String by, Instant at) {

        static @Nullable SatisfactionView of(@Nullable Satisfaction s) {
            return s == null ? null : new SatisfactionView(s.score(), s.comment(), s.by(), s.at());
        }
    }

    /** The problem (MASALAH) to group this incident or complaint under. */
    record ProblemLinkRequest(@NotBlank @Size(max = 100) @jakarta.validation.constraints.Pattern(
            regexp = "^[0-9a-fA-F-]{1,100}$") String problemId) {
    }

    record ApplicationView(String id, String name, String ownerOpd) {

        static @Nullable ApplicationView of(@Nullable AffectedApplication a) {
            return a == null ? null : new ApplicationView(a.id(), a.name(), a.ownerOpd());
        }
    }

    /** The registered site as copied when the ticket was opened. */
    record SiteView(String id, String name, @Nullable String address) {

        static @Nullable SiteView of(@Nullable AffectedSite s) {
            return s == null ? null : new SiteView(s.id(), s.name(), s.address());
        }
    }

    record EscalationView(Tier from, Tier to, String reason, boolean automatic, String by, Instant at) {

        static EscalationView of(Escalation e) {
            return new EscalationView(e.from(), e.to(), e.reason(), e.automatic(), e.by(), e.at());
        }
    }

    record EvidenceView(String code, String label, boolean secured, @Nullable String securedBy,
            @Nullable Instant securedAt) {

        static EvidenceView of(EvidenceItem e) {
            return new EvidenceView(e.code(), e.label(), e.secured(), e.securedBy(), e.securedAt());
        }
    }

    record ResolutionView(String note, String by, Instant at) {

        static @Nullable ResolutionView of(@Nullable Resolution r) {
            return r == null ? null : new ResolutionView(r.note(), r.by(), r.at());
        }
    }

    /** One ticket. {@code openedAt} is immutable; {@code routingReason} says why it did not land at Tier 1. */
    record TicketResponse(String id, TicketType type, Category category, String title, String description,
            Level impact, Level urgency, Priority priority, String requesterOpd, String requester,
            @Nullable String reportedBy, String channel, @Nullable ApplicationView affectedApplication,
            @Nullable String affectedSite, Instant openedAt, TicketStatus status, Tier tier,
            @Nullable String assignee, @Nullable String routingReason, @Nullable String rootCause,
            @Nullable String problemId, @Nullable ResolutionView resolution, @Nullable Instant closedAt,
            @Nullable SatisfactionView satisfaction, Instant updatedAt,
            List<EscalationView> escalations, List<EvidenceView> evidenceChecklist,
            List<AttachmentView> attachments, @Nullable TicketSourceView source,
            @Nullable SiteView affectedRegisteredSite) {

        static TicketResponse of(Ticket t) {
            return new TicketResponse(t.id(), t.type(), t.category(), t.title(), t.description(), t.impact(),
                    t.urgency(), t.priority(), t.requesterOpd(), t.requester(), t.reportedBy(), t.channel(),
                    ApplicationView.of(t.affectedApplication()), t.affectedSite(), t.openedAt(), t.status(),
                    t.tier(), t.assignee(), t.routingReason(), t.rootCause(), t.problemId(),
                    ResolutionView.of(t.resolution()),
                    t.closedAt(), SatisfactionView.of(t.satisfaction()), t.updatedAt(), t.escalations().stream().map(EscalationView::of).toList(),
                    t.evidenceChecklist().stream().map(EvidenceView::of).toList(),
                    t.attachments().stream().map(AttachmentView::of).toList(), TicketSourceView.of(t.source()),
                    SiteView.of(t.affectedRegisteredSite()));
        }
    }

    /**
     * Why an automatic ticket exists (null for tickets people or OPD systems opened): the other service's event that
     * opened it. {@code eventTime} is when the source saw it; the ticket's {@code openedAt} is the desk's clock.
     */
    record TicketSourceView(String service, String eventType, String subjectType, String subjectId, String eventId,
            Instant eventTime, @Nullable LocalDate dueDate) {

        static @Nullable TicketSourceView of(@Nullable TicketSource s) {
            return s == null ? null : new TicketSourceView(s.service(), s.eventType(), s.subjectType(), s.subjectId(),
                    s.eventId(), s.eventTime(), s.dueDate());
        }
    }

    /**
     * A ticket in a queue or list, with its SLA in one word (S5): {@code slaState} sums the service clocks the way
     * {@code /tickets/{id}/sla} computes them; {@code nextDueAt} is the earliest due instant of a running one (null
     * when none runs, e.g. while paused).
     */
    record TicketSummary(String id, TicketType type, Category category, String title, Priority priority,
            String requesterOpd, Instant openedAt, TicketStatus status, Tier tier, @Nullable String assignee,
            @Nullable String routingReason, @Nullable String problemId, Instant updatedAt,
            @Nullable String sourceService, SlaState slaState, @Nullable Instant nextDueAt) {

        static TicketSummary of(TicketRow t, SlaSummary sla) {
            return new TicketSummary(t.id(), t.type(), t.category(), t.title(), t.priority(), t.requesterOpd(),
                    t.openedAt(), t.status(), t.tier(), t.assignee(), t.routingReason(), t.problemId(),
                    t.updatedAt(), t.sourceService(), sla.state(), sla.nextDueAt());
        }
    }

    record AttachmentView(String fileId, String filename, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.fileId(), a.filename(), a.mediaType(), a.sizeBytes(), a.sha256(),
                    a.uploadedBy(), a.uploadedAt());
        }
    }

    record CommentView(String id, String author, boolean byAgent, boolean internal, String text, Instant at) {

        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.author(), c.byAgent(), c.internal(), c.text(), c.at());
        }
    }
}
