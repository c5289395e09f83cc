package id.go.spbe.datacenter.vps.domain;

import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsActivated;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsApproved;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsDecommissioned;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsExpiring;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsProvisioned;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsRejected;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsRenewed;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsRequested;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsResizeDecided;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsResizeRequested;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A VPS an OPD that runs no servers of its own asks Dinas for (D4), to host one registered application (A1). The
 * aggregate owns its life cycle: each step is one method that checks the transition (409), the rule (422 with the
 * obligation) and raises its event; capacity and quota are asked through a {@link RoomCheck} only once the step
 * itself is allowed.
 */
@Document("vps_requests")
public class VpsRequest extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String opd;
    private String applicationId;
    private String applicationName;
    private VpsSpec spec;
    private String purpose;
    private int termMonths;
    @Indexed
    private VpsStatus status;
    @Indexed
    private String dataCenter;
    private LocalDate expiresOn;
    private Decision submission;
    private Decision approval;
    private Decision rejection;
    private Provisioning provisioning;
    private Decision activation;
    private Decision decommissioning;
    private ResizeRequest pendingResize;
    /** The expiry date the last reminder was about; a renewal's new date gets its own reminder. */
    private LocalDate remindedFor;
    private Instant updatedAt;

    VpsRequest() {
    }

    /** The OPD's request, SUBMITTED; who may ask (not Mandiri TIK, a registered application) is checked before. */
    public static VpsRequest submit(String opd, String applicationId, String applicationName, VpsSpec spec,
            String purpose, int termMonths, String by, Instant now) {
        VpsRequest vps = new VpsRequest();
        vps.id = UUID.randomUUID().toString();
        vps.opd = opd;
        vps.applicationId = applicationId;
        vps.applicationName = applicationName;
        vps.spec = spec;
        vps.purpose = purpose;
        vps.termMonths = termMonths;
        vps.status = VpsStatus.SUBMITTED;
        vps.submission = new Decision(by, now, null);
        vps.updatedAt = now;
        vps.raise(new VpsRequested(UUID.randomUUID(), now, vps.id, opd, applicationId, applicationName, spec.vcpu(),
                spec.ramGib(), spec.diskGib(), spec.osImage(), purpose, termMonths, by));
        return vps;
    }

    /** D4: Dinas approves, placing the VPS in {@code dataCenter} once it and the OPD's quota have room. */
    public void approve(String dataCenter, String note, RoomCheck room, String by, Instant now) {
        require(VpsStatus.APPROVED);
        room.require(dataCenter, spec.vcpu(), spec.ramGib(), spec.diskGib());
        this.dataCenter = dataCenter;
        approval = new Decision(by, now, blankToNull(note));
        moveTo(VpsStatus.APPROVED, now);
        raise(new VpsApproved(UUID.randomUUID(), now, id, opd, applicationId, dataCenter, spec.vcpu(),
                spec.ramGib(), spec.diskGib(), approval.note(), by));
    }

    /** D4: a refusal always says why, so the OPD can act on it. */
    public void reject(String reason, String by, Instant now) {
        require(VpsStatus.REJECTED);
        requireText(reason, "Alasan penolakan permohonan VPS wajib diisi.");
        rejection = new Decision(by, now, reason.trim());
        moveTo(VpsStatus.REJECTED, now);
        raise(new VpsRejected(UUID.randomUUID(), now, id, opd, applicationId, rejection.note(), by));
    }

    /** D4: Dinas records the machine it set up and how the first credentials were handed over. */
    public void provision(String hostname, String ipAddress, CredentialHandover handover, String by, Instant now) {
        require(VpsStatus.PROVISIONED);
        provisioning = new Provisioning(hostname, ipAddress, handover, by, now);
        moveTo(VpsStatus.PROVISIONED, now);
        raise(new VpsProvisioned(UUID.randomUUID(), now, id, opd, applicationId, dataCenter, hostname, ipAddress,
                spec.vcpu(), spec.ramGib(), spec.diskGib(), spec.osImage(), handover.handedTo(),
                handover.method().name(), by));
    }

    /** In service from today (in the region's time zone) for the requested term. */
    public void activate(ZoneId zone, String by, Instant now) {
        require(VpsStatus.ACTIVE);
        activation = new Decision(by, now, null);
        expiresOn = LocalDate.ofInstant(now, zone).plusMonths(termMonths);
        moveTo(VpsStatus.ACTIVE, now);
        raise(new VpsActivated(UUID.randomUUID(), now, id, opd, applicationId, applicationName, dataCenter,
                provisioning.hostname(), expiresOn, by));
    }

    /**
     * Extends an active VPS to {@code until}: later than the current expiry, at most {@code maxTermMonths} from
     * today (D4, the service's term limit).
     */
    public void renew(LocalDate until, int maxTermMonths, ZoneId zone, String by, Instant now) {
        if (status != VpsStatus.ACTIVE) {
            throw new StateConflictException("Hanya VPS berstatus ACTIVE yang dapat diperpanjang (status: " + status
                    + ").");
        }
        LocalDate latest = LocalDate.ofInstant(now, zone).plusMonths(maxTermMonths);
        if (!until.isAfter(expiresOn) || until.isAfter(latest)) {
            throw new RuleViolationException("D4", "Perpanjangan harus sesudah masa berlaku saat ini (" + expiresOn
                    + ") dan paling lambat " + latest + ".");
        }
        LocalDate previous = expiresOn;
        expiresOn = until;
        updatedAt = now;
        raise(new VpsRenewed(UUID.randomUUID(), now, id, opd, applicationId, previous, until, by));
    }

    /**
     * Reminds the OPD that the term ends (D4): once {@code today} is within {@code daysBefore} days of the expiry,
     * once per expiry date, whatever the number of supervision passes.
     *
     * @return whether a reminder was raised (the caller saves only then)
     */
    public boolean remindOfExpiry(LocalDate today, int daysBefore, Instant now) {
        if (status != VpsStatus.ACTIVE || expiresOn == null || today.isBefore(expiresOn.minusDays(daysBefore))
                || expiresOn.equals(remindedFor)) {
            return false;
        }
        remindedFor = expiresOn;
        raise(new VpsExpiring(UUID.randomUUID(), now, id, opd, applicationId, applicationName,
                provisioning.hostname(), expiresOn, ChronoUnit.DAYS.between(today, expiresOn)));
        return true;
    }

    /** The OPD asks for other resources; one request at a time, on a provisioned or active VPS. */
    public void requestResize(int vcpu, int ramGib, int diskGib, String reason, String by, Instant now) {
        if (status != VpsStatus.PROVISIONED && status != VpsStatus.ACTIVE) {
            throw new StateConflictException("Perubahan ukuran hanya untuk VPS berstatus PROVISIONED atau ACTIVE "
                    + "(status: " + status + ").");
        }
        if (pendingResize != null) {
            throw new StateConflictException("Masih ada permohonan perubahan ukuran yang belum diputuskan.");
        }
        if (vcpu == spec.vcpu() && ramGib == spec.ramGib() && diskGib == spec.diskGib()) {
            throw new StateConflictException("Ukuran yang diminta sama dengan ukuran VPS saat ini.");
        }
        if (diskGib < spec.diskGib()) {
            throw new RuleViolationException("D4", "Disk VPS tidak dapat diperkecil (" + spec.diskGib() + " GiB → "
                    + diskGib + " GiB); data di dalamnya harus dipindahkan ke VPS baru.");
        }
        requireText(reason, "Alasan perubahan ukuran wajib diisi.");
        pendingResize = new ResizeRequest(vcpu, ramGib, diskGib, reason.trim(), by, now);
        updatedAt = now;
        raise(new VpsResizeRequested(UUID.randomUUID(), now, id, opd, applicationId, vcpu, ramGib, diskGib,
                pendingResize.reason(), by));
    }

    /** D4: Dinas grants the pending resize when the data center and quota have room for the growth. */
    public void approveResize(RoomCheck room, String by, Instant now) {
        ResizeRequest resize = requirePendingResize();
        room.require(dataCenter, Math.max(0, resize.vcpu() - spec.vcpu()),
                Math.max(0, resize.ramGib() - spec.ramGib()), Math.max(0, resize.diskGib() - spec.diskGib()));
        spec = spec.resizedTo(resize.vcpu(), resize.ramGib(), resize.diskGib());
        pendingResize = null;
        updatedAt = now;
        raise(new VpsResizeDecided(UUID.randomUUID(), now, id, opd, applicationId, true, spec.vcpu(), spec.ramGib(),
                spec.diskGib(), null, by));
    }

    public void rejectResize(String reason, String by, Instant now) {
        ResizeRequest resize = requirePendingResize();
        requireText(reason, "Alasan penolakan perubahan ukuran wajib diisi.");
        pendingResize = null;
        updatedAt = now;
        raise(new VpsResizeDecided(UUID.randomUUID(), now, id, opd, applicationId, false, resize.vcpu(),
                resize.ramGib(), resize.diskGib(), reason.trim(), by));
    }

    /** Retires the VPS (approved, provisioned or active) and frees its capacity; the reason is kept. */
    public void decommission(String reason, String by, Instant now) {
        require(VpsStatus.DECOMMISSIONED);
        requireText(reason, "Alasan penghentian VPS wajib diisi.");
        VpsStatus from = status;
        decommissioning = new Decision(by, now, reason.trim());
        pendingResize = null;
        moveTo(VpsStatus.DECOMMISSIONED, now);
        raise(new VpsDecommissioned(UUID.randomUUID(), now, id, opd, applicationId, dataCenter, from.name(),
                decommissioning.note(), by));
    }

    private ResizeRequest requirePendingResize() {
        if (pendingResize == null || (status != VpsStatus.PROVISIONED && status != VpsStatus.ACTIVE)) {
            throw new StateConflictException("Tidak ada permohonan perubahan ukuran yang menunggu keputusan.");
        }
        return pendingResize;
    }

    private void moveTo(VpsStatus to, Instant now) {
        status = to;
        updatedAt = now;
    }

    private void require(VpsStatus target) {
        if (!status.next().contains(target)) {
            throw new StateConflictException("VPS berstatus " + status + " tidak dapat berpindah ke " + target
                    + "; yang mungkin: " + status.next() + ".");
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("D4", message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public String applicationId() {
        return applicationId;
    }

    public String applicationName() {
        return applicationName;
    }

    public VpsSpec spec() {
        return spec;
    }

    public String purpose() {
        return purpose;
    }

    public int termMonths() {
        return termMonths;
    }

    public VpsStatus status() {
        return status;
    }

    public String dataCenter() {
        return dataCenter;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Decision submission() {
        return submission;
    }

    public Decision approval() {
        return approval;
    }

    public Decision rejection() {
        return rejection;
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    public Decision activation() {
        return activation;
    }

    public Decision decommissioning() {
        return decommissioning;
    }

    public ResizeRequest pendingResize() {
        return pendingResize;
    }

    public LocalDate remindedFor() {
        return remindedFor;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
