package id.go.spbe.appregistry.integration.domain;

import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationEnded;
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
     * provider|consumer|kind while ACTIVE, absent once ended. The unique sparse index makes "the same relation twice
     * while active" impossible even for two concurrent requests, without transactions.
     */
    @Indexed(unique = true, sparse = true)
    private String activeKey;
    private String recordedBy;
    private Instant recordedAt;
    private String endedBy;
    private Instant endedAt;
    private String endReason;

    Integration() {
    }

    /** Records that {@code consumer} uses {@code provider}; an application cannot integrate with itself. */
    public static Integration record(Party provider, Party consumer, IntegrationKind kind, String purpose,
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
        integration.status = IntegrationStatus.ACTIVE;
        integration.activeKey = activeKey(provider.applicationId(), consumer.applicationId(), kind);
        integration.recordedBy = actor;
        integration.recordedAt = now;
        integration.raise(new IntegrationRecorded(UUID.randomUUID(), now, integration.id,
                integration.providerApplicationId, integration.providerOpd, integration.consumerApplicationId,
                integration.consumerOpd, kind, integration.purpose, integration.dataExchanged, now));
        return integration;
    }

    /** The key under which an active relation is unique. */
    public static String activeKey(String providerApplicationId, String consumerApplicationId, IntegrationKind kind) {
        return providerApplicationId + "|" + consumerApplicationId + "|" + kind;
    }

    /** The relation no longer exists; it stays on record. */
    public void end(String actor, String reason, Instant now) {
        if (status != IntegrationStatus.ACTIVE) {
            throw new StateConflictException("Integrasi " + id + " sudah diakhiri.");
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

    /** One side of a relation: an application and the OPD that owns it. */
    public record Party(String applicationId, String ownerOpd) {
    }
}
