package id.go.spbe.network.changeticket;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/**
 * The read model of servicedesk's changes (S6) and the rule for citing one on a LAN change report (N7): the cited
 * ticket must be a PERUBAHAN of the report's OPD that was approved (development, implementation, evaluation, or
 * closed after approval). Kept from servicedesk's ticket events by {@code messaging.ServicedeskChangeListener}.
 */
@Service
public class ChangeTickets {

    private final ChangeTicketRepository tickets;

    ChangeTickets(ChangeTicketRepository tickets) {
        this.tickets = tickets;
    }

    /** A PERUBAHAN ticket was opened (other ticket types are not kept). */
    public void opened(String ticketId, String opdCode, Instant at) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseGet(() -> ChangeTicket.known(ticketId, opdCode));
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

    public void approved(String ticketId, String opdCode, String applicationId, String role, String by, Instant at) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseGet(() -> ChangeTicket.known(ticketId, opdCode));
        ticket.approved(applicationId, role, by, at);
        tickets.save(ticket);
    }

    public void implemented(String ticketId, String opdCode, String applicationId, Instant at) {
        ChangeTicket ticket = tickets.findById(ticketId).orElseGet(() -> ChangeTicket.known(ticketId, opdCode));
        ticket.implemented(applicationId, at);
        tickets.save(ticket);
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
