package id.go.spbe.network.lan.domain;

import java.time.Instant;

/**
 * The OPD's acknowledgement of the region's BYOD rules (N9, RL p17(2)(d)): which version of the policy, who
 * acknowledged it and when.
 */
public record ByodAcknowledgement(String policyReference, String acknowledgedBy, Instant acknowledgedAt) {
}
