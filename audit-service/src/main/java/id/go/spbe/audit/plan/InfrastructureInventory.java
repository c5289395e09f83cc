package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.ComponentType;
import id.go.spbe.audit.plan.domain.InfrastructureComponent;
import id.go.spbe.audit.plan.domain.InfrastructureObjects;
import id.go.spbe.audit.plan.domain.ObjectKind;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the infrastructure objects of the audit universe (AU4, AU6) in line with the data-center and network
 * inventories: each event updates this service's record of one inventory item ({@link InfrastructureComponent},
 * order- and repeat-safe), then the object it belongs to is derived again ({@link InfrastructureObjects}) and the
 * cadence engine plans, keeps or retires its obligations. The data center and the WAN belong to Dinas (it runs them,
 * RL p19(4), p23(6)a); until the OPD directory names the Dinas their items wait, and the next event or recomputation
 * brings the objects in.
 */
@Service
public class InfrastructureInventory {

    private static final Logger log = LoggerFactory.getLogger(InfrastructureInventory.class);

    private final InfrastructureComponentRepository components;
    private final AuditObjectRepository objects;
    private final AuditPlanner planner;
    private final OpdReferences opds;
    private final MongoTemplate mongo;
    private final String regionName;
    private final Clock clock;

    InfrastructureInventory(InfrastructureComponentRepository components, AuditObjectRepository objects,
            AuditPlanner planner, OpdReferences opds, MongoTemplate mongo, RegionProfile region, Clock clock) {
        this.components = components;
        this.objects = objects;
        this.planner = planner;
        this.opds = opds;
        this.mongo = mongo;
        this.regionName = region.region().name();
        this.clock = clock;
    }

    /** A data center was registered or changed (D1, D9): it is an object of its own. */
    public void dataCenterSeen(String code, String name, Instant at) {
        record(InfrastructureComponent.seen(ComponentType.DATA_CENTER, code, InfrastructureObjects.dataCenter(code),
                null, name, true, null, at, null));
    }

    /** A VPS became active in a data center: it is in that data center's audit scope. */
    public void vpsActivated(String vpsId, String opd, String dataCenter, String hostname, Instant at) {
        record(InfrastructureComponent.seen(ComponentType.VPS, vpsId, InfrastructureObjects.dataCenter(dataCenter),
                opd, hostname, true, null, at, null));
    }

    /**
     * A VPS was decommissioned: it leaves its data center's scope for good. The event may not name the data center
     * (a VPS never activated has none); then the one recorded at activation is kept.
     */
    public void vpsDecommissioned(String vpsId, String opd, @Nullable String dataCenter, String reason, Instant at) {
        record(InfrastructureComponent.decommissionedAt(ComponentType.VPS, vpsId,
                dataCenter == null ? null : InfrastructureObjects.dataCenter(dataCenter), opd, null, at, reason));
    }

    /** A site of an OPD was registered or changed (N1): the OPD's LAN is in the universe (a site may change OPD). */
    public void siteSeen(String siteId, String opd, String name, Instant at) {
        record(InfrastructureComponent.seen(ComponentType.SITE, siteId, InfrastructureObjects.lan(opd), opd, name, true,
                null, at, null));
    }

    /** An OPD's LAN inventory changed (N3, N4, N7): in use while it has devices; its revision orders the events. */
    public void lanChanged(String opd, int devices, long revision, String summary, Instant at) {
        record(InfrastructureComponent.seen(ComponentType.LAN_INVENTORY, opd, InfrastructureObjects.lan(opd), opd,
                null, devices > 0, revision, at, summary));
    }

    /** A WAN circuit was registered, changed or decommissioned (N2): the region's WAN is in use while one is. */
    public void wanLinkChanged(String linkId, boolean decommissioned, String opd, String circuit, Instant at) {
        record(decommissioned
                ? InfrastructureComponent.decommissionedAt(ComponentType.WAN_LINK, linkId, InfrastructureObjects.WAN_ID,
                        opd, circuit, at, "Sirkuit WAN " + circuit + " dinonaktifkan.")
                : InfrastructureComponent.seen(ComponentType.WAN_LINK, linkId, InfrastructureObjects.WAN_ID, opd,
                        circuit, true, null, at, null));
    }

    /**
     * Brings in the objects whose items waited for the Dinas to be known, then recomputes the whole plan against
     * the profile (start-up, {@code POST /audit-plan/recompute}).
     */
    public AuditPlanner.Recomputation recomputeAll() {
        List<String> anchored = mongo.findDistinct(Query.query(Criteria.where("type").in(Arrays.stream(
                        ComponentType.values()).filter(ComponentType::anchor).map(Enum::name).toList())),
                "objectId", InfrastructureComponent.class, String.class);
        Instant now = clock.instant();
        anchored.forEach(objectId -> refresh(objectId, now, null, null));
        return planner.recomputeAll();
    }

    /**
     * The OPD directory flagged {@code dinas} as the Dinas (catch-up, AU4, AU6): the data centers and the WAN whose
     * items arrived before it join the universe now, owned by it (RL p19(4), p23(6)a), without waiting for a restart
     * or their next inventory event; objects already known follow it if the flag moved to another OPD. The owner is
     * the event's OPD, not a read of the directory, because the platform's directory consumer may not have stored
     * the flag yet (another consumer group on the same topic).
     */
    public void dinasNamed(String dinas, Instant at) {
        List<String> anchored = mongo.findDistinct(Query.query(Criteria.where("type").in(Arrays.stream(
                        ComponentType.values()).filter(t -> t.anchor() && t.objectKind() != ObjectKind.LAN)
                .map(Enum::name).toList())), "objectId", InfrastructureComponent.class, String.class);
        anchored.forEach(objectId -> refresh(objectId, at, null, dinas));
    }

    /** The items of each object, for showing what an infrastructure audit covers. */
    public Map<String, List<InfrastructureComponent>> componentsOf(Collection<String> objectIds) {
        return components.findByObjectIdIn(objectIds).stream()
                .collect(Collectors.groupingBy(InfrastructureComponent::objectId));
    }

    private void record(InfrastructureComponent seen) {
        InfrastructureComponent known = components.findById(seen.id()).orElse(null);
        Optional<InfrastructureComponent> next = InfrastructureComponent.merge(known, seen);
        if (next.isEmpty()) {
            return; // a repeat, an older state, or after decommissioning
        }
        components.save(next.get());
        if (next.get().objectId() != null) {
            refresh(next.get().objectId(), seen.lastChangeAt(), next.get().note(), null);
        }
        if (known != null && known.objectId() != null && !known.objectId().equals(next.get().objectId())) {
            refresh(known.objectId(), seen.lastChangeAt(), null, null); // a site moved to another OPD
        }
    }

    /**
     * Derives the object again from its items and reconciles its obligations. {@code dinas}: the Dinas just named
     * (catch-up), else the directory is read. An object joining late (its items waited for the Dinas) is in the
     * universe from its earliest item in use (as last seen), not from the day the Dinas was named or the plan
     * recomputed: the cycle ran from then (AU4, AU6).
     */
    private void refresh(String objectId, Instant at, @Nullable String hint, @Nullable String dinas) {
        List<InfrastructureComponent> parts = components.findByObjectId(objectId);
        if (parts.isEmpty()) {
            return;
        }
        ObjectKind kind = parts.get(0).type().objectKind();
        String owner = dinas != null && kind != ObjectKind.LAN ? dinas : owner(kind, objectId);
        if (owner == null) {
            log.info("Infrastructure object {} waits for the OPD directory to name the Dinas", objectId);
            return;
        }
        AuditObject known = objects.findById(objectId).orElse(null);
        Instant since = known != null ? at : parts.stream().filter(InfrastructureComponent::inUse)
                .map(InfrastructureComponent::lastChangeAt).min(Instant::compareTo).orElse(at);
        AuditObject next = InfrastructureObjects.derive(known, objectId, kind, parts, name(kind, objectId, parts),
                owner, planner.day(since), since, retireReason(kind, hint));
        if (next == null || next == known) {
            return;
        }
        planner.reconcile(objects.save(next), planner.day(since));
        if (known == null) {
            log.info("{} {} joined the audit universe (owner {})", kind, objectId, owner);
        }
    }

    private @Nullable String owner(ObjectKind kind, String objectId) {
        if (kind == ObjectKind.LAN) {
            return InfrastructureObjects.lanOpd(objectId);
        }
        OpdReference dinas = mongo.findOne(Query.query(Criteria.where("dinas").is(true).and("active").is(true)),
                OpdReference.class);
        return dinas == null ? null : dinas.code();
    }

    private String name(ObjectKind kind, String objectId, List<InfrastructureComponent> parts) {
        return switch (kind) {
            case DATA_CENTER -> parts.stream().filter(c -> c.type() == ComponentType.DATA_CENTER && c.name() != null)
                    .map(InfrastructureComponent::name).findFirst()
                    .orElse("Pusat Data " + InfrastructureObjects.dataCenterCode(objectId));
            case WAN -> "Jaringan Antar OPD (WAN) " + regionName;
            case LAN -> {
                String opd = InfrastructureObjects.lanOpd(objectId);
                yield "Jaringan Intra OPD (LAN) " + opds.find(opd).map(OpdReference::name).orElse(opd);
            }
            case APPLICATION -> throw new IllegalArgumentException("not infrastructure: " + objectId);
        };
    }

    private static String retireReason(ObjectKind kind, @Nullable String hint) {
        return switch (kind) {
            case WAN -> "Tidak ada lagi sirkuit WAN aktif" + (hint == null ? "." : ": " + hint);
            case LAN -> "Inventaris LAN tidak lagi memiliki perangkat dan OPD tidak memiliki lokasi terdaftar"
                    + (hint == null ? "." : " (" + hint + ").");
            default -> "Sumber infrastruktur dihentikan di inventaris.";
        };
    }
}
