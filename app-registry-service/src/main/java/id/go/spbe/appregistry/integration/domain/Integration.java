package id.go.spbe.appregistry.integration.domain;

import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationAccepted;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationDeclined;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationEnded;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationProposed;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationRecorded;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A relation between two registered applications (A13): the provider offers something (an API, data, sign-in, a
 * connector between national Aplikasi Umum) that the consumer uses. The owner OPDs at recording time are kept so the
 * relation stays attributable even if an application later leaves the register.
 *
 * <p>A relation binds both owners, so one OPD cannot write it for another (A13, issue 7 defect 8): an OPD naming
 * another OPD's application only <em>proposes</em> the relation, and it becomes ACTIVE when the other owner (or Dinas)
 * accepts it. PROPOSED → ACTIVE | DECLINED; ACTIVE → ENDED.
 */
@Document("integrations")
public class Integration extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String providerApplicationId;
    private String providerOpd;
    @Indexed
    private String consumerApplicationId;
    private String consumerOpd;
    private IntegrationKind kind;
    private String purpose;
    private String dataExchanged;
    private IntegrationStatus status;
    /**
     * provider|consumer|kind while PROPOSED or ACTIVE, absent once declined or ended. The unique sparse index makes
     * "the same relation twice while open" impossible even for two concurrent requests, without transactions.
     */
    @Indexed(unique = true, sparse = true)
    private String activeKey;
    private String recordedBy;
    private Instant recordedAt;
    /** The OPD that proposed the relation and the OPD whose acceptance it waits for; null when recorded ACTIVE. */
    private String proposedByOpd;
    private String awaitingOpd;
    private String acceptedBy;
    private Instant acceptedAt;
    private String declinedBy;
    private Instant declinedAt;
    private String declineReason;
    private String endedBy;
    private Instant endedAt;
    private String endReason;

    Integration() {
    }

    /**
     * Records that {@code consumer} uses {@code provider}, ACTIVE at once: for a relation within one OPD, or one that
     * Dinas records. An application cannot integrate with itself.
     */
    public static Integration record(Party provider, Party consumer, IntegrationKind kind, String purpose,
            String dataExchanged, String actor, Instant now) {
        Integration integration = open(provider, consumer, kind, purpose, dataExchanged, actor, now);
        integration.status = IntegrationStatus.ACTIVE;
        integration.raise(new IntegrationRecorded(UUID.randomUUID(), now, integration.id,
                integration.providerApplicationId, integration.providerOpd, integration.consumerApplicationId,
                integration.consumerOpd, kind, integration.purpose, integration.dataExchanged, now));
        return integration;
    }

    /**
     * Proposes a relation between applications of two OPDs on behalf of {@code proposingOpd}, the owner of one side.
     * It stays PROPOSED until the owner of the other side (or Dinas) accepts it (A13).
     */
    public static Integration propose(Party provider, Party consumer, IntegrationKind kind, String purpose,
            String dataExchanged, String proposingOpd, String actor, Instant now) {
        if (provider.ownerOpd().equals(consumer.ownerOpd())) {
            throw new IllegalArgumentException("a relation within one OPD is recorded, not proposed");
        }
        if (!proposingOpd.equals(provider.ownerOpd()) && !proposingOpd.equals(consumer.ownerOpd())) {
            throw new IllegalArgumentException("only the owner of one side proposes a relation");
        }
        Integration integration = open(provider, consumer, kind, purpose, dataExchanged, actor, now);
        integration.status = IntegrationStatus.PROPOSED;
        integration.proposedByOpd = proposingOpd;
        integration.awaitingOpd = proposingOpd.equals(provider.ownerOpd()) ? consumer.ownerOpd()
                : provider.ownerOpd();
        integration.raise(new IntegrationProposed(UUID.randomUUID(), now, integration.id,
                integration.providerApplicationId, integration.providerOpd, integration.consumerApplicationId,
                integration.consumerOpd, kind, integration.purpose, integration.dataExchanged,
                integration.proposedByOpd, integration.awaitingOpd, now));
        return integration;
    }

    private static Integration open(Party provider, Party consumer, IntegrationKind kind, String purpose,
            String dataExchanged, String actor, Instant now) {
        Objects.requireNonNull(kind, "kind");
        if (provider.applicationId().equals(consumer.applicationId())) {
            throw new RuleViolationException("A13", "Integrasi menghubungkan dua aplikasi yang berbeda; penyedia dan "
                    + "pengguna tidak boleh aplikasi yang sama.");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new RuleViolationException("A13", "Tujuan integrasi wajib diisi.");
        }
        Integration integration = new Integration();
        integration.id = UUID.randomUUID().toString();
        integration.providerApplicationId = provider.applicationId();
        integration.providerOpd = provider.ownerOpd();
        integration.consumerApplicationId = consumer.applicationId();
        integration.consumerOpd = consumer.ownerOpd();
        integration.kind = kind;
        integration.purpose = purpose.strip();
        integration.dataExchanged = dataExchanged == null || dataExchanged.isBlank() ? null : dataExchanged.strip();
        integration.activeKey = activeKey(provider.applicationId(), consumer.applicationId(), kind);
        integration.recordedBy = actor;
        integration.recordedAt = now;
        return integration;
    }

    /** The other owner (or Dinas, {@code byDinas}) agrees: the proposed relation becomes ACTIVE. */
    public void accept(String actor, boolean byDinas, Instant now) {
        requireProposed("diterima");
        status = IntegrationStatus.ACTIVE;
        acceptedBy = actor;
        acceptedAt = now;
        raise(new IntegrationAccepted(UUID.randomUUID(), now, id, providerApplicationId, providerOpd,
                consumerApplicationId, consumerOpd, kind, purpose, dataExchanged, proposedByOpd, awaitingOpd, byDinas,
                now));
    }

    /** The other owner (or Dinas) refuses: the relation never existed, the proposal stays on record. */
    public void decline(String actor, String reason, boolean byDinas, Instant now) {
        requireProposed("ditolak");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("A13", "Alasan menolak usulan integrasi wajib diisi.");
        }
        status = IntegrationStatus.DECLINED;
        activeKey = null;
        declinedBy = actor;
        declinedAt = now;
        declineReason = reason.strip();
        raise(new IntegrationDeclined(UUID.randomUUID(), now, id, providerApplicationId, providerOpd,
                consumerApplicationId, consumerOpd, kind, proposedByOpd, awaitingOpd, byDinas, declineReason, now));
    }

    private void requireProposed(String verb) {
        if (status != IntegrationStatus.PROPOSED) {
            throw new StateConflictException("Integrasi " + id + " berstatus " + status
                    + "; hanya usulan (PROPOSED) yang dapat " + verb + ".");
        }
    }

    /** The key under which an active relation is unique. */
    public static String activeKey(String providerApplicationId, String consumerApplicationId, IntegrationKind kind) {
        return providerApplicationId + "|" + consumerApplicationId + "|" + kind;
    }

    /** The relation no longer exists; it stays on record. */
    public void end(String actor, String reason, Instant now) {
        if (status == IntegrationStatus.PROPOSED) {
            throw new StateConflictException("Integrasi " + id + " masih berupa usulan; usulan diterima atau ditolak, "
                    + "tidak diakhiri.");
        }
        if (status != IntegrationStatus.ACTIVE) {
            throw new StateConflictException("Integrasi " + id + " sudah berstatus " + status + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("A13", "Alasan mengakhiri integrasi wajib diisi.");
        }
        status = IntegrationStatus.ENDED;
        activeKey = null;
        endedBy = actor;
        endedAt = now;
        endReason = reason.strip();
        raise(new IntegrationEnded(UUID.randomUUID(), now, id, providerApplicationId, providerOpd,
                consumerApplicationId, consumerOpd, kind, endReason, now));
    }

    public String id() {
        return id;
    }

    public String providerApplicationId() {
        return providerApplicationId;
    }

    public String providerOpd() {
        return providerOpd;
    }

    public String consumerApplicationId() {
        return consumerApplicationId;
    }

    public String consumerOpd() {
        return consumerOpd;
    }

    public IntegrationKind kind() {
        return kind;
    }

    public String purpose() {
        return purpose;
    }

    public String dataExchanged() {
        return dataExchanged;
    }

    public IntegrationStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public String proposedByOpd() {
        return proposedByOpd;
    }

    public String awaitingOpd() {
        return awaitingOpd;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String declinedBy() {
        return declinedBy;
    }

    public Instant declinedAt() {
        return declinedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    /** One side of a relation: an application and the OPD that owns it. */
    public record Party(String applicationId, String ownerOpd) {
    }
}
