package id.go.spbe.datacenter.site.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events of the data-center register (D1, D9), on {@value #TOPIC} keyed by data-center code. */
public final class DataCenterEvents {

    public static final String TOPIC = "spbe.datacenter.data-center.v1";

    private DataCenterEvents() {
    }

    /** Identity shared by the data-center events; a data center belongs to no OPD (Dinas runs it). */
    public interface DataCenterEvent extends DomainEvent {

        String code();

        @Override
        default String aggregateId() {
            return code();
        }

        @Override
        default String opdCode() {
            return null;
        }
    }

    /** A link to the provincial or national data center as the event reports it. */
    public record LinkState(UpstreamLink.Upstream upstream, String name, UpstreamLink.LinkStatus status) {

        static List<LinkState> of(List<UpstreamLink> links) {
            return links.stream().map(l -> new LinkState(l.upstream(), l.name(), l.status())).toList();
        }
    }

    @EventType(value = "id.go.spbe.data-center.registered.v1", topic = TOPIC)
    public record DataCenterRegistered(UUID eventId, Instant occurredAt, String code, String name, SiteRole role,
            int vcpu, int ramGib, int diskGib, int rackUnits, double powerKw, double vcpuOvercommit,
            double ramOvercommit, List<LinkState> links, String registeredBy) implements DataCenterEvent {

        @Override
        public String actor() {
            return registeredBy;
        }
    }

    /** Capacity, links or DR targets changed; {@code changedFields} names what. */
    @EventType(value = "id.go.spbe.data-center.updated.v1", topic = TOPIC)
    public record DataCenterUpdated(UUID eventId, Instant occurredAt, String code, String name, SiteRole role,
            List<String> changedFields, int vcpu, int ramGib, int diskGib, int rackUnits, double powerKw,
            double vcpuOvercommit, double ramOvercommit, List<LinkState> links, int drTargetCount,
            String updatedBy) implements DataCenterEvent {

        @Override
        public String actor() {
            return updatedBy;
        }
    }

    /** The connection to the provincial or national data center changed status (D1); a probe may report it later. */
    @EventType(value = "id.go.spbe.data-center.link-status-changed.v1", topic = TOPIC)
    public record DataCenterLinkStatusChanged(UUID eventId, Instant occurredAt, String code,
            UpstreamLink.Upstream upstream, UpstreamLink.LinkStatus from, UpstreamLink.LinkStatus to, String note,
            String changedBy) implements DataCenterEvent {

        @Override
        public String actor() {
            return changedBy;
        }
    }
}
