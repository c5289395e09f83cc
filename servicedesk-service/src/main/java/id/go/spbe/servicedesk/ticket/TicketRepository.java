package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.Ticket;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TicketRepository extends MongoRepository<Ticket, String> {
}
