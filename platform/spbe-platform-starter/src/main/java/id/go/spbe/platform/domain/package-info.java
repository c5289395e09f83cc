/**
 * Technical building blocks for domain models: the aggregate base with its embedded outbox and the head of its
 * hash-chained history (the entries live in their own collection), the event contract with its actor, and the
 * exceptions domain code throws. No web, messaging or persistence API here beyond the Spring Data mapping annotations
 * on {@link id.go.spbe.platform.domain.AggregateRoot} and {@link id.go.spbe.platform.domain.OutboxEntry}.
 */
package id.go.spbe.platform.domain;
