package id.go.spbe.servicedesk.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApplicationReferenceRepository extends MongoRepository<ApplicationReference, String> {
}
