package id.go.spbe.network.wan.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of the WAN link register (N2), on {@code spbe.network.wan-link.v1} keyed by link id. Schema:
 * {@code resources/events/wan-link-changed.v1.schema.json}.
 */
public final class WanLinkEvents {

    public static final String TOPIC = "spbe.network.wan-link.v1";

    private WanLinkEvents() {
    }

    /**
     * A circuit was registered, changed or decommissioned; carries its state after the change. The CloudEvent's OPD
     * is the OPD at the b end (the OPD side of a Dinas-to-OPD circuit); both OPD codes are in the data, and the
     * router ports at both ends (null: the end stops at the site; events before the ports were added have none).
     * Its history entry is how a past year's WAN drawing knows the circuit's terms on that date (N8).
     */
    @EventType(value = "id.go.spbe.wan-link.changed.v1", topic = TOPIC)
    public record WanLinkChanged(UUID eventId, Instant occurredAt, String wanLinkId, WanLinkChange change,
            WanLinkStatus status, String provider, String circuitId, WanMedium medium, int bandwidthDownMbps,
            Integer bandwidthUpMbps, String aSiteId, String aOpdCode, String bSiteId, String bOpdCode,
            LocalDate decommissionedOn, String decommissionReason, String aDeviceId, String aInterfaceName,
            String bDeviceId, String bInterfaceName) implements DomainEvent {

        @Override
        public String aggregateId() {
            return wanLinkId;
        }

        @Override
        public String opdCode() {
            return bOpdCode;
        }
    }
}
