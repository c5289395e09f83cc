package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.platform.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Registers the configured starting OPDs (DISKOMINFO as Dinas, DINKES, DISDIK and a UPTD under DINKES by default) on
 * a fresh directory, through the normal use case so the other services learn them from the events. Existing entries
 * are left alone.
 */
@Component
class OpdSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpdSeeder.class);

    @ConfigurationProperties("spbe.app-registry")
    record SeedProperties(List<SeedOpd> seedOpds) {
        SeedProperties {
            seedOpds = seedOpds == null ? List.of() : seedOpds;
        }
    }

    /** A starting OPD; seeds are registered in order, so a parent comes before its sub-units. */
    record SeedOpd(String code, String name, OpdKind kind, boolean dinas, String parentCode) {
    }

    private final OpdDirectory directory;
    private final SeedProperties properties;

    OpdSeeder(OpdDirectory directory, SeedProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeedOpd seed : properties.seedOpds()) {
            if (directory.find(seed.code()).isPresent()) {
                continue;
            }
            try {
                directory.register(seed.code(), OpdEntry.of(seed.name(), seed.kind(), seed.dinas(), seed.parentCode()));
                log.info("Seeded OPD {} ({})", seed.code(), seed.name());
            } catch (DuplicateKeyException | id.go.spbe.platform.domain.StateConflictException raced) {
                // Another replica seeded it first.
            } catch (RuleViolationException refused) {
                // E.g. the seed's parent was deactivated in this directory: the region's data wins over the defaults.
                log.warn("Seed OPD {} not registered: {}", seed.code(), refused.getMessage());
            }
        }
    }
}
