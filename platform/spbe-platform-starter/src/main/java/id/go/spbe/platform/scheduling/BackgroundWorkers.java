package id.go.spbe.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Bounded worker pools for background work a service hands off (e.g. an import that runs for minutes), owned by the
 * platform: threads are created here, never in services (an architecture rule checks that), each pool has a fixed
 * size and queue, reports executor metrics ({@code executor.*}, tag {@code name}) and is shut down with the context.
 */
public class BackgroundWorkers implements DisposableBean {

    private final MeterRegistry meters;
    private final List<ThreadPoolTaskExecutor> pools = new CopyOnWriteArrayList<>();

    public BackgroundWorkers(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A pool of {@code threads} workers and at most {@code queueCapacity} waiting tasks. */
    public WorkerPool pool(String name, int threads, int queueCapacity) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queueCapacity);
        executor.setThreadNamePrefix(name + "-");
        executor.setDaemon(true);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        // A task cut off at shutdown is the owner's to resume (e.g. an import from its last checkpoint).
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        executor.initialize();
        new ExecutorServiceMetrics(executor.getThreadPoolExecutor(), name, Tags.empty()).bindTo(meters);
        pools.add(executor);
        return new WorkerPool(executor);
    }

    @Override
    public void destroy() {
        pools.forEach(ThreadPoolTaskExecutor::shutdown);
    }

    /** A bounded pool: {@link #offer(Runnable)} says no instead of queueing without limit. */
    public static final class WorkerPool {

        private final ThreadPoolTaskExecutor executor;

        WorkerPool(ThreadPoolTaskExecutor executor) {
            this.executor = executor;
        }

        /** Runs {@code task} on a worker; false when every worker is busy and the queue is full. */
        public boolean offer(Runnable task) {
            try {
                executor.execute(task);
                return true;
            } catch (TaskRejectedException full) {
                return false;
            }
        }
    }
}
