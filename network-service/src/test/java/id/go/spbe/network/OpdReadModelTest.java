package id.go.spbe.network;

import id.go.spbe.platform.test.contract.OpdReadModelContract;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.springframework.context.annotation.Import;

/** G1: network-service keeps its own OPD read model from the directory's events. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class OpdReadModelTest extends OpdReadModelContract {
}
