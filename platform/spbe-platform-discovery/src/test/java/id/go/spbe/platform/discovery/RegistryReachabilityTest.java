package id.go.spbe.platform.discovery;

import id.go.spbe.platform.discovery.RegistryReachability.Report;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryReachabilityTest {

    static final Duration TOLERANCE = Duration.ofSeconds(30);

    @Test
    void aRegistryThatNeverAnsweredIsReportedOnceAfterTheStartUpGrace() {
        RegistryReachability reachability = new RegistryReachability(TOLERANCE);
        assertThat(reachability.check(-1, Duration.ofSeconds(10))).isEqualTo(Report.NONE);
        assertThat(reachability.check(-1, Duration.ofSeconds(31))).isEqualTo(Report.LOST);
        assertThat(reachability.check(-1, Duration.ofSeconds(60))).isEqualTo(Report.NONE);
        assertThat(reachability.check(-1, Duration.ofMinutes(10))).isEqualTo(Report.NONE);
    }

    @Test
    void aRegistryThatComesBackIsReportedOnceAndCanBeLostAgain() {
        RegistryReachability reachability = new RegistryReachability(TOLERANCE);
        assertThat(reachability.check(45_000, Duration.ofMinutes(5))).isEqualTo(Report.LOST);
        assertThat(reachability.check(2_000, Duration.ofMinutes(6))).isEqualTo(Report.BACK);
        assertThat(reachability.check(3_000, Duration.ofMinutes(6))).isEqualTo(Report.NONE);
        assertThat(reachability.check(31_000, Duration.ofMinutes(7))).isEqualTo(Report.LOST);
    }

    @Test
    void aHealthyRegistryIsNeverReported() {
        RegistryReachability reachability = new RegistryReachability(TOLERANCE);
        for (int minute = 1; minute < 10; minute++) {
            assertThat(reachability.check(4_000, Duration.ofMinutes(minute))).isEqualTo(Report.NONE);
        }
    }
}
