package id.go.spbe.network.wan.domain;

/** What the provider promises: availability in percent per month and the longest repair time in hours. */
public record Sla(Double availabilityPercent, Integer maxRepairHours) {
}
