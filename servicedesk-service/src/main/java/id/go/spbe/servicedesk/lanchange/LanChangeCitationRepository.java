package id.go.spbe.servicedesk.lanchange;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The LAN change reports citing a change, by report id. */
interface LanChangeCitationRepository extends MongoRepository<LanChangeCitation, String> {

    Page<LanChangeCitation> findByTicketId(String ticketId, Pageable page);
}
