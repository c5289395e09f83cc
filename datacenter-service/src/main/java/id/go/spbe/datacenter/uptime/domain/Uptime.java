package id.go.spbe.datacenter.uptime.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Uptime arithmetic (D3): the share of counted probes (those outside planned maintenance) that found the service up,
 * as a percentage with three decimals, rounded down — 99.9996 % of a month is reported as 99.999 %, never as a
 * 100 % the service did not deliver.
 */
public record Uptime(long probes, long failures, long maintenance) {

    public static final int DECIMALS = 3;

    public Uptime plus(Uptime other) {
        return new Uptime(probes + other.probes, failures + other.failures, maintenance + other.maintenance);
    }

    public long counted() {
        return probes - maintenance;
    }

    /** The percentage, or {@code null} when no probe counted (no data is not 100 %). */
    public BigDecimal percent() {
        long counted = counted();
        if (counted <= 0) {
            return null;
        }
        return BigDecimal.valueOf(counted - failures).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(counted), DECIMALS, RoundingMode.DOWN);
    }

    /** Whether the period met {@code slo}; {@code null} without data. */
    public Boolean meets(BigDecimal slo) {
        BigDecimal percent = percent();
        return percent == null ? null : percent.compareTo(slo) >= 0;
    }
}
