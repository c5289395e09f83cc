package id.go.spbe.datacenter.uptime.domain;

import id.go.spbe.datacenter.uptime.domain.UptimeEvents.ServiceDown;
import id.go.spbe.datacenter.uptime.domain.UptimeEvents.ServiceUp;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D3 outage rules of one monitor, without storage. */
class MonitorTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    Monitor monitor(int threshold) {
        return Monitor.configure("DINKES", "SIMPUS", null, ProbeTarget.parse("target", "https://simpus.local/"), 60,
                threshold, new BigDecimal("99.5"), "operator.dinkes", T0);
    }

    long downs(Monitor m) {
        return m.raisedEvents().stream().filter(e -> e instanceof ServiceDown).count();
    }

    long ups(Monitor m) {
        return m.raisedEvents().stream().filter(e -> e instanceof ServiceUp).count();
    }

    @Test
    void d3TheNthFailureInARowOpensOneOutageDatedFromTheFirstAndASuccessResetsTheCount() {
        Monitor m = monitor(3);
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0);
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(60));
        m.recordProbe(ProbeResult.up(1, 200), T0.plusSeconds(120));
        m.recordProbe(ProbeResult.down(1, null, "refused"), T0.plusSeconds(180));
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(240));
        assertThat(downs(m)).isZero();
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(300));
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(360));
        assertThat(downs(m)).isEqualTo(1);
        assertThat(m.openOutage().since()).isEqualTo(T0.plusSeconds(180));
        assertThat(m.openOutage().firstError()).isEqualTo("refused");
        assertThat(m.nextProbeAt()).isEqualTo(T0.plusSeconds(420));
        m.recordProbe(ProbeResult.up(1, 200), T0.plusSeconds(420));
        m.recordProbe(ProbeResult.up(1, 200), T0.plusSeconds(480));
        assertThat(ups(m)).isEqualTo(1);
        assertThat(m.openOutage()).isNull();
        assertThat(m.lastOutage().endedAt()).isEqualTo(T0.plusSeconds(420));
    }

    @Test
    void d3FailuresInsidePlannedMaintenanceOpenNothing() {
        Monitor m = monitor(1);
        m.planMaintenance(T0.plusSeconds(60), T0.plusSeconds(180), "Pembaruan", "operator.dinkes", T0);
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(60));
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(120));
        assertThat(downs(m)).isZero();
        assertThat(m.inMaintenance(T0.plusSeconds(180))).as("the end is exclusive").isFalse();
        m.recordProbe(ProbeResult.down(1, 503, "HTTP 503"), T0.plusSeconds(180));
        assertThat(downs(m)).isEqualTo(1);
    }

    @Test
    void d3MaintenanceCannotBeBackdatedInvertedOrEndless() {
        Monitor m = monitor(1);
        assertThatThrownBy(() -> m.planMaintenance(T0.minusSeconds(7200), T0.minusSeconds(3600), "x", "a", T0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> m.planMaintenance(T0.plusSeconds(60), T0, "x", "a", T0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> m.planMaintenance(T0, T0.plusSeconds(32L * 86_400), "x", "a", T0))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void d3TargetsAreHttpHttpsOrTcpWithHostAndPort() {
        assertThat(ProbeTarget.parse("target", "http://Host.local").uri()).isEqualTo("http://host.local:80/");
        assertThat(ProbeTarget.parse("target", "tcp://10.0.0.5:5432").uri()).isEqualTo("tcp://10.0.0.5:5432");
        for (String bad : new String[] {"gopher://x/", "tcp://x", "https://", "mailto:a@b.c", "http://a:b@c/"}) {
            assertThatThrownBy(() -> ProbeTarget.parse("target", bad)).as(bad)
                    .isInstanceOf(InvalidRequestException.class);
        }
    }
}
