package id.go.spbe.appregistry.integration;

import id.go.spbe.appregistry.integration.domain.Integration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface IntegrationRepository extends MongoRepository<Integration, String> {

    List<Integration> findByProviderApplicationId(String providerApplicationId, Sort sort);

    List<Integration> findByConsumerApplicationId(String consumerApplicationId, Sort sort);

    boolean existsByActiveKey(String activeKey);
}
