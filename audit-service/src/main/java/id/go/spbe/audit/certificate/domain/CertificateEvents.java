package id.go.spbe.audit.certificate.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events of the electronic-certificate register (AU9), topic {@value #TOPIC}, key = certificate id. */
public final class CertificateEvents {

    public static final String TOPIC = "spbe.audit.certificate.v1";

    private CertificateEvents() {
    }

    interface CertificateEvent extends DomainEvent {

        String certificateId();

        String opdCode();

        @Override
        default String aggregateId() {
            return certificateId();
        }
    }

    @EventType(value = "id.go.spbe.certificate.registered.v1", topic = TOPIC)
    public record CertificateRegistered(UUID eventId, Instant occurredAt, String certificateId, String holder,
            String opdCode, String issuer, String serialNumber, Instant notBefore, Instant notAfter,
            List<KeyUsage> keyUsage, CertificateSource source, String registeredBy) implements CertificateEvent {

        @Override
        public String actor() {
            return registeredBy;
        }
    }

    @EventType(value = "id.go.spbe.certificate.updated.v1", topic = TOPIC)
    public record CertificateUpdated(UUID eventId, Instant occurredAt, String certificateId, String holder,
            String opdCode, String issuer, String serialNumber, Instant notBefore, Instant notAfter,
            List<KeyUsage> keyUsage, String updatedBy) implements CertificateEvent {

        @Override
        public String actor() {
            return updatedBy;
        }
    }

    /**
     * The certificate expires within {@code thresholdDays} days (the tightest threshold newly crossed): once per
     * certificate and threshold, so the holder's OPD renews it in time (AU9).
     */
    @EventType(value = "id.go.spbe.certificate.expiring.v1", topic = TOPIC)
    public record CertificateExpiring(UUID eventId, Instant occurredAt, String certificateId, String holder,
            String opdCode, String issuer, String serialNumber, Instant notAfter, int thresholdDays,
            long daysLeft) implements CertificateEvent {

        @Override
        public String actor() {
            return "system";
        }
    }
}
