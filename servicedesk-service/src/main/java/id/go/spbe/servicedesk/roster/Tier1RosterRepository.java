package id.go.spbe.servicedesk.roster;

import id.go.spbe.servicedesk.roster.domain.Tier1Roster;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Tier1RosterRepository extends MongoRepository<Tier1Roster, String> {
}
