package id.go.spbe.platform.scheduling;

/** A job registered with {@link ScheduledJobs}: runs on its cadence, and when asked. */
public interface ScheduledJob {

    String name();

    /**
     * Asks for a run as soon as a scheduler thread is free (microseconds when idle). Requests that arrive while the
     * job runs are folded into one more run after it, so nothing asked for is missed and the job never overlaps
     * itself on this instance.
     */
    void trigger();

    /**
     * Runs the job now on the calling thread, under its lease; returns whether it ran (false when another replica
     * holds the lease). For tests and operator actions: a test moves its clock and calls this instead of waiting.
     */
    boolean runNow();

    /** Stops the cadence; a run in progress finishes. */
    void cancel();
}
