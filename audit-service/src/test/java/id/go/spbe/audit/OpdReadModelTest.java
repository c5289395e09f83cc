package id.go.spbe.audit;

import id.go.spbe.platform.test.time.MutableClock;
import org.springframework.context.annotation.Import;
import id.go.spbe.platform.test.contract.OpdReadModelContract;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;

/** G1: audit-service keeps its own OPD read model from the directory's events. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class OpdReadModelTest extends OpdReadModelContract {
}
