package id.go.spbe.appregistry.subdomain;

import id.go.spbe.appregistry.subdomain.domain.Subdomain;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Subdomains by full name; filtered listing goes through {@link SubdomainRegister}'s query. */
public interface SubdomainRepository extends MongoRepository<Subdomain, String> {
}
