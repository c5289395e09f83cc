package id.go.spbe.audit.plan.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * This service's record of one inventory item of the data-center or network service (a data center, a VPS, a WAN
 * circuit, an OPD site, an OPD's LAN inventory) and the infrastructure object it belongs to. Events may come twice
 * or out of order: {@link #merge} keeps the newest state, and a decommissioning is final.
 *
 * @param sourceId       the item's id in its own service (data-center code, VPS id, link id, site id, OPD code)
 * @param objectId       the audit object it belongs to ({@link InfrastructureObjects}); {@code null} only for a VPS
 *                       decommissioned before this service saw where it ran
 * @param inUse          whether it is in use now (a LAN inventory with devices, an active circuit or VPS)
 * @param decommissioned decommissioned at the source: final, later or older events change nothing
 * @param revision       the source's own revision where it has one (a LAN's inventory version), else {@code null}
 * @param lastChangeAt   the source's time of the state kept here
 * @param note           what the source said last (a decommissioning reason, a LAN change summary)
 */
@Document("infrastructure_components")
public record InfrastructureComponent(@Id String id, ComponentType type, String sourceId,
        @Indexed @Nullable String objectId,
        @Nullable String opd, @Nullable String name, boolean inUse, boolean decommissioned, @Nullable Long revision,
        Instant lastChangeAt, @Nullable String note) {

    public static String idOf(ComponentType type, String sourceId) {
        return type.prefix() + ":" + sourceId;
    }

    /** What the source says now about the item. */
    public static InfrastructureComponent seen(ComponentType type, String sourceId, String objectId,
            @Nullable String opd, @Nullable String name, boolean inUse, @Nullable Long revision, Instant at,
            @Nullable String note) {
        return new InfrastructureComponent(idOf(type, sourceId), type, sourceId, objectId, opd, name, inUse, false,
                revision, at, note);
    }

    /** The source decommissioned the item (final). */
    public static InfrastructureComponent decommissionedAt(ComponentType type, String sourceId,
            @Nullable String objectId,
            @Nullable String opd, @Nullable String name, Instant at, @Nullable String reason) {
        return new InfrastructureComponent(idOf(type, sourceId), type, sourceId, objectId, opd, name, false, true,
                null, at, reason);
    }

    /**
     * The state to keep after the source said {@code seen}, or empty when it changes nothing: a repeat, an event
     * older than the state kept (by revision where the source has one, else by time), or anything after the item was
     * decommissioned. A decommissioning wins over any state, also one stamped later (it is final at the source).
     */
    public static Optional<InfrastructureComponent> merge(@Nullable InfrastructureComponent known,
            InfrastructureComponent seen) {
        if (known == null) {
            return Optional.of(seen);
        }
        if (known.decommissioned) {
            return Optional.empty();
        }
        if (seen.decommissioned) {
            return Optional.of(new InfrastructureComponent(seen.id, seen.type, seen.sourceId,
                    seen.objectId == null ? known.objectId : seen.objectId, seen.opd == null ? known.opd : seen.opd,
                    seen.name == null ? known.name : seen.name, false, true, known.revision,
                    latest(known.lastChangeAt, seen.lastChangeAt), seen.note));
        }
        if (known.revision != null && seen.revision != null) {
            if (seen.revision <= known.revision) {
                return Optional.empty();
            }
        } else if (seen.lastChangeAt.isBefore(known.lastChangeAt)) {
            return Optional.empty();
        }
        return seen.sameStateAs(known) ? Optional.empty() : Optional.of(seen);
    }

    private boolean sameStateAs(InfrastructureComponent other) {
        return Objects.equals(objectId, other.objectId) && Objects.equals(opd, other.opd)
                && Objects.equals(name, other.name) && inUse == other.inUse && Objects.equals(revision, other.revision)
                && Objects.equals(note, other.note);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
