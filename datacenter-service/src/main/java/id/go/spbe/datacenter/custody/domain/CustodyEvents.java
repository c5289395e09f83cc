package id.go.spbe.datacenter.custody.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events of data-custody consents (D7), on {@value #TOPIC} keyed by consent id. */
public final class CustodyEvents {

    public static final String TOPIC = "spbe.datacenter.custody.v1";

    private CustodyEvents() {
    }

    /** An OPD let Dinas act on its data: which actions, on which systems (or all), for which period. */
    /** A consent's event: keyed by the consent and filed under the OPD that gave it. */
    public interface ConsentEvent extends DomainEvent {

        String consentId();

        String opd();

        @Override
        default String aggregateId() {
            return consentId();
        }

        @Override
        default String opdCode() {
            return opd();
        }
    }

    @EventType(value = "id.go.spbe.custody.consent-granted.v1", topic = TOPIC)
    public record CustodyConsentGranted(UUID eventId, Instant occurredAt, String consentId, String opd,
            List<String> actions, boolean allSystems, List<CustodyTarget> targets, LocalDate validFrom,
            LocalDate validUntil, String letterNumber, String grantedBy) implements ConsentEvent {

        @Override
        public String actor() {
            return grantedBy;
        }
    }

    /** The OPD (or Dinas on its written instruction) withdrew the consent, with a reason; it no longer covers anything. */
    @EventType(value = "id.go.spbe.custody.consent-revoked.v1", topic = TOPIC)
    public record CustodyConsentRevoked(UUID eventId, Instant occurredAt, String consentId, String opd, String reason,
            String revokedBy) implements ConsentEvent {

        @Override
        public String actor() {
            return revokedBy;
        }
    }

    /** The consent's period ended (its last day was {@code validUntil}); it covers nothing any more. */
    @EventType(value = "id.go.spbe.custody.consent-expired.v1", topic = TOPIC)
    public record CustodyConsentExpired(UUID eventId, Instant occurredAt, String consentId, String opd,
            LocalDate validUntil) implements ConsentEvent {

        @Override
        public String actor() {
            return "system";
        }
    }

    /**
     * The OPD attached the letter behind its consent (D7 × SEC3): the stored document, its SHA-256 and the verdict of
     * its signature check; {@code replacedDocumentId} names the letter it replaces, if any.
     */
    @EventType(value = "id.go.spbe.custody.consent-letter-attached.v1", topic = TOPIC)
    public record ConsentLetterAttached(UUID eventId, Instant occurredAt, String consentId, String opd,
            String documentId, String filename, long sizeBytes, String sha256, String signatureStatus, String signer,
            String replacedDocumentId, String uploadedBy) implements ConsentEvent {

        @Override
        public String actor() {
            return uploadedBy;
        }
    }
}
