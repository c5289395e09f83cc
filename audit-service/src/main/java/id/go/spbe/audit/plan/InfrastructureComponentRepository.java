package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.InfrastructureComponent;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

interface InfrastructureComponentRepository extends MongoRepository<InfrastructureComponent, String> {

    List<InfrastructureComponent> findByObjectId(String objectId);

    List<InfrastructureComponent> findByObjectIdIn(Collection<String> objectIds);
}
