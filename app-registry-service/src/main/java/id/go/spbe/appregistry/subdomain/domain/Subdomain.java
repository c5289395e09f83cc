package id.go.spbe.appregistry.subdomain.domain;

import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainAllocated;
import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainRefused;
import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainReleased;
import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainRequested;
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
 * One name under the region's domain (A10). The full lower-case name is the document id, so two allocations of the
 * same name cannot both be stored. A released or refused name keeps its document: allocating it again starts a new
 * {@code generation} and the hash-chained history runs on, so who held the name before stays on record (SEC1).
 */
@Document("subdomains")
public class Subdomain extends AggregateRoot {

    @Id
    private String fqdn;
    private String label;
    private int generation;
    private SubdomainPurpose purpose;
    @Indexed
    private String applicationId;
    @Indexed
    private String ownerOpd;
    private SubdomainStatus status;
    private String requestedBy;
    private Instant requestedAt;
    private String allocatedBy;
    private Instant allocatedAt;
    private String refusedBy;
    private Instant refusedAt;
    private String refusalReason;
    private String releasedBy;
    private Instant releasedAt;
    private String releaseReason;

    Subdomain() {
    }

    /** An OPD's request for a new name (RL p30(4): Dinas decides). */
    public static Subdomain request(SubdomainName name, Assignment assignment, String actor, Instant now) {
        Subdomain subdomain = named(name);
        subdomain.requestAgain(assignment, actor, now);
        return subdomain;
    }

    /** Dinas allocating a new name directly. */
    public static Subdomain allocate(SubdomainName name, Assignment assignment, String actor, Instant now) {
        Subdomain subdomain = named(name);
        subdomain.allocateAgain(assignment, actor, now);
        return subdomain;
    }

    /** A request for a name that was released or refused before: the next generation. */
    public void requestAgain(Assignment assignment, String actor, Instant now) {
        begin(assignment);
        status = SubdomainStatus.REQUESTED;
        requestedBy = actor;
        requestedAt = now;
        raise(new SubdomainRequested(UUID.randomUUID(), now, fqdn, label, generation, purpose, applicationId,
                ownerOpd, now));
    }

    /** Dinas allocating a name that was released or refused before: the next generation. */
    public void allocateAgain(Assignment assignment, String actor, Instant now) {
        begin(assignment);
        markAllocated(actor, now);
    }

    /** Dinas grants a pending request. */
    public void allocateRequested(String actor, Instant now) {
        requireStatus(SubdomainStatus.REQUESTED, "dialokasikan");
        markAllocated(actor, now);
    }

    /** Dinas turns a pending request down; the name becomes free. */
    public void refuse(String actor, String reason, Instant now) {
        requireStatus(SubdomainStatus.REQUESTED, "ditolak");
        String why = requireReason(reason);
        status = SubdomainStatus.REFUSED;
        refusedBy = actor;
        refusedAt = now;
        refusalReason = why;
        raise(new SubdomainRefused(UUID.randomUUID(), now, fqdn, label, generation, applicationId, ownerOpd,
                refusalReason, now));
    }

    /** The holder or Dinas gives an allocated name back; it may be allocated again later. */
    public void release(String actor, String reason, Instant now) {
        requireStatus(SubdomainStatus.ALLOCATED, "dilepas");
        String why = requireReason(reason);
        status = SubdomainStatus.RELEASED;
        releasedBy = actor;
        releasedAt = now;
        releaseReason = why;
        raise(new SubdomainReleased(UUID.randomUUID(), now, fqdn, label, generation, applicationId, ownerOpd,
                releaseReason, now));
    }

    private static Subdomain named(SubdomainName name) {
        Subdomain subdomain = new Subdomain();
        subdomain.fqdn = name.fqdn();
        subdomain.label = name.label();
        return subdomain;
    }

    private void begin(Assignment assignment) {
        if (status != null && status.holdsName()) {
            throw new StateConflictException("Subdomain " + fqdn + " sudah " + (status == SubdomainStatus.ALLOCATED
                    ? "dialokasikan" : "diajukan dan menunggu keputusan Dinas") + "; pilih nama lain.");
        }
        Objects.requireNonNull(assignment.purpose(), "purpose");
        Objects.requireNonNull(assignment.ownerOpd(), "ownerOpd");
        if (assignment.purpose().needsApplication() && assignment.applicationId() == null) {
            throw new RuleViolationException("A1", "Subdomain untuk " + assignment.purpose()
                    + " hanya diberikan kepada aplikasi yang terdaftar; sebutkan applicationId.");
        }
        generation++;
        purpose = assignment.purpose();
        applicationId = assignment.applicationId();
        ownerOpd = assignment.ownerOpd();
        requestedBy = null;
        requestedAt = null;
        allocatedBy = null;
        allocatedAt = null;
        refusedBy = null;
        refusedAt = null;
        refusalReason = null;
        releasedBy = null;
        releasedAt = null;
        releaseReason = null;
    }

    private void markAllocated(String actor, Instant now) {
        status = SubdomainStatus.ALLOCATED;
        allocatedBy = actor;
        allocatedAt = now;
        raise(new SubdomainAllocated(UUID.randomUUID(), now, fqdn, label, generation, purpose, applicationId,
                ownerOpd, now));
    }

    private void requireStatus(SubdomainStatus expected, String verb) {
        if (status != expected) {
            throw new StateConflictException("Subdomain " + fqdn + " berstatus " + status + "; hanya yang berstatus "
                    + expected + " yang dapat " + verb + ".");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("A10", "Alasan wajib diisi.");
        }
        return reason.strip();
    }

    public String fqdn() {
        return fqdn;
    }

    public String label() {
        return label;
    }

    public int generation() {
        return generation;
    }

    public SubdomainPurpose purpose() {
        return purpose;
    }

    public String applicationId() {
        return applicationId;
    }

    public String ownerOpd() {
        return ownerOpd;
    }

    public SubdomainStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String allocatedBy() {
        return allocatedBy;
    }

    public Instant allocatedAt() {
        return allocatedAt;
    }

    public String refusedBy() {
        return refusedBy;
    }

    public Instant refusedAt() {
        return refusedAt;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releaseReason() {
        return releaseReason;
    }
}
