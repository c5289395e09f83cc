package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.scheduling.BackgroundWorkers;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.scheduling.SchedulingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;

/**
 * Scheduling for every service: one bounded scheduler thread pool (with executor metrics), job leases in MongoDB so
 * that each run of a job happens on one replica (ShedLock), {@link ScheduledJobs} to declare jobs and
 * {@link BackgroundWorkers} for bounded hand-off pools. Services create no threads of their own.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = SpbeEventsAutoConfiguration.class)
@EnableConfigurationProperties(SchedulingProperties.class)
public class SpbeSchedulingAutoConfiguration {

    /** UTC clock every service reads "now" from; tests replace it (platform-test's {@code MutableClock}). */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "spbeJobScheduler")
    public ThreadPoolTaskScheduler spbeJobScheduler(SchedulingProperties properties, MeterRegistry meters) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.max(1, properties.poolSize()));
        scheduler.setThreadNamePrefix("spbe-job-");
        scheduler.setDaemon(true);
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.initialize();
        new ExecutorServiceMetrics(scheduler.getScheduledExecutor(), "spbe-job-scheduler", Tags.empty())
                .bindTo(meters);
        return scheduler;
    }

    @Bean
    @ConditionalOnMissingBean
    public LockProvider spbeJobLeaseProvider(MongoTemplate mongo, SchedulingProperties properties) {
        return ScheduledJobs.leasesIn(mongo, properties.leaseCollection());
    }

    @Bean
    public ScheduledJobs scheduledJobs(ThreadPoolTaskScheduler spbeJobScheduler, LockProvider leases,
            MeterRegistry meters, Clock clock) {
        LockingTaskExecutor executor = new DefaultLockingTaskExecutor(leases);
        return new ScheduledJobs(spbeJobScheduler, executor, meters, clock);
    }

    @Bean
    public BackgroundWorkers backgroundWorkers(MeterRegistry meters) {
        return new BackgroundWorkers(meters);
    }
}
