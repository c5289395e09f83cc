package id.go.spbe.appregistry.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Out of service until the start-up rebuild has filled the index, so a replica takes traffic (readiness group) only
 * once searches and duplicate checks see every application.
 */
@Component("searchIndex")
class SearchIndexHealth extends AbstractHealthIndicator {

    private final ApplicationIndex index;
    private final IndexMaintenance maintenance;

    SearchIndexHealth(ApplicationIndex index, IndexMaintenance maintenance) {
        this.index = index;
        this.maintenance = maintenance;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        (maintenance.ready() ? builder.up() : builder.outOfService()).withDetail("applications", index.size())
                .withDetail("indexBytes", index.sizeInBytes());
        if (maintenance.lastRebuild() != null) {
            builder.withDetail("lastRebuildMillis", maintenance.lastRebuild().toMillis());
        }
    }
}
