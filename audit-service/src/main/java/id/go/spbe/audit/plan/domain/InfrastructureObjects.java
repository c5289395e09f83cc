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

    private InfrastructureObjects() {
    }

    public static String dataCenter(String code) {
        return "data-center:" + code;
    }

    public static String lan(String opd) {
        return "lan:" + opd;
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
