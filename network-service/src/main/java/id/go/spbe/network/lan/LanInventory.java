package id.go.spbe.network.lan;

import id.go.spbe.network.lan.domain.Cable;
import id.go.spbe.network.lan.domain.CableMedium;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.DeviceSpec;
import id.go.spbe.network.lan.domain.InterfaceRef;
import id.go.spbe.network.lan.domain.IpAssignment;
import id.go.spbe.network.lan.domain.IpPlan;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.Lan.ForeignPrefix;
import id.go.spbe.network.lan.domain.LanEvents.LanChanged;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.network.lan.domain.NetworkInterface;
import id.go.spbe.network.lan.domain.Prefix;
import id.go.spbe.network.lan.domain.Vlan;
import id.go.spbe.network.site.SiteRegister;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import inet.ipaddr.IPAddress;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The OPDs' LAN inventories (N3, N4, N9). Each change: may the caller see the LAN (404) → is the OPD known (422 G1)
 * → is the caller its steward (422 N3/N4, {@link LanStewardship}) → If-Match (412) → the aggregate decides → save
 * (a concurrent write loses with 409).
 */
@Service
public class LanInventory {

    private final LanRepository lans;
    private final MongoOperations mongo;
    private final LanStewardship stewardship;
    private final SiteRegister sites;
    private final ChangeHistoryLog histories;
    private final List<PortReferences> portReferences;
    private final LanRevisions revisions;
    private final Clock clock;

    LanInventory(LanRepository lans, MongoOperations mongo, LanStewardship stewardship, SiteRegister sites,
            ChangeHistoryLog histories, List<PortReferences> portReferences, LanRevisions revisions, Clock clock) {
        this.lans = lans;
        this.revisions = revisions;
        this.mongo = mongo;
        this.stewardship = stewardship;
        this.sites = sites;
        this.histories = histories;
        this.portReferences = portReferences;
        this.clock = clock;
    }

    /** A LAN as one caller sees it: the inventory, who runs it and what this caller may change. */
    public record LanView(Lan lan, OpdReference opd, LanSteward steward, boolean mayEdit, boolean mayEditSpecial) {
    }

    public LanView view(Caller caller, String opdCode) {
        OpdReference opd = stewardship.requireReadable(caller, opdCode);
        Lan lan = lans.findById(opdCode).orElseGet(() -> Lan.of(opdCode, clock.instant()));
        return new LanView(lan, opd, stewardship.stewardOf(opd), stewardship.mayEdit(caller, opd, null),
                stewardship.mayEdit(caller, opd, DeviceKind.SPECIAL));
    }

    /** The stored inventory of an OPD without access checks, for other features that checked already. */
    public Lan inventoryOf(String opdCode) {
        return lans.findById(opdCode).orElseGet(() -> Lan.of(opdCode, clock.instant()));
    }

    /** The inventories of one OPD, or of every OPD (null). */
    public List<Lan> inventories(String opdCode) {
        return opdCode == null ? lans.findAll() : lans.findById(opdCode).map(List::of).orElse(List.of());
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String opdCode) {
        stewardship.requireReadable(caller, opdCode);
        return histories.of(inventoryOf(opdCode));
    }

    public Change<Device> addDevice(Caller caller, String opdCode, DeviceSpec spec, String ifMatch) {
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, spec.kind());
        requireSite(opdCode, spec);
        return change(opdCode, ifMatch, lan -> lan.addDevice(spec, steward, caller.username(), clock.instant()));
    }

    public Change<Device> updateDevice(Caller caller, String opdCode, String deviceId, DeviceSpec spec,
            String ifMatch) {
        stewardship.requireReadable(caller, opdCode);
        DeviceKind before = inventoryOf(opdCode).device(deviceId).kind();
        stewardship.requireMayEdit(caller, opdCode, before);
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, spec.kind());
        requireSite(opdCode, spec);
        Device current = inventoryOf(opdCode).device(deviceId);
        for (NetworkInterface port : current.interfaces()) {
            if (spec.interfaces().stream().noneMatch(p -> p.name().equals(port.name()))) {
                requireUnreferenced(opdCode, deviceId, port.name(), current.name() + ":" + port.name());
            }
        }
        return change(opdCode, ifMatch, lan -> lan.updateDevice(deviceId, spec, steward, caller.username(),
                clock.instant()));
    }

    public Change<Void> removeDevice(Caller caller, String opdCode, String deviceId, String ifMatch) {
        stewardship.requireReadable(caller, opdCode);
        Device device = inventoryOf(opdCode).device(deviceId);
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, device.kind());
        requireUnreferenced(opdCode, deviceId, null, device.name());
        return change(opdCode, ifMatch, lan -> {
            lan.removeDevice(deviceId, steward, caller.username(), clock.instant());
            return null;
        });
    }

    /** Cables between the OPD's own SPECIAL devices are the OPD's (N4); every other cable is the steward's. */
    public Change<Cable> connect(Caller caller, String opdCode, InterfaceRef a, InterfaceRef b, CableMedium medium,
            String label, String ifMatch) {
        stewardship.requireReadable(caller, opdCode);
        Lan current = inventoryOf(opdCode);
        requireNotForeign(current, a, "a");
        requireNotForeign(current, b, "b");
        boolean special = isSpecial(current, a) && isSpecial(current, b);
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, special ? DeviceKind.SPECIAL : null);
        return change(opdCode, ifMatch, lan -> lan.connect(a, b, medium, label, steward, caller.username(),
                clock.instant()));
    }

    public Change<Void> disconnect(Caller caller, String opdCode, String cableId, String ifMatch) {
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, null);
        return change(opdCode, ifMatch, lan -> {
            lan.disconnect(cableId, steward, caller.username(), clock.instant());
            return null;
        });
    }

    public Change<Vlan> addVlan(Caller caller, String opdCode, Vlan vlan, String ifMatch) {
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, null);
        return change(opdCode, ifMatch, lan -> lan.addVlan(vlan, steward, caller.username(), clock.instant()));
    }

    public Change<Void> removeVlan(Caller caller, String opdCode, int vid, String ifMatch) {
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, null);
        return change(opdCode, ifMatch, lan -> {
            lan.removeVlan(vid, steward, caller.username(), clock.instant());
            return null;
        });
    }

    /** Adds a prefix, checked against every other OPD's prefixes (the region's address plan, N3). */
    public Change<Prefix> addPrefix(Caller caller, String opdCode, String cidr, Integer vlan, String description,
            String ifMatch) {
        IPAddress block = IpPlan.prefix("cidr", cidr);
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, null);
        List<ForeignPrefix> elsewhere = prefixesOutside(opdCode);
        return change(opdCode, ifMatch, lan -> lan.addPrefix(block, vlan, description, elsewhere, steward,
                caller.username(), clock.instant()));
    }

    public Change<Void> removePrefix(Caller caller, String opdCode, String prefixId, String ifMatch) {
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, null);
        return change(opdCode, ifMatch, lan -> {
            lan.removePrefix(prefixId, steward, caller.username(), clock.instant());
            return null;
        });
    }

    /** Records an address; on a SPECIAL device's interface the OPD may do so itself (N4). */
    public Change<IpAssignment> assignAddress(Caller caller, String opdCode, String address, InterfaceRef on,
            String description, String ifMatch) {
        IPAddress parsed = IpPlan.address("address", address);
        stewardship.requireReadable(caller, opdCode);
        Lan current = inventoryOf(opdCode);
        boolean special = on != null && isSpecial(current, on);
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, special ? DeviceKind.SPECIAL : null);
        return change(opdCode, ifMatch, lan -> lan.assignAddress(parsed, on, description, steward,
                caller.username(), clock.instant()));
    }

    public Change<Void> releaseAddress(Caller caller, String opdCode, String assignmentId, String ifMatch) {
        LanSteward steward = stewardship.requireMayEdit(caller, opdCode, null);
        return change(opdCode, ifMatch, lan -> {
            lan.releaseAddress(assignmentId, steward, caller.username(), clock.instant());
            return null;
        });
    }

    public Change<Void> acknowledgeByod(Caller caller, String opdCode, String policyReference, String ifMatch) {
        LanSteward steward = stewardship.requireMayAcknowledgeByod(caller, opdCode);
        return change(opdCode, ifMatch, lan -> {
            lan.acknowledgeByod(policyReference, steward, caller.username(), clock.instant());
            return null;
        });
    }

    /** What a change produced and the inventory after it (for the ETag). */
    public record Change<T>(T result, Lan lan) {
    }

    private <T> Change<T> change(String opdCode, String ifMatch, Function<Lan, T> decision) {
        Lan lan = inventoryOf(opdCode);
        ETags.checkIfMatch(ifMatch, lan.revision());
        T result = decision.apply(lan);
        List<LanChanged> raised = lan.raisedEvents().stream().filter(LanChanged.class::isInstance)
                .map(LanChanged.class::cast).toList();
        Lan saved = lans.save(lan);
        // each change raises one LanChanged; its revision is kept whole for change reports and snapshots (N6, N7)
        raised.forEach(event -> revisions.record(saved, event, saved.updatedBy()));
        return new Change<>(result, saved);
    }

    /** 409 while a record outside the inventory (a WAN circuit, N2) still ends at the port or device. */
    private void requireUnreferenced(String opdCode, String deviceId, String interfaceName, String what) {
        for (PortReferences references : portReferences) {
            references.referenceTo(opdCode, deviceId, interfaceName).ifPresent(user -> {
                throw new StateConflictException(what + " masih menjadi ujung " + user
                        + "; hentikan atau pindahkan sirkuit itu dahulu.");
            });
        }
    }

    private void requireSite(String opdCode, DeviceSpec spec) {
        if (spec.siteId() != null) {
            sites.requireSiteOf(opdCode, spec.siteId(), "siteId");
        }
    }

    private static boolean isSpecial(Lan lan, InterfaceRef end) {
        return lan.findDevice(end.deviceId()).map(d -> d.kind() == DeviceKind.SPECIAL).orElse(false);
    }

    /** A cable to another OPD's device is not a LAN cable: between OPDs run WAN links, which Dinas records (N2). */
    private void requireNotForeign(Lan lan, InterfaceRef end, String field) {
        if (lan.findDevice(end.deviceId()).isPresent()) {
            return;
        }
        Query elsewhere = Query.query(Criteria.where("deviceIds").is(end.deviceId()).and("_id").ne(lan.opdCode()));
        elsewhere.fields().include("_id");
        Document other = mongo.findOne(elsewhere, Document.class, "lans");
        if (other != null) {
            throw new RuleViolationException("N2", "Ujung " + field + ": perangkat " + end.deviceId()
                    + " ada di LAN OPD lain; hubungan antar-OPD adalah tautan WAN yang dicatat Dinas, bukan kabel "
                    + "LAN.");
        }
    }

    private List<ForeignPrefix> prefixesOutside(String opdCode) {
        Query query = Query.query(Criteria.where("_id").ne(opdCode));
        query.fields().include("prefixes.cidr");
        List<ForeignPrefix> found = new ArrayList<>();
        for (Document doc : mongo.find(query, Document.class, "lans")) {
            List<Document> prefixes = doc.getList("prefixes", Document.class, List.of());
            for (Document prefix : prefixes) {
                found.add(new ForeignPrefix(doc.getString("_id"), prefix.getString("cidr")));
            }
        }
        return found;
    }
}
