package id.go.spbe.appregistry.application.domain;

import java.time.Instant;

/** Who decided a workflow step, when, and why (recommendation, rejection, consideration, decommissioning). */
public record Decision(String by, Instant at, String note) {
}
