package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.custody.CustodyGuard;
import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.datacenter.site.CapacityLedger;
import id.go.spbe.datacenter.site.CapacityLock;
import id.go.spbe.datacenter.site.DataCenters;
import id.go.spbe.datacenter.site.domain.Allocation;
import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.datacenter.vps.domain.CredentialHandover;
import id.go.spbe.datacenter.vps.domain.RoomCheck;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps of a VPS request after submission (D4). Each is authorised here (owner OPD or Dinas; Dinas alone for
 * decisions on the data center's resources), checked against {@code If-Match} (412), decided by the aggregate (409,
 * 422) and saved with its event and history entry in one write. Decisions that take capacity run under the
 * {@link CapacityLock}, so concurrent approvals cannot overbook a data center or an OPD's quota.
 */
@Service
public class VpsWorkflow {

    private final VpsRequestRepository requests;
    private final VpsAccess access;
    private final ApplicationReferences applications;
    private final VpsAllocations allocations;
    private final DataCenters dataCenters;
    private final CapacityLedger capacity;
    private final CapacityLock lock;
    private final Provisioner provisioner;
    private final VpsProperties properties;
    private final CustodyGuard custody;
    private final ZoneId zone;
    private final Clock clock;

    VpsWorkflow(VpsRequestRepository requests, VpsAccess access, ApplicationReferences applications,
            VpsAllocations allocations,
            DataCenters dataCenters, CapacityLedger capacity, CapacityLock lock, Provisioner provisioner,
            VpsProperties properties, CustodyGuard custody, RegionProfile region, Clock clock) {
        this.custody = custody;
        this.requests = requests;
        this.access = access;
        this.applications = applications;
        this.allocations = allocations;
        this.dataCenters = dataCenters;
        this.capacity = capacity;
        this.lock = lock;
        this.provisioner = provisioner;
        this.properties = properties;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    /** D4: Dinas approves into {@code dataCenter} (default: the main data center) if capacity and quota allow. */
    public VpsRequest approve(Caller caller, String id, String dataCenter, String note, String ifMatch) {
        return lock.underLock(() -> {
            VpsRequest vps = access.forDinas(caller, id);
            ETags.checkIfMatch(ifMatch, vps.version());
            if (vps.status() == VpsStatus.SUBMITTED) {
                // A1: the application may have been retired in the register since the request was made.
                applications.requireHostableFor(vps.applicationId(), vps.opd());
            }
            String target = dataCenter != null ? dataCenters.find(dataCenter).map(DataCenter::code)
                    .orElseThrow(() -> new RuleViolationException("D1", "Pusat data '" + dataCenter
                            + "' tidak terdaftar."))
                    : dataCenters.main().map(DataCenter::code).orElseThrow(() -> new RuleViolationException("D1",
                            "Belum ada pusat data utama (MAIN) yang terdaftar untuk menempatkan VPS."));
            vps.approve(target, note, room(vps, true), caller.username(), now());
            return requests.save(vps);
        });
    }

    public VpsRequest reject(Caller caller, String id, String reason, String ifMatch) {
        return asDinas(caller, id, ifMatch, vps -> vps.reject(reason, caller.username(), now()));
    }

    /**
     * D4: Dinas records the provisioned machine through the {@link Provisioner} seam, and how the credentials were
     * handed over. A host name or address in use by another live VPS is a 409.
     */
    public VpsRequest provision(Caller caller, String id, String hostname, String ipAddress, String handedTo,
            CredentialHandover.Method method, Instant handedAt, String ifMatch) {
        return asDinas(caller, id, ifMatch, vps -> {
            Provisioner.Machine machine = provisioner.provision(new Provisioner.Order(vps.id(), vps.opd(),
                    vps.dataCenter(), vps.spec(), hostname, ipAddress));
            if (requests.existsByProvisioningHostnameAndStatusIn(machine.hostname(), VpsStatus.HOLDING)) {
                throw new StateConflictException("Nama host " + machine.hostname() + " sudah dipakai VPS lain.");
            }
            if (requests.existsByProvisioningIpAddressAndStatusIn(machine.ipAddress(), VpsStatus.HOLDING)) {
                throw new StateConflictException("Alamat IP " + machine.ipAddress() + " sudah dipakai VPS lain.");
            }
            Instant now = now();
            vps.provision(machine.hostname(), machine.ipAddress(), new CredentialHandover(handedTo,
                    caller.username(), handedAt == null ? now : handedAt, method), caller.username(), now);
        });
    }

    /** The OPD confirms the machine works (or Dinas puts it in service): ACTIVE, with its expiry date. */
    public VpsRequest activate(Caller caller, String id, String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch, vps -> vps.activate(zone, caller.username(), now()));
    }

    public VpsRequest renew(Caller caller, String id, LocalDate until, String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch,
                vps -> vps.renew(until, properties.maxTermMonths(), zone, caller.username(), now()));
    }

    public VpsRequest requestResize(Caller caller, String id, int vcpu, int ramGib, int diskGib, String reason,
            String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch,
                vps -> vps.requestResize(vcpu, ramGib, diskGib, reason, caller.username(), now()));
    }

    /** D4: the growth of a resize is checked against the data center's free capacity and the OPD's quota. */
    public VpsRequest approveResize(Caller caller, String id, String ifMatch) {
        return lock.underLock(() -> asDinas(caller, id, ifMatch,
                vps -> vps.approveResize(room(vps, false), caller.username(), now())));
    }

    public VpsRequest rejectResize(Caller caller, String id, String reason, String ifMatch) {
        return asDinas(caller, id, ifMatch, vps -> vps.rejectResize(reason, caller.username(), now()));
    }

    /** D7: retiring destroys the data on the VPS, so Dinas does it to an OPD's VPS only under the OPD's consent. */
    public VpsRequest decommission(Caller caller, String id, String reason, String ifMatch) {
        VpsRequest vps = access.forOwnerOrDinas(caller, id);
        custody.require(caller, vps.opd(), CustodyAction.DECOMMISSION_VPS, List.of(
                new CustodyTarget(CustodyTarget.Kind.VPS, vps.id()),
                new CustodyTarget(CustodyTarget.Kind.APPLICATION, vps.applicationId())));
        ETags.checkIfMatch(ifMatch, vps.version());
        vps.decommission(reason, caller.username(), now());
        return requests.save(vps);
    }

    /** Room in the data center and in the OPD's quota (D4) for {@code extra}; {@code newVps} counts one more VPS. */
    private RoomCheck room(VpsRequest vps, boolean newVps) {
        return (dataCenter, vcpu, ramGib, diskGib) -> {
            VpsProperties.Quota quota = properties.quotaOf(vps.opd());
            List<VpsRequest> held = allocations.heldBy(vps.opd());
            Allocation holding = VpsAllocations.sum(held);
            StringBuilder over = new StringBuilder();
            if (newVps && held.size() + 1 > quota.maxVps()) {
                over.append(" jumlah VPS (kuota ").append(quota.maxVps()).append(')');
            }
            if (holding.vcpu() + vcpu > quota.maxVcpu()) {
                over.append(" vCPU (terpakai ").append(holding.vcpu()).append(" + ").append(vcpu)
                        .append(", kuota ").append(quota.maxVcpu()).append(')');
            }
            if (holding.ramGib() + ramGib > quota.maxRamGib()) {
                over.append(" RAM (terpakai ").append(holding.ramGib()).append(" + ").append(ramGib)
                        .append(" GiB, kuota ").append(quota.maxRamGib()).append(" GiB)");
            }
            if (holding.diskGib() + diskGib > quota.maxDiskGib()) {
                over.append(" disk (terpakai ").append(holding.diskGib()).append(" + ").append(diskGib)
                        .append(" GiB, kuota ").append(quota.maxDiskGib()).append(" GiB)");
            }
            if (!over.isEmpty()) {
                throw new RuleViolationException("D4", "Kuota VPS OPD " + vps.opd() + " terlampaui:" + over + ".");
            }
            capacity.requireRoomFor(dataCenter, new Allocation(vcpu, ramGib, diskGib, 0, 0));
        };
    }

    private VpsRequest asOwnerOrDinas(Caller caller, String id, String ifMatch, Consumer<VpsRequest> step) {
        VpsRequest vps = access.forOwnerOrDinas(caller, id);
        ETags.checkIfMatch(ifMatch, vps.version());
        step.accept(vps);
        return requests.save(vps);
    }

    private VpsRequest asDinas(Caller caller, String id, String ifMatch, Consumer<VpsRequest> step) {
        VpsRequest vps = access.forDinas(caller, id);
        ETags.checkIfMatch(ifMatch, vps.version());
        step.accept(vps);
        return requests.save(vps);
    }

    private Instant now() {
        return clock.instant();
    }
}
