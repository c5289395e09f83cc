package id.go.spbe.platform.discovery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.discovery.event.HeartbeatEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the Eureka client's successful registry fetches ({@link HeartbeatEvent}) and says, once, when the registry cannot be reached and when it is back. Nothing depends
 * on the registry being up: this instance keeps serving and the gateway routes through its static fallback URLs.
 */
public class RegistryReachabilityLogger implements SmartLifecycle, ApplicationListener<HeartbeatEvent> {

    private static final Logger log = LoggerFactory.getLogger(RegistryReachabilityLogger.class);

    private final String registryUrl;
    private final Duration checkEvery;
    private final RegistryReachability reachability;
    private final Instant started = Instant.now();
    private volatile Instant lastFetch;
    private ScheduledExecutorService scheduler;

    public RegistryReachabilityLogger(String registryUrl, Duration tolerance, Duration checkEvery) {
        this.registryUrl = registryUrl;
        this.checkEvery = checkEvery;
        this.reachability = new RegistryReachability(tolerance);
    }

    @Override
    public void onApplicationEvent(HeartbeatEvent event) {
        lastFetch = Instant.now();
    }

    void check() {
        Instant now = Instant.now();
        Instant fetched = lastFetch;
        long sinceFetch = fetched == null ? -1 : Duration.between(fetched, now).toMillis();
        switch (reachability.check(sinceFetch, Duration.between(started, now))) {
            case LOST -> log.warn("Service registry {} is unreachable; this instance keeps serving and the gateway "
                    + "routes through its static service URLs until the registry is back", registryUrl);
            case BACK -> log.info("Service registry {} is reachable again", registryUrl);
            case NONE -> { }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "registry-reachability");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) {
                log.debug("registry reachability check failed", e);
            }
        }, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
