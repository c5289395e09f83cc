package id.go.spbe.servicedesk.sites;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SiteReferenceRepository extends MongoRepository<SiteReference, String> {
}
