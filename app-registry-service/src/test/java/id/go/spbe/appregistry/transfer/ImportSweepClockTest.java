package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import sweeper on the platform scheduler, driven by a {@link MutableClock} instead of waiting (issue 7): a
 * running job whose runner is silent is left alone until the service's clock passes {@code stale-after}, then resumed.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ImportSweepClockTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportFileRepository files;

    @Autowired
    ImportJobRunner runner;

    @Autowired
    TransferProperties properties;

    @Test
    void aSilentJobIsResumedOnlyOnceTheServiceClockHasPassedStaleAfter() {
        String name = "Dilanjutkan setelah waktu berjalan " + UUID.randomUUID().toString().substring(0, 6);
        String csv = "name,ownerOpd,applicationClass\n" + name + ",DINKES,UMUM\n";
        ImportJob job = ImportJob.queue(ImportFormat.REGISTER_CSV, "jam.csv", "-", ',', 1,
                new ImportJob.Requester("admin-subject", "admin.dinas", "DISKOMINFO", Set.of("DINAS_ADMIN"), true),
                Map.of(), clock.instant());
        job.claim("runner-on-another-replica", clock.instant());
        files.save(new ImportFile(job.id(), csv.getBytes(StandardCharsets.UTF_8), clock.instant()));
        jobs.save(job);

        runner.sweep();
        ImportJob untouched = jobs.findById(job.id()).orElseThrow();
        assertThat(untouched.status()).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(untouched.resumptions()).as("its runner may still be working").isZero();

        clock.advance(properties.staleAfter().plus(Duration.ofSeconds(1)));
        assertThat(runner.sweeper().name()).isEqualTo(ImportJobRunner.SWEEP_JOB);
        runner.sweep();

        JsonNode resumed = new TransferTestSupport(port).awaitJob(admin(),
                "/api/v1/application-imports/" + job.id());
        assertThat(resumed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(resumed.get("resumptions").asInt()).isEqualTo(1);
        assertThat(resumed.get("importedCount").asInt()).isEqualTo(1);
    }
}
