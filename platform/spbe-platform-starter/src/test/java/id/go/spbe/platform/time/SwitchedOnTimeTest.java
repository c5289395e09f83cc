package id.go.spbe.platform.time;

import id.go.spbe.platform.time.SwitchedOnTime.Switch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SwitchedOnTimeTest {

    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

    static Instant day(int n) {
        return JAN.plus(Duration.ofDays(n));
    }

    @Test
    void aPauseCountsNeitherAsOnTimeNorAsDowntime() {
        // on from day 0, paused days 10–20, on again until the window ends at day 30
        SwitchedOnTime on = SwitchedOnTime.within(List.of(new Switch(day(20), true), new Switch(day(0), true),
                new Switch(day(10), false), new Switch(day(0), true)), day(0), day(30));
        assertThat(on.stretches()).hasSize(2);
        assertThat(on.millis()).isEqualTo(Duration.ofDays(20).toMillis());
        // an outage from day 8 to day 22: only days 8–10 and 20–22 were measured
        assertThat(on.overlapMillis(day(8), day(22))).isEqualTo(Duration.ofDays(4).toMillis());
        // still open: counts to the window's end while on
        assertThat(on.overlapMillis(day(25), null)).isEqualTo(Duration.ofDays(5).toMillis());
    }

    @Test
    void theWindowCutsTheStretchesAndOffFirstMeansNothing() {
        SwitchedOnTime on = SwitchedOnTime.within(List.of(new Switch(day(-5), false), new Switch(day(-3), true)),
                day(0), day(7));
        assertThat(on.millis()).isEqualTo(Duration.ofDays(7).toMillis());
        assertThat(SwitchedOnTime.within(List.of(new Switch(day(3), false)), day(0), day(7)).millis()).isZero();
        assertThat(SwitchedOnTime.within(List.of(new Switch(day(9), true)), day(0), day(7)).stretches()).isEmpty();
    }
}
