package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.OpdKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Registers the configured starting OPDs (DISKOMINFO as Dinas, DINKES, DISDIK by default) on a fresh directory,
 * through the normal use case so the other services learn them from the events. Existing entries are left alone.
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

    record SeedOpd(String code, String name, OpdKind kind, boolean dinas) {
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
                directory.register(seed.code(), seed.name(), seed.kind(), seed.dinas());
                log.info("Seeded OPD {} ({})", seed.code(), seed.name());
            } catch (DuplicateKeyException | id.go.spbe.platform.domain.StateConflictException raced) {
                // Another replica seeded it first.
            }
        }
    }
}
