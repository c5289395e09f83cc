package id.go.spbe.datacenter.vps.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of a VPS request (D4), all on {@value #TOPIC} keyed by VPS request id, each carrying the OPD it serves and
 * the application it hosts (A1). None carries a credential.
 */
public final class VpsEvents {

    public static final String TOPIC = "spbe.datacenter.vps.v1";

    private VpsEvents() {
    }

    /** Identity shared by every VPS event. */
    public interface VpsEvent extends DomainEvent {

        String vpsId();

        String opd();

        @Override
        default String aggregateId() {
            return vpsId();
        }

        @Override
        default String opdCode() {
            return opd();
        }
    }

    @EventType(value = "id.go.spbe.vps.requested.v1", topic = TOPIC)
    public record VpsRequested(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            String applicationName, int vcpu, int ramGib, int diskGib, String osImage, String purpose,
            int termMonths, String requestedBy) implements VpsEvent {

        @Override
        public String actor() {
            return requestedBy;
        }
    }

    @EventType(value = "id.go.spbe.vps.approved.v1", topic = TOPIC)
    public record VpsApproved(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            String dataCenter, int vcpu, int ramGib, int diskGib, String note, String approvedBy)
            implements VpsEvent {

        @Override
        public String actor() {
            return approvedBy;
        }
    }

    @EventType(value = "id.go.spbe.vps.rejected.v1", topic = TOPIC)
    public record VpsRejected(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            String reason, String rejectedBy) implements VpsEvent {

        @Override
        public String actor() {
            return rejectedBy;
        }
    }

    /** The machine exists; {@code handoverMethod} says how credentials reached the OPD, never what they are. */
    @EventType(value = "id.go.spbe.vps.provisioned.v1", topic = TOPIC)
    public record VpsProvisioned(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            String dataCenter, String hostname, String ipAddress, int vcpu, int ramGib, int diskGib,
            String osImage, String handedTo, String handoverMethod, String provisionedBy) implements VpsEvent {

        @Override
        public String actor() {
            return provisionedBy;
        }
    }

    /** In service: backups are due from now on (D6) until {@code expiresOn} unless renewed. */
    @EventType(value = "id.go.spbe.vps.activated.v1", topic = TOPIC)
    public record VpsActivated(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            String applicationName, String dataCenter, String hostname, LocalDate expiresOn, String activatedBy)
            implements VpsEvent {

        @Override
        public String actor() {
            return activatedBy;
        }
    }

    @EventType(value = "id.go.spbe.vps.renewed.v1", topic = TOPIC)
    public record VpsRenewed(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            LocalDate previousExpiresOn, LocalDate expiresOn, String renewedBy) implements VpsEvent {

        @Override
        public String actor() {
            return renewedBy;
        }
    }

    @EventType(value = "id.go.spbe.vps.resize-requested.v1", topic = TOPIC)
    public record VpsResizeRequested(UUID eventId, Instant occurredAt, String vpsId, String opd,
            String applicationId, int vcpu, int ramGib, int diskGib, String reason, String requestedBy)
            implements VpsEvent {

        @Override
        public String actor() {
            return requestedBy;
        }
    }

    /** Dinas decided a resize request: {@code approved} with the new resources, or refused with a reason. */
    @EventType(value = "id.go.spbe.vps.resize-decided.v1", topic = TOPIC)
    public record VpsResizeDecided(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            boolean approved, int vcpu, int ramGib, int diskGib, String reason, String decidedBy)
            implements VpsEvent {

        @Override
        public String actor() {
            return decidedBy;
        }
    }

    /**
     * The VPS's term ends on {@code expiresOn} ({@code daysLeft} from today, negative once past): the OPD renews or
     * retires it. Raised once per expiry date; a renewal sets a new date and, in time, a new reminder.
     */
    @EventType(value = "id.go.spbe.vps.expiring.v1", topic = TOPIC)
    public record VpsExpiring(UUID eventId, Instant occurredAt, String vpsId, String opd, String applicationId,
            String applicationName, String hostname, LocalDate expiresOn, long daysLeft) implements VpsEvent {

        @Override
        public String actor() {
            return "system";
        }
    }

    /** Retired: its capacity is free again; consumers close what hangs on it (backup policy, monitors). */
    @EventType(value = "id.go.spbe.vps.decommissioned.v1", topic = TOPIC)
    public record VpsDecommissioned(UUID eventId, Instant occurredAt, String vpsId, String opd,
            String applicationId, String dataCenter, String from, String reason, String decommissionedBy)
            implements VpsEvent {

        @Override
        public String actor() {
            return decommissionedBy;
        }
    }
}
