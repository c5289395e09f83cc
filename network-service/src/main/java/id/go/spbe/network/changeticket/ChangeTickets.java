package id.go.spbe.network.changeticket;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The read model of servicedesk's changes (S6) and the rule for citing one on a LAN change report (N7): the cited
 * ticket must be a PERUBAHAN of the report's OPD that was approved (development, implementation, evaluation, or
 * closed after approval). Kept from servicedesk's ticket events by {@code messaging.ServicedeskChangeListener}.
 */
@Service
public class ChangeTickets {

    private final ChangeTicketRepository tickets;
    private final MongoOperations mongo;
    private final OpdReferences opds;

    ChangeTickets(ChangeTicketRepository tickets, MongoOperations mongo, OpdReferences opds) {
        this.tickets = tickets;
        this.mongo = mongo;
        this.opds = opds;
    }

    /** A PERUBAHAN ticket was opened (other ticket types are not kept). */
    public void opened(String ticketId, String opdCode, Opening opening, Instant at) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseGet(() -> ChangeTicket.known(ticketId, opdCode));
        ticket.openedAs(opening.title(), opening.category(), opening.affectedSite(), opening.affectedApplicationId(),
                opening.openedAt(), opening.openedBy());
        ticket.moveTo("NEW", at);
        tickets.save(ticket);
    }

    /** A ticket moved stage; only changes already known are followed (other types' stages are not kept). */
    public void stageChanged(String ticketId, String stage, Instant at) {
        tickets.findById(ticketId).ifPresent(ticket -> {
            ticket.moveTo(stage, at);
            tickets.save(ticket);
        });
    }

    public void approved(String ticketId, String opdCode, String title, String applicationId, String role, String by,
            Instant at) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseGet(() -> ChangeTicket.known(ticketId, opdCode));
        ticket.approved(title, applicationId, role, by, at);
        tickets.save(ticket);
    }

    public void implemented(String ticketId, String opdCode, String applicationId, Instant at) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseGet(() -> ChangeTicket.known(ticketId, opdCode));
        ticket.implemented(applicationId, at);
        tickets.save(ticket);
    }

    /** What a PERUBAHAN ticket's opening event says about it (all optional; {@code title} only in newer events). */
    public record Opening(String title, String category, String affectedSite, String affectedApplicationId, Instant openedAt,
            String openedBy) {
    }

    /**
     * The changes the caller may see (N7 form's ticket search): its own OPD's for OPD users (another OPD named: 403,
     * like every list), all or one OPD's for region-wide roles (an OPD the directory does not know: 422 G1).
     * {@code q} matches the start of the ticket id, or the title, category, affected site, opener or approver anywhere
     * (case-insensitive, taken literally); {@code approved} keeps only the changes a report may cite.
     */
    public Page<ChangeTicket> search(Caller caller, String opd, String q, boolean approved, Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = new Query();
        if (scope != null) {
            query.addCriteria(Criteria.where("opdCode").is(scope));
        }
        if (approved) {
            query.addCriteria(Criteria.where("approvedAt").ne(null));
        }
        if (q != null && !q.isBlank()) {
            String literal = Pattern.quote(q.strip());
            query.addCriteria(new Criteria().orOperator(
                    Criteria.where("_id").regex("^" + literal, "i"),
                    Criteria.where("title").regex(literal, "i"),
                    Criteria.where("category").regex(literal, "i"),
                    Criteria.where("affectedSite").regex(literal, "i"),
                    Criteria.where("openedBy").regex(literal, "i"),
                    Criteria.where("approvedBy").regex(literal, "i")));
        }
        List<ChangeTicket> items = mongo.find(Query.of(query).with(page), ChangeTicket.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, ChangeTicket.class));
    }

    public Optional<ChangeTicket> find(String ticketId) {
        return ticketId == null ? Optional.empty() : tickets.findById(ticketId);
    }

    /** A known change the caller may see (its OPD's people, region-wide roles); 404 otherwise. */
    public ChangeTicket get(Caller caller, String ticketId) {
        return caller.visible(tickets.findById(ticketId), ChangeTicket::opdCode)
                .orElseThrow(() -> new NotFoundException("ChangeTicket", ticketId));
    }

    /**
     * The change a LAN change report of {@code opdCode} may cite (422 N7 naming S6 otherwise): known here, of the
     * same OPD, and approved. An unknown id may be a change whose events have not arrived yet: the message says so.
     */
    public ChangeTicket requireCitable(String opdCode, String ticketId) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseThrow(() -> new RuleViolationException("N7",
                "changeTicketId: tiket PERUBAHAN " + ticketId + " tidak dikenal oleh layanan jaringan (S6). Periksa "
                        + "nomornya; tiket yang baru saja disetujui mungkin belum tersalin dari layanan service desk, "
                        + "coba lagi sebentar lagi."));
        if (!ticket.opdCode().equals(opdCode)) {
            throw new RuleViolationException("N7", "changeTicketId: tiket PERUBAHAN " + ticketId + " milik OPD "
                    + ticket.opdCode() + ", bukan OPD " + opdCode + " (S6); kutip perubahan OPD yang LAN-nya diubah.");
        }
        if (!ticket.approved()) {
            throw new RuleViolationException("N7", "changeTicketId: tiket PERUBAHAN " + ticketId
                    + " belum disetujui (tahap " + ticket.stage() + ", S6); hanya perubahan yang sudah disetujui "
                    + "yang dapat menjadi dasar perubahan LAN.");
        }
        return ticket;
    }
}
