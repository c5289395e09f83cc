package id.go.spbe.servicedesk.roster;

import id.go.spbe.servicedesk.roster.domain.Tier2Roster;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Tier2RosterRepository extends MongoRepository<Tier2Roster, String> {
}
