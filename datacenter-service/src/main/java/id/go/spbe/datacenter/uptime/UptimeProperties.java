package id.go.spbe.datacenter.uptime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How Dinas runs uptime probing (D3).
 *
 * @param tick           how often the scheduler looks for monitors whose next probe is due
 * @param connectTimeout longest wait for a TCP connection (HTTP(S) and TCP monitors)
 * @param readTimeout    longest wait for an HTTP answer once connected
 * @param concurrency    probes run at once in one pass
 */
@ConfigurationProperties("spbe.datacenter.uptime")
public record UptimeProperties(@DefaultValue("10s") Duration tick, @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout, @DefaultValue("16") int concurrency) {
}
