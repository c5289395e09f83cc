package id.go.spbe.platform.discovery;

import java.time.Duration;

/**
 * Decides, from the time since the last successful registry fetch, whether to report the registry as lost or back.
 * One report per change, so an absent registry costs one WARN line, not a stack trace every heartbeat.
 */
final class RegistryReachability {

    /** What to tell the operator after a check. */
    enum Report { NONE, LOST, BACK }

    private final Duration tolerance;
    private boolean reportedLost;

    RegistryReachability(Duration tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * @param sinceLastFetchMillis milliseconds since the last successful fetch, negative if there never was one
     * @param uptime               how long this instance has been running (start-up gets the same tolerance)
     */
    Report check(long sinceLastFetchMillis, Duration uptime) {
        boolean reachable = sinceLastFetchMillis >= 0 && sinceLastFetchMillis <= tolerance.toMillis();
        if (!reachable && !reportedLost && uptime.compareTo(tolerance) > 0) {
            reportedLost = true;
            return Report.LOST;
        }
        if (reachable && reportedLost) {
            reportedLost = false;
            return Report.BACK;
        }
        return Report.NONE;
    }
}
