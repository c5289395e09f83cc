package id.go.spbe.network.site;

import id.go.spbe.network.site.domain.Site;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Sites by id; listing goes through {@link SiteRegister}'s query. */
interface SiteRepository extends MongoRepository<Site, String> {
}
