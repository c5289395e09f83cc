package id.go.spbe.monev;

import id.go.spbe.platform.test.contract.OpdReadModelContract;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;

/** G1: monev-service keeps its own OPD read model from the directory's events. */
@SpbeIntegrationTest
class OpdReadModelTest extends OpdReadModelContract {
}
