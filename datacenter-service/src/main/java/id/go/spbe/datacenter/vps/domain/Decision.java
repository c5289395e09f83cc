package id.go.spbe.datacenter.vps.domain;

import java.time.Instant;

/** Who took a step, when, and what they noted (the reason, for a refusal). */
public record Decision(String by, Instant at, String note) {
}
