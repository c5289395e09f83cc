package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.contract.OpdReadModelContract;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;

/** G1: servicedesk-service keeps its own OPD read model from the directory's events. */
@SpbeIntegrationTest
@org.springframework.context.annotation.Import(id.go.spbe.platform.test.time.MutableClock.Configuration.class)
class OpdReadModelTest extends OpdReadModelContract {
}
