package id.go.spbe.servicedesk.roster;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DirectoryContactRepository extends MongoRepository<DirectoryContact, String> {
}
