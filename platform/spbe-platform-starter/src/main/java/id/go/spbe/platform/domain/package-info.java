/**
 * Technical building blocks for domain models: the aggregate base with its embedded outbox and hash-chained history,
 * the event contract, and the exceptions domain code throws. No web, messaging or persistence API here beyond the two
 * Spring Data mapping annotations on {@link id.go.spbe.platform.domain.AggregateRoot}.
 */
package id.go.spbe.platform.domain;
