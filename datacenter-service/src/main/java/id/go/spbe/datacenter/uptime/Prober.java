package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;

/**
 * The seam through which the service reaches a monitored target (D3). {@link SocketProber} opens real connections
 * with bounded timeouts; tests point monitors at loopback servers, never at the internet.
 */
public interface Prober {

    /** Probes {@code target} once; never throws, a failure is a {@code down} result naming the cause. */
    ProbeResult probe(ProbeTarget target);
}
