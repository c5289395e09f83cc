package id.go.spbe.audit.pulled.domain;

import id.go.spbe.audit.pulled.domain.PulledEvidenceEvents.PulledEvidenceRecorded;
import id.go.spbe.platform.domain.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence pulled from another service into an audit: one source's view over a review period, frozen when the
 * audit's team or Dinas took it (who, when, and how current the read model was). Immutable once recorded: a newer
 * view is a new record. Its event goes out in the same save (outbox in this document).
 */
@Document("pulled_evidence")
public class PulledEvidence extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String auditId;
    private String auditedOpd;
    private EvidenceSource source;
    private ServiceEvidence evidence;
    private String pulledBy;
    private Instant pulledAt;

    PulledEvidence() {
    }

    public static PulledEvidence record(String auditId, String auditedOpd, ServiceEvidence evidence, String by,
            Instant now) {
        PulledEvidence p = new PulledEvidence();
        p.id = UUID.randomUUID().toString();
        p.auditId = auditId;
        p.auditedOpd = auditedOpd;
        p.source = evidence.source();
        p.evidence = evidence;
        p.pulledBy = by;
        p.pulledAt = now;
        p.raise(new PulledEvidenceRecorded(UUID.randomUUID(), now, p.id, auditId, auditedOpd, evidence.source(),
                evidence.from(), evidence.to(), evidence.scope().linkedTo(), evidence.dataAsOf(),
                evidence.headline(), evidence.rowCount(), by));
        return p;
    }

    public String id() {
        return id;
    }

    public String auditId() {
        return auditId;
    }

    public String auditedOpd() {
        return auditedOpd;
    }

    public EvidenceSource source() {
        return source;
    }

    public ServiceEvidence evidence() {
        return evidence;
    }

    public String pulledBy() {
        return pulledBy;
    }

    public Instant pulledAt() {
        return pulledAt;
    }
}
