package id.go.spbe.servicedesk.sla.domain;

import java.time.Duration;

/**
 * The clocks every ticket runs (S5). Three are SLA clocks with targets from the policy (time to own, first response,
 * resolution); the OLA clocks measure how long each desk held the ticket, so Tier 1 and Tier 2 time are separately
 * known.
 */
public enum ClockKind {
    TIME_TO_OWN("waktu pengambilan"),
    FIRST_RESPONSE("tanggapan pertama"),
    RESOLUTION("penyelesaian"),
    OLA_TIER1("waktu di Tier 1"),
    OLA_TIER2("waktu di Tier 2"),
    OLA_SERVICE_CENTRE("waktu di pusat layanan");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the policy sets a target for this clock (the OLA clocks only measure). */
    public boolean targeted() {
        return this == TIME_TO_OWN || this == FIRST_RESPONSE || this == RESOLUTION;
    }

    /** The target of this clock in {@code policy}; null for the OLA clocks, which only measure. */
    public Duration target(PolicyVersion policy) {
        return switch (this) {
            case TIME_TO_OWN -> Duration.ofMinutes(policy.timeToOwnMinutes());
            case FIRST_RESPONSE -> Duration.ofMinutes(policy.firstResponseMinutes());
            case RESOLUTION -> Duration.ofMinutes(policy.resolutionMinutes());
            default -> null;
        };
    }
}
