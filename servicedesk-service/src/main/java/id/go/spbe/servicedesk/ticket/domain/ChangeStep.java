package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/**
 * One recorded step of a change (S6): who moved it to which stage, when, with what note. A change's steps only grow
 * and follow {@link TicketType#next(TicketStatus)} for PERUBAHAN, so no stage can be skipped.
 *
 * @param stage the status the change entered
 */
public record ChangeStep(Kind kind, TicketStatus stage, String by, Instant at, String note) {

    /** The steps, each the one legal way into its stage. */
    public enum Kind {
        /** The request (owned change) goes into analysis. */
        ANALYSIS_STARTED(TicketStatus.ANALYSIS),
        /** The analysis is done and the change waits for its approver's decision. */
        SUBMITTED_FOR_APPROVAL(TicketStatus.APPROVAL),
        /** The approver agreed: development may start. Only the approver role takes this step. */
        APPROVED(TicketStatus.DEVELOPMENT),
        /** The approver refused, with a reason: the change is closed. Only the approver role takes this step. */
        REFUSED(TicketStatus.CLOSED),
        /** Development is done; the change is being implemented. */
        IMPLEMENTATION_STARTED(TicketStatus.IMPLEMENTATION),
        /** The change is in production; monitoring and evaluation run. */
        IMPLEMENTED(TicketStatus.EVALUATION),
        /** Monitoring and evaluation concluded: the change is closed. */
        EVALUATED(TicketStatus.CLOSED);

        private final TicketStatus to;

        Kind(TicketStatus to) {
            this.to = to;
        }

        public TicketStatus to() {
            return to;
        }

        /** The approval decision belongs to the role the profile names, not to the desk's agents. */
        public boolean decision() {
            return this == APPROVED || this == REFUSED;
        }
    }
}
