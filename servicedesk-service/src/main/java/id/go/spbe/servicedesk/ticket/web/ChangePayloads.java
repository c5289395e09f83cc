package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.servicedesk.ticket.domain.ChangeStep;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.ApplicationView;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the change API (S6). */
final class ChangePayloads {

    private ChangePayloads() {
    }

    /** The note of a stage (what was analysed, built, implemented, evaluated); missing or blank is a 422 S6. */
    record StageRequest(@Size(max = 8000) @Nullable String note) {
    }

    /** The reason a change is refused; missing or blank is a 422 S6. */
    record RefusalRequest(@Size(max = 4000) @Nullable String reason) {
    }

    record StepView(ChangeStep.Kind step, TicketStatus stage, String by, Instant at, String note) {

        static StepView of(ChangeStep s) {
            return new StepView(s.kind(), s.stage(), s.by(), s.at(), s.note());
        }
    }

    /**
     * A change with every stage it went through. {@code approverRole}: who decides on it in this region;
     * {@code nextSteps}: the steps its stage allows now (whoever may take them).
     */
    record ChangeView(String id, String title, String description, String requesterOpd, String requester,
            @Nullable ApplicationView affectedApplication, @Nullable String affectedSite, Priority priority,
            TicketStatus stage, Tier tier, @Nullable String assignee, Instant openedAt, @Nullable Instant closedAt,
            Instant updatedAt, String approverRole, List<ChangeStep.Kind> nextSteps, List<StepView> steps) {

        static ChangeView of(Ticket t, String approverRole) {
            List<ChangeStep.Kind> next = java.util.Arrays.stream(ChangeStep.Kind.values())
                    .filter(k -> k.decision() == (t.status() == TicketStatus.APPROVAL)
                            && t.type().next(t.status()).contains(k.to()))
                    .toList();
            return new ChangeView(t.id(), t.title(), t.description(), t.requesterOpd(), t.requester(),
                    ApplicationView.of(t.affectedApplication()), t.affectedSite(), t.priority(), t.status(),
                    t.tier(), t.assignee(), t.openedAt(), t.closedAt(), t.updatedAt(), approverRole, next,
                    t.changeSteps().stream().map(StepView::of).toList());
        }
    }

    /** A change in a list. */
    record ChangeSummary(String id, String title, String requesterOpd, @Nullable ApplicationView affectedApplication,
            Priority priority, TicketStatus stage, Tier tier, @Nullable String assignee, Instant openedAt,
            Instant updatedAt) {

        static ChangeSummary of(Ticket t) {
            return new ChangeSummary(t.id(), t.title(), t.requesterOpd(), ApplicationView.of(t.affectedApplication()),
                    t.priority(), t.status(), t.tier(), t.assignee(), t.openedAt(), t.updatedAt());
        }
    }
}
