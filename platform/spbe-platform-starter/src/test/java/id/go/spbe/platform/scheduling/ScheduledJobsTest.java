package id.go.spbe.platform.scheduling;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.go.spbe.platform.test.infra.TestInfrastructure;
import id.go.spbe.platform.test.time.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduling seam of issue 7: leases in the Mongo wire server through ShedLock's own Mongo provider (two
 * registrars stand for two replicas), metrics per job, runs on demand, and time moved by a {@link MutableClock}.
 */
class ScheduledJobsTest {

    private MongoClient client;
    private MongoTemplate mongo;
    private final List<ThreadPoolTaskScheduler> schedulers = new ArrayList<>();
    private final MutableClock clock = MutableClock.startingNow();

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestInfrastructure.mongoUri("jobs"));
        mongo = new MongoTemplate(client, "jobs_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @AfterEach
    void close() {
        schedulers.forEach(ThreadPoolTaskScheduler::shutdown);
        client.close();
    }

    /** One replica's registrar, with its own scheduler threads and metrics, sharing the lease store. */
    private ScheduledJobs replica(MeterRegistry meters) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.initialize();
        schedulers.add(scheduler);
        ScheduledJobs jobs = new ScheduledJobs(scheduler,
                new DefaultLockingTaskExecutor(ScheduledJobs.leasesIn(mongo, "job_leases")), meters,
                clock);
        jobs.start();
        return jobs;
    }

    @Test
    void aLeasedJobRunsOnOneReplicaWhileTheOtherFindsTheLeaseTaken() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        Runnable task = () -> {
            runs.incrementAndGet();
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ScheduledJob onA = replica(metersA).job("sweep").onDemand().lease(Duration.ofMinutes(1)).schedule(task);
        ScheduledJob onB = replica(metersB).job("sweep").onDemand().lease(Duration.ofMinutes(1)).schedule(task);

        onA.trigger();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(onB.runNow()).as("replica B while A holds the lease").isFalse();
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> metersA.counter("spbe.job.runs", "job", "sweep",
                "outcome", "success").count() == 1);

        assertThat(onB.runNow()).as("replica B once A released the lease").isTrue();
        assertThat(runs).hasValue(2);
        assertThat(metersB.counter("spbe.job.runs", "job", "sweep", "outcome", "skipped").count()).isEqualTo(1);
        assertThat(metersB.counter("spbe.job.runs", "job", "sweep", "outcome", "success").count()).isEqualTo(1);
    }

    @Test
    void shedLocksMongoProviderWorksOnTheWireServerIncludingTheRefusalOfAHeldLease() {
        // The provider's own path, without the read in front: the wire server must answer its upsert race.
        var provider = new net.javacrumbs.shedlock.provider.mongo.MongoLockProvider(mongo.getCollection("raw"));
        var config = new net.javacrumbs.shedlock.core.LockConfiguration(Instant.now(), "raw", Duration.ofMinutes(1),
                Duration.ZERO);
        var first = provider.lock(config);
        assertThat(first).isPresent();
        assertThat(provider.lock(config)).as("held by the first").isEmpty();
        first.get().unlock();
        assertThat(provider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(Instant.now(), "raw",
                Duration.ofMinutes(1), Duration.ZERO))).as("released").isPresent();
    }

    @Test
    void aJobOnEveryInstanceTakesNoLease() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob onA = replica(new SimpleMeterRegistry()).job("local").onDemand().onEveryInstance()
                .schedule(runs::incrementAndGet);
        ScheduledJob onB = replica(new SimpleMeterRegistry()).job("local").onDemand().onEveryInstance()
                .schedule(runs::incrementAndGet);
        assertThat(onA.runNow()).isTrue();
        assertThat(onB.runNow()).isTrue();
        assertThat(runs).hasValue(2);
        assertThat(mongo.getCollection("job_leases").countDocuments()).isZero();
    }

    @Test
    void metricsCountRunsAndFailuresTimeEachRunAndTellTheLastSuccessByTheServiceClock() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AtomicInteger calls = new AtomicInteger();
        ScheduledJob job = replica(meters).job("flaky").onDemand().onEveryInstance().schedule(() -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("second run fails");
            }
        });
        Instant first = clock.instant();
        job.runNow();
        clock.advance(Duration.ofHours(1));
        job.runNow();

        assertThat(meters.counter("spbe.job.runs", "job", "flaky", "outcome", "success").count()).isEqualTo(1);
        assertThat(meters.counter("spbe.job.runs", "job", "flaky", "outcome", "failure").count()).isEqualTo(1);
        assertThat(meters.timer("spbe.job.duration", "job", "flaky").count()).isEqualTo(2);
        assertThat(meters.get("spbe.job.last.success").tag("job", "flaky").gauge().value())
                .as("the failed run an hour later does not count as a success")
                .isEqualTo(first.getEpochSecond());
    }

    @Test
    void aFailingJobKeepsItsCadence() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        replica(meters).job("always-fails").every(Duration.ofMillis(20)).onEveryInstance().schedule(() -> {
            throw new IllegalStateException("boom");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.counter("spbe.job.runs", "job", "always-fails",
                "outcome", "failure").count() >= 3);
    }

    @Test
    void triggersWhileAJobRunsAreFoldedIntoOneMoreRunAndTheJobNeverOverlapsItself() throws Exception {
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScheduledJob job = replica(new SimpleMeterRegistry()).job("coalesced").onDemand().onEveryInstance()
                .schedule(() -> {
                    maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                    if (runs.incrementAndGet() == 1) {
                        firstStarted.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    concurrent.decrementAndGet();
                });
        job.trigger();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 50; i++) {
            job.trigger();
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2);
        assertThat(maxConcurrent).hasValue(1);
    }

    @Test
    void aStoppedContextPausesItsJobsAndAContextStartedAgainResumesThem() {
        // Spring's test framework stops cached contexts it does not use and starts them again later.
        ScheduledJobs jobs = replica(new SimpleMeterRegistry());
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob job = jobs.job("paused").onDemand().onEveryInstance().schedule(runs::incrementAndGet);
        jobs.stop();
        job.trigger();
        assertThat(runs).as("nothing runs while stopped").hasValue(0);
        jobs.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
        job.trigger();
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2);
    }

    @Test
    void aDuplicateJobNameIsRefused() {
        ScheduledJobs jobs = replica(new SimpleMeterRegistry());
        jobs.job("once").onDemand().schedule(() -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.job("once").onDemand().schedule(() -> { }))
                .isInstanceOf(IllegalStateException.class);
    }
}
