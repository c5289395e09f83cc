package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

interface TicketRepository extends MongoRepository<Ticket, String> {

    /** The children of a problem still in {@code statuses}. */
    List<Ticket> findByProblemIdAndStatusIn(String problemId, Collection<TicketStatus> statuses);
}
