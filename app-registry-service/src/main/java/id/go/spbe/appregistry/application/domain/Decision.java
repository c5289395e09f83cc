package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** Who decided a workflow step, when, and why (recommendation, rejection, consideration, decommissioning). */
public record Decision(String by, Instant at, @Nullable String note) {
}
