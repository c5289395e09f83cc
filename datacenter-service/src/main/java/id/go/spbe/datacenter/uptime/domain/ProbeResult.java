package id.go.spbe.datacenter.uptime.domain;

/**
 * One probe's outcome: reachable (an HTTP status below 400, or a TCP connection accepted) or not, how long it took,
 * and why it failed.
 */
public record ProbeResult(boolean up, long latencyMillis, Integer httpStatus, String error) {

    public static ProbeResult up(long latencyMillis, Integer httpStatus) {
        return new ProbeResult(true, latencyMillis, httpStatus, null);
    }

    public static ProbeResult down(long latencyMillis, Integer httpStatus, String error) {
        return new ProbeResult(false, latencyMillis, httpStatus, error);
    }
}
