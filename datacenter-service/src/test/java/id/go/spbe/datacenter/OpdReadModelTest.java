package id.go.spbe.datacenter;

import id.go.spbe.platform.test.contract.OpdReadModelContract;

/** G1: datacenter-service keeps its own OPD read model from the directory's events. */
@DatacenterIntegrationTest
class OpdReadModelTest extends OpdReadModelContract {
}
