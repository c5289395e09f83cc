package id.go.spbe.datacenter.uptime.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Events of uptime monitoring (D3), on {@value #TOPIC} keyed by monitor id, so a service's outages stay in order. */
public final class UptimeEvents {

    public static final String TOPIC = "spbe.datacenter.uptime.v1";

    private UptimeEvents() {
    }

    /** Identity shared by uptime events. */
    public interface UptimeEvent extends DomainEvent {

        String monitorId();

        String opd();

        @Override
        default String aggregateId() {
            return monitorId();
        }

        @Override
        default String opdCode() {
            return opd();
        }
    }

    @EventType(value = "id.go.spbe.monitor.configured.v1", topic = TOPIC)
    public record MonitorConfigured(UUID eventId, Instant occurredAt, String monitorId, String opd, String name,
            String target, int intervalSeconds, int failureThreshold, BigDecimal sloPercent, boolean active,
            String configuredBy) implements UptimeEvent {

        @Override
        public String actor() {
            return configuredBy;
        }
    }

    @EventType(value = "id.go.spbe.monitor.maintenance-planned.v1", topic = TOPIC)
    public record MaintenancePlanned(UUID eventId, Instant occurredAt, String monitorId, String opd,
            String windowId, Instant from, Instant until, String reason, String plannedBy) implements UptimeEvent {

        @Override
        public String actor() {
            return plannedBy;
        }
    }

    /** D3: the service failed {@code failedProbes} probes in a row; servicedesk opens a ticket. */
    @EventType(value = "id.go.spbe.service.down.v1", topic = TOPIC)
    public record ServiceDown(UUID eventId, Instant occurredAt, String monitorId, String opd, String name,
            String target, String outageId, Instant since, int failedProbes, String error) implements UptimeEvent {

        @Override
        public String actor() {
            return "system";
        }
    }

    /** D3: the service answers again; the outage lasted {@code downSeconds}. */
    @EventType(value = "id.go.spbe.service.up.v1", topic = TOPIC)
    public record ServiceUp(UUID eventId, Instant occurredAt, String monitorId, String opd, String name,
            String target, String outageId, Instant since, Instant endedAt, long downSeconds)
            implements UptimeEvent {

        @Override
        public String actor() {
            return "system";
        }
    }
}
