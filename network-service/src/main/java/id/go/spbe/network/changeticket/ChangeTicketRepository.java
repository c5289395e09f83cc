package id.go.spbe.network.changeticket;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The PERUBAHAN tickets network-service knows of, by ticket id. */
interface ChangeTicketRepository extends MongoRepository<ChangeTicket, String> {
}
