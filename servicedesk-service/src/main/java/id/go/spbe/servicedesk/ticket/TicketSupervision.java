package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.servicedesk.roster.DirectoryContact;
import id.go.spbe.servicedesk.roster.DirectoryContacts;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import id.go.spbe.servicedesk.roster.domain.Tier1Roster;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dinas's supervision of the Tier 1 coverage (S2, S4): which OPD have no Tier 1 technician, and how many of their
 * open tickets went to Tier 2 for that reason.
 */
@Service
public class TicketSupervision {

    /**
     * One OPD's coverage. {@code uncovered}: no roster, its tickets go to Tier 2 (flagged, S2).
     * {@code directoryContact}: the Tier 1 contact the OPD directory names (null if none);
     * {@code directoryAgrees}: whether that contact is on the roster (null when the directory names none).
     */
    public record Coverage(String opd, String name, int technicians, boolean uncovered, long openTicketsRoutedToTier2,
            String directoryContact, Boolean directoryAgrees) {
    }

    private final MongoTemplate mongo;
    private final Tier1Rosters rosters;
    private final ServicedeskRegulation regulation;
    private final DirectoryContacts contacts;

    TicketSupervision(MongoTemplate mongo, Tier1Rosters rosters, ServicedeskRegulation regulation,
            DirectoryContacts contacts) {
        this.mongo = mongo;
        this.rosters = rosters;
        this.regulation = regulation;
        this.contacts = contacts;
    }

    public boolean tiered() {
        return regulation.tiered();
    }

    public List<Coverage> coverage() {
        Map<String, Tier1Roster> byOpd = rosters.all().stream()
                .collect(Collectors.toMap(Tier1Roster::opd, Function.identity()));
        List<OpdReference> active = mongo.find(Query.query(Criteria.where("active").is(true))
                .with(Sort.by("_id")), OpdReference.class);
        return active.stream().map(opd -> {
            Tier1Roster roster = byOpd.get(opd.code());
            if (roster != null && !roster.active()) {
                roster = null;
            }
            long routed = mongo.count(Query.query(Criteria.where("requesterOpd").is(opd.code())
                    .and("routingReason").regex("^S2:").and("status")
                    .nin(TicketStatus.RESOLVED, TicketStatus.CLOSED)), Ticket.class);
            DirectoryContact contact = contacts.of(opd.code()).orElse(null);
            return new Coverage(opd.code(), opd.name(), roster == null ? 0 : roster.technicians().size(),
                    regulation.tiered() && roster == null, routed, contact == null ? null : contact.name(),
                    regulation.tiered() ? DirectoryContacts.agrees(contact, roster) : null);
        }).toList();
    }
}
