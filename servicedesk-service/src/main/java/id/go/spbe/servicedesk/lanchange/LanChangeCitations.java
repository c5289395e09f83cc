package id.go.spbe.servicedesk.lanchange;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.servicedesk.ticket.ChangeWorkflow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Per change (S6), the LAN change reports (N7) that cite it as their authorisation, from network-service's events.
 * Whoever may read the change may read them; another OPD's change, or a ticket that is not a change, is a 404.
 */
@Service
public class LanChangeCitations {

    private final LanChangeCitationRepository citations;
    private final ChangeWorkflow changes;

    LanChangeCitations(LanChangeCitationRepository citations, ChangeWorkflow changes) {
        this.citations = citations;
        this.changes = changes;
    }

    /** A report citing {@code ticketId} was filed; a redelivery rewrites the same record (keeps its status). */
    public void reported(String reportId, String ticketId, String opdCode, String what, LocalDate performedOn,
            long fromRevision, long toRevision, String reportedBy, Instant reportedAt) {
        if (citations.existsById(reportId)) {
            return;
        }
        citations.save(LanChangeCitation.reported(reportId, ticketId, opdCode, what, performedOn, fromRevision,
                toRevision, reportedBy, reportedAt));
    }

    /** Dinas acknowledged a report; reports that cite no change are not kept, so nothing to update for them. */
    public void acknowledged(String reportId, String by, Instant at) {
        citations.findById(reportId).ifPresent(citation -> {
            citation.acknowledged(by, at);
            citations.save(citation);
        });
    }

    public Page<LanChangeCitation> of(Caller caller, String changeId, Pageable page) {
        changes.get(caller, changeId);
        return citations.findByTicketId(changeId, page);
    }
}
