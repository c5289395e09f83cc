package id.go.spbe.audit.plan.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Which infrastructure objects the universe holds and when they are in it (AU4, AU6). One object per data center
 * (each is audited as a facility: Pusat Data, RL p18(1)a, p19), one for the region's WAN (one network Dinas runs up to
 * the OPD routers, RL p23(6)a — its circuits are its parts, not audits of their own) and one per OPD's LAN (the
 * network each OPD or Dinas for it runs and Dinas may inspect, RL p23(6)b-c, p24(2); its sites and its inventory are
 * its parts). Pure.
 */
public final class InfrastructureObjects {

    public static final String WAN_ID = "wan";
    private static final String DATA_CENTER_PREFIX = "data-center:";
    private static final String LAN_PREFIX = "lan:";

    private InfrastructureObjects() {
    }

    public static String dataCenter(String code) {
        return DATA_CENTER_PREFIX + code;
    }

    public static String lan(String opd) {
        return LAN_PREFIX + opd;
    }

    /** The kind an object id names: infrastructure ids carry a prefix (or are {@value #WAN_ID}), applications not. */
    public static ObjectKind kindOf(String objectId) {
        if (objectId.equals(WAN_ID)) {
            return ObjectKind.WAN;
        }
        if (objectId.startsWith(DATA_CENTER_PREFIX)) {
            return ObjectKind.DATA_CENTER;
        }
        return objectId.startsWith(LAN_PREFIX) ? ObjectKind.LAN : ObjectKind.APPLICATION;
    }

    /** The data center's code in its object id. */
    public static String dataCenterCode(String objectId) {
        return objectId.substring(DATA_CENTER_PREFIX.length());
    }

    /** The OPD whose LAN the object id names. */
    public static String lanOpd(String objectId) {
        return objectId.substring(LAN_PREFIX.length());
    }

    /** Whether any anchor among {@code components} is in use: the object belongs in the universe. */
    public static boolean inUse(Collection<InfrastructureComponent> components) {
        return components.stream().anyMatch(c -> c.type().anchor() && c.inUse());
    }

    /**
     * The object as its components now describe it, or {@code null} when there is none and none is needed: created
     * when an anchor is first in use, renamed or handed to another owner as the inventory says, decommissioned (with
     * {@code retireReason}) when no anchor is in use any more, and back when one is again.
     *
     * @return the object to save; the same instance when nothing changed
     */
    public static @Nullable AuditObject derive(@Nullable AuditObject known, String objectId, ObjectKind kind,
            Collection<InfrastructureComponent> components, String name, String ownerOpd, LocalDate asOf, Instant at,
            String retireReason) {
        boolean inUse = inUse(components);
        if (known == null) {
            return inUse ? AuditObject.infrastructure(objectId, kind, name, ownerOpd, asOf, at) : null;
        }
        if (inUse && !known.active()) {
            return known.reactivated(name, ownerOpd, at);
        }
        if (!inUse && known.active()) {
            return known.decommissioned(asOf, at, retireReason);
        }
        if (known.active() && !known.describedAs(name, ownerOpd)) {
            return known.reclassified(name, ownerOpd, null, at);
        }
        return known;
    }
}
