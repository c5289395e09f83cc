package id.go.spbe.network.wan.domain;

import id.go.spbe.network.wan.domain.WanLinkEvents.WanLinkChanged;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * A WAN circuit between two sites of the intra-government network (N2): Dinas plans, builds and runs the WAN up to
 * each OPD's router, so only Dinas records circuits. A circuit id is unique per provider — enforced by a unique index
 * on the normalised provider name and circuit id, so two concurrent registrations of the same circuit cannot both
 * be stored.
 */
@Document("wan_links")
@CompoundIndex(name = "provider_circuit", def = "{'providerKey': 1, 'circuitId': 1}", unique = true)
public class WanLink extends AggregateRoot {

    @Id
    private String id;
    private String provider;
    private String providerKey;
    private String circuitId;
    private WanMedium medium;
    private int bandwidthDownMbps;
    private Integer bandwidthUpMbps;
    private Contract contract;
    private Sla sla;
    private Termination aEnd;
    private Termination bEnd;
    private WanLinkStatus status;
    private String registeredBy;
    private Instant registeredAt;
    private String updatedBy;
    private Instant updatedAt;
    private String decommissionedBy;
    private Instant decommissionedAt;
    private String decommissionReason;
    private LocalDate decommissionedOn;

    WanLink() {
    }

    /** Case and spacing do not make another provider: "Telkom  Indonesia" is "telkom indonesia". */
    public static String providerKey(String provider) {
        return provider.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static WanLink register(WanLinkDetails details, String actor, Instant now) {
        WanLink link = new WanLink();
        link.id = UUID.randomUUID().toString();
        link.status = WanLinkStatus.ACTIVE;
        link.apply(details);
        link.registeredBy = actor;
        link.registeredAt = now;
        link.changed(WanLinkChange.REGISTERED, now);
        return link;
    }

    public void update(WanLinkDetails details, String actor, Instant now) {
        requireActive("diubah");
        apply(details);
        updatedBy = actor;
        updatedAt = now;
        changed(WanLinkChange.UPDATED, now);
    }

    /**
     * Takes the circuit out of the active inventory (N2): with a reason and the date it stopped serving ({@code on};
     * null: today, in the region's time zone). That date, not the moment it is recorded, decides in which year's
     * review (N8) the circuit was last active, so a circuit switched off on 30 December and recorded in January still
     * counts as gone at that year's end. Not after today and not before its contract began (422 N2).
     */
    public void decommission(String reason, LocalDate on, LocalDate today, String actor, Instant now) {
        requireActive("dihentikan");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("N2", "Alasan penghentian wajib diisi.");
        }
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today)) {
            throw new RuleViolationException("N2", "decommissionedOn: tanggal penghentian " + date + " belum tiba "
                    + "(hari ini " + today + "); catat penghentian setelah sirkuit benar-benar berhenti.");
        }
        if (contract != null && contract.startDate() != null && date.isBefore(contract.startDate())) {
            throw new RuleViolationException("N2", "decommissionedOn: tanggal penghentian " + date + " sebelum "
                    + "kontrak sirkuit dimulai (" + contract.startDate() + ").");
        }
        status = WanLinkStatus.DECOMMISSIONED;
        decommissionedBy = actor;
        decommissionedAt = now;
        decommissionedOn = date;
        decommissionReason = reason.strip();
        changed(WanLinkChange.DECOMMISSIONED, now);
    }

    /**
     * When the circuit stopped serving: the start of its decommissioning date in {@code zone}; for a circuit
     * decommissioned before dates were recorded, the moment it was recorded. Null while active.
     */
    public Instant outOfServiceAt(ZoneId zone) {
        return decommissionedOn != null ? decommissionedOn.atStartOfDay(zone).toInstant() : decommissionedAt;
    }

    private void apply(WanLinkDetails details) {
        if (details.aEnd().sameSite(details.bEnd())) {
            throw new RuleViolationException("N2", "Kedua ujung sirkuit berada di lokasi yang sama ("
                    + details.aEnd().siteId() + "); tautan WAN menghubungkan dua lokasi.");
        }
        Contract c = details.contract();
        if (c != null && c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            throw new RuleViolationException("N2", "Kontrak berakhir (" + c.endDate() + ") sebelum dimulai ("
                    + c.startDate() + ").");
        }
        provider = details.provider().strip();
        providerKey = providerKey(provider);
        circuitId = details.circuitId().strip();
        medium = details.medium();
        bandwidthDownMbps = details.bandwidthDownMbps();
        bandwidthUpMbps = details.bandwidthUpMbps();
        contract = details.contract();
        sla = details.sla();
        aEnd = details.aEnd();
        bEnd = details.bEnd();
    }

    private void requireActive(String verb) {
        if (status != WanLinkStatus.ACTIVE) {
            throw new StateConflictException("Tautan WAN " + circuitId + " sudah dihentikan dan tidak dapat "
                    + verb + ".");
        }
    }

    private void changed(WanLinkChange change, Instant now) {
        raise(new WanLinkChanged(UUID.randomUUID(), now, id, change, status, provider, circuitId, medium,
                bandwidthDownMbps, bandwidthUpMbps, aEnd.siteId(), aEnd.opdCode(), bEnd.siteId(), bEnd.opdCode(),
                decommissionedOn, decommissionReason, aEnd.deviceId(), aEnd.interfaceName(), bEnd.deviceId(),
                bEnd.interfaceName()));
    }

    /** The circuit's terms as they stand now. */
    public CircuitTerms terms() {
        return new CircuitTerms(id, provider, circuitId, medium, bandwidthDownMbps, bandwidthUpMbps, aEnd, bEnd);
    }

    /**
     * Whether the terms in force at {@code instant} may differ from today's: only an update recorded at or after it
     * changes them (registration precedes it; decommissioning changes no term).
     */
    public boolean changedSince(Instant instant) {
        return updatedAt != null && !updatedAt.isBefore(instant);
    }

    public String id() {
        return id;
    }

    public String provider() {
        return provider;
    }

    public String circuitId() {
        return circuitId;
    }

    public WanMedium medium() {
        return medium;
    }

    public int bandwidthDownMbps() {
        return bandwidthDownMbps;
    }

    public Integer bandwidthUpMbps() {
        return bandwidthUpMbps;
    }

    public Contract contract() {
        return contract;
    }

    public Sla sla() {
        return sla;
    }

    public Termination aEnd() {
        return aEnd;
    }

    public Termination bEnd() {
        return bEnd;
    }

    public WanLinkStatus status() {
        return status;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String decommissionedBy() {
        return decommissionedBy;
    }

    public Instant decommissionedAt() {
        return decommissionedAt;
    }

    public LocalDate decommissionedOn() {
        return decommissionedOn;
    }

    public String decommissionReason() {
        return decommissionReason;
    }
}
