package id.go.spbe.datacenter.uptime.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** D3: uptime percentages are honest — three decimals, rounded down, maintenance left out, no data is no figure. */
class UptimeTest {

    @Test
    void d3ThreeDecimalsRoundedDownSoAMissIsNeverReportedAsMet() {
        // a 30-day month of 1-minute probes, 20 failed: 99.95370… %
        Uptime month = new Uptime(43_200, 20, 0);
        assertThat(month.percent()).isEqualByComparingTo("99.953");
        assertThat(month.percent().scale()).isEqualTo(3);
        // one failure in a year of 1-minute probes: 99.99980… %, not 100.000
        Uptime year = new Uptime(525_600, 1, 0);
        assertThat(year.percent()).isEqualByComparingTo("99.999");
        assertThat(year.meets(new BigDecimal("100"))).isFalse();
        assertThat(new Uptime(10, 0, 0).percent()).isEqualByComparingTo("100.000");
    }

    @Test
    void d3MaintenanceProbesCountNeitherForNorAgainst() {
        Uptime u = new Uptime(100, 5, 50);
        assertThat(u.counted()).isEqualTo(50);
        assertThat(u.percent()).isEqualByComparingTo("90.000");
        assertThat(u.plus(new Uptime(50, 0, 0)).percent()).isEqualByComparingTo("95.000");
    }

    @Test
    void d3NoCountedProbeHasNoPercentageRatherThanAHundred() {
        assertThat(new Uptime(0, 0, 0).percent()).isNull();
        assertThat(new Uptime(12, 0, 12).percent()).isNull();
        assertThat(new Uptime(12, 0, 12).meets(new BigDecimal("99"))).isNull();
    }
}
