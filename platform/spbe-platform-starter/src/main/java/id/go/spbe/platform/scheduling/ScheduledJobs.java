package id.go.spbe.platform.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.TaskScheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one way a service runs periodic or background jobs: on the platform's scheduler (Spring's
 * {@code ThreadPoolTaskScheduler}), under a lease so that each run happens on one replica (ShedLock, leases in
 * MongoDB), with metrics per job. A service declares a job in one line:
 *
 * <pre>{@code
 * jobs.job("import-sweep").every(Duration.ofSeconds(15)).schedule(this::sweep);
 * jobs.job("search-index-catch-up").every(interval).onEveryInstance().schedule(this::catchUp);
 * }</pre>
 *
 * <p>Metrics, tagged {@code job}: {@code spbe.job.runs} (tag {@code outcome}: success, failure, skipped — skipped when
 * another replica holds the lease), {@code spbe.job.duration} (timer), {@code spbe.job.last.success} (epoch seconds of
 * the last successful run, from the service's {@link Clock}).
 *
 * <p>A failing run is logged and counted; the job keeps its cadence. Jobs registered before the context has started
 * begin once it starts; all pause when it stops and resume if it is started again.
 */
public class ScheduledJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

    private final TaskScheduler scheduler;
    private final LockingTaskExecutor leases;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private volatile boolean running;

    public ScheduledJobs(TaskScheduler scheduler, LockingTaskExecutor leases, MeterRegistry meters, Clock clock) {
        this.scheduler = scheduler;
        this.leases = leases;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Leases kept in {@code collection} of the service's database: ShedLock's Mongo provider (findAndModify with
     * upsert, which the embedded wire server supports too), behind a read that skips leases visibly held.
     */
    public static LockProvider leasesIn(MongoTemplate mongo, String collection) {
        return HeldLeaseCheck.around(new MongoLockProvider(mongo.getCollection(collection)), mongo, collection);
    }

    /** Starts declaring the job {@code name} (unique within the service; also the lease's and the metrics' name). */
    public Spec job(String name) {
        return new Spec(name);
    }

    /** A registered job by name, e.g. for a test that runs it after moving its clock. */
    public ScheduledJob get(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + name);
        }
        return job;
    }

    /** How a job runs; {@link #schedule(Runnable)} registers it. */
    public final class Spec {

        private final String name;
        private Duration every;
        private Duration initialDelay = Duration.ZERO;
        private Duration lease;
        private boolean everyInstance;
        private boolean onDemand;

        private Spec(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a job needs a name");
            }
            this.name = name;
        }

        /** Runs with this delay between the end of one run and the start of the next. */
        public Spec every(Duration delay) {
            if (delay == null || delay.isZero() || delay.isNegative()) {
                throw new IllegalArgumentException("job " + name + ": the cadence must be positive");
            }
            this.every = delay;
            return this;
        }

        /** Delay before the first run (default: at once). */
        public Spec initialDelay(Duration delay) {
            this.initialDelay = Objects.requireNonNull(delay);
            return this;
        }

        /**
         * The longest a run may hold the lease (default: the cadence, at least a minute): if its replica dies, the
         * job runs elsewhere after this time.
         */
        public Spec lease(Duration atMost) {
            this.lease = Objects.requireNonNull(atMost);
            return this;
        }

        /** Each replica runs the job for itself (e.g. maintaining its own in-memory state): no lease. */
        public Spec onEveryInstance() {
            this.everyInstance = true;
            return this;
        }

        /** No cadence: the job runs only when triggered. */
        public Spec onDemand() {
            this.onDemand = true;
            return this;
        }

        public ScheduledJob schedule(Runnable task) {
            if (!onDemand && every == null) {
                throw new IllegalArgumentException("job " + name + " needs every(...) or onDemand()");
            }
            Duration atMost = lease != null ? lease
                    : every != null && every.compareTo(Duration.ofMinutes(1)) > 0 ? every : Duration.ofMinutes(1);
            // Held at least half a period, so the other replicas' ticks of the same period find it taken.
            Duration atLeast = every == null ? Duration.ZERO : every.dividedBy(2);
            if (atLeast.compareTo(atMost) > 0) {
                atLeast = atMost;
            }
            Job job = new Job(name, Objects.requireNonNull(task), onDemand ? null : every, initialDelay,
                    everyInstance ? null : atMost, atLeast);
            if (jobs.putIfAbsent(name, job) != null) {
                throw new IllegalStateException("a job named " + name + " is already registered");
            }
            if (running) {
                job.start();
            }
            return job;
        }
    }

    private final class Job implements ScheduledJob {

        private final String name;
        private final Runnable task;
        private final Duration every;
        private final Duration initialDelay;
        private final Duration leaseAtMost;
        private final Duration leaseAtLeast;
        private final AtomicBoolean requested = new AtomicBoolean();
        private final AtomicBoolean draining = new AtomicBoolean();
        private final ReentrantLock runLock = new ReentrantLock();
        private final AtomicLong lastSuccess = new AtomicLong();
        private final Timer duration;
        private final Counter successes;
        private final Counter failures;
        private final Counter skipped;
        private volatile ScheduledFuture<?> cadence;
        private volatile boolean active;
        private volatile boolean cancelled;

        Job(String name, Runnable task, Duration every, Duration initialDelay, Duration leaseAtMost,
                Duration leaseAtLeast) {
            this.name = name;
            this.task = task;
            this.every = every;
            this.initialDelay = initialDelay;
            this.leaseAtMost = leaseAtMost;
            this.leaseAtLeast = leaseAtLeast;
            this.duration = Timer.builder("spbe.job.duration").description("Duration of a job's runs")
                    .tag("job", name).register(meters);
            this.successes = runs("success");
            this.failures = runs("failure");
            this.skipped = runs("skipped");
            Gauge.builder("spbe.job.last.success", lastSuccess, AtomicLong::get)
                    .description("When the job last succeeded (epoch seconds; 0: never)").tag("job", name)
                    .baseUnit("seconds").register(meters);
        }

        private Counter runs(String outcome) {
            return Counter.builder("spbe.job.runs").description("Runs of a job by outcome").tag("job", name)
                    .tag("outcome", outcome).register(meters);
        }

        synchronized void start() {
            if (cancelled) {
                return;
            }
            active = true;
            if (every != null && cadence == null) {
                cadence = scheduler.scheduleWithFixedDelay(this::trigger, Instant.now().plus(initialDelay), every);
            }
            if (requested.get()) {
                drainLater(); // asked for before the context started, or while it was stopped
            }
        }

        /** Stops the cadence until the next start (a stopped context may be started again, e.g. in tests). */
        synchronized void pause() {
            active = false;
            ScheduledFuture<?> running = cadence;
            cadence = null;
            if (running != null) {
                running.cancel(false);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void trigger() {
            if (cancelled) {
                return;
            }
            requested.set(true);
            if (active) {
                drainLater();
            }
        }

        private void drainLater() {
            if (draining.compareAndSet(false, true)) {
                try {
                    scheduler.schedule(this::drain, Instant.now());
                } catch (RejectedExecutionException shuttingDown) {
                    draining.set(false);
                }
            }
        }

        private void drain() {
            try {
                while (active && !cancelled && requested.getAndSet(false)) {
                    runNow();
                }
            } finally {
                draining.set(false);
                if (requested.get() && active && !cancelled) {
                    drainLater(); // asked for while this drain was ending
                }
            }
        }

        @Override
        public boolean runNow() {
            runLock.lock();
            try {
                if (leaseAtMost == null) {
                    timed();
                    return true;
                }
                LockingTaskExecutor.TaskResult<Boolean> result = leases.executeWithLock(() -> {
                    timed();
                    return true;
                }, new LockConfiguration(Instant.now(), name, leaseAtMost, leaseAtLeast));
                if (!result.wasExecuted()) {
                    skipped.increment();
                }
                return result.wasExecuted();
            } catch (Throwable e) {
                // The lease store itself failed (Mongo unreachable): the next tick tries again.
                failures.increment();
                log.warn("Job {} could not take its lease: {}", name, e.toString());
                return false;
            } finally {
                runLock.unlock();
            }
        }

        private void timed() {
            long start = System.nanoTime();
            try {
                task.run();
                successes.increment();
                lastSuccess.set(clock.instant().getEpochSecond());
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Job {} failed; it runs again at its next turn: {}", name, e.toString(), e);
            } finally {
                duration.record(Duration.ofNanos(System.nanoTime() - start));
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            pause();
        }
    }

    @Override
    public void start() {
        running = true;
        jobs.values().forEach(Job::start);
    }

    @Override
    public void stop() {
        running = false;
        jobs.values().forEach(Job::pause);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Started before, stopped after the components that register jobs in their own start().
        return SmartLifecycle.DEFAULT_PHASE - 200;
    }
}
