package id.go.spbe.datacenter.site;

import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.datacenter.site.domain.SiteRole;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface DataCenterRepository extends MongoRepository<DataCenter, String> {

    List<DataCenter> findByRole(SiteRole role);
}
