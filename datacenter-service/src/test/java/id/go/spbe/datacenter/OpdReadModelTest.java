package id.go.spbe.datacenter;

import id.go.spbe.platform.test.contract.OpdReadModelContract;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;

/** G1: datacenter-service keeps its own OPD read model from the directory's events. */
@SpbeIntegrationTest
class OpdReadModelTest extends OpdReadModelContract {
}
