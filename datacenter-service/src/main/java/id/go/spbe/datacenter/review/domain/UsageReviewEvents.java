package id.go.spbe.datacenter.review.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Events of the yearly usage review (D5), on {@value #TOPIC} keyed by year. */
public final class UsageReviewEvents {

    public static final String TOPIC = "spbe.datacenter.usage-review.v1";

    private UsageReviewEvents() {
    }

    /**
     * The review of a closed year was frozen (by Dinas, or by the 1 January job when {@code automatic}); from now on
     * it answers as it stood then. Monev can take it as the evidence of D5's yearly review.
     */
    @EventType(value = "id.go.spbe.usage-review.frozen.v1", topic = TOPIC)
    public record UsageReviewFrozen(UUID eventId, Instant occurredAt, int year, boolean automatic, String frozenBy,
            Summary summary) implements DomainEvent {

        /** The region totals frozen: OPD sections, VPS active with their resources, uptime (absent without data). */
        public record Summary(int opds, int vpsActive, long vcpu, long ramGib, long diskGib,
                BigDecimal uptimePercent) {
        }

        @Override
        public String aggregateId() {
            return String.valueOf(year);
        }

        @Override
        public String opdCode() {
            return null;
        }

        @Override
        public String actor() {
            return frozenBy;
        }
    }
}
