package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.BackupRun;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Backup runs reported by the systems that ran them (D6): an OPD's machine client for its own systems, a Dinas
 * machine client (its OPD is the Dinas) or a Dinas admin for any. The platform's {@code Idempotency-Key} makes a
 * resend harmless; a second report of the same run (policy and start) is a 409 without a key.
 */
@Service
public class BackupRuns {

    /** Clocks of reporting machines drift; a start this far ahead of ours is still accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final BackupRunRepository runs;
    private final BackupPolicyRepository policies;
    private final OpdReferences opds;
    private final Clock clock;

    BackupRuns(BackupRunRepository runs, BackupPolicyRepository policies, OpdReferences opds, Clock clock) {
        this.runs = runs;
        this.policies = policies;
        this.opds = opds;
        this.clock = clock;
    }

    public BackupRun report(Caller caller, String policyId, Instant startedAt, long durationSeconds, long sizeBytes,
            String checksum, BackupRun.Result result, String message, boolean offsite) {
        BackupPolicy policy = policies.findById(policyId).filter(p -> mayReportFor(caller, p.opd()))
                .orElseThrow(() -> new NotFoundException("Kebijakan pencadangan", policyId));
        Instant now = clock.instant();
        if (startedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolationException("D6", "Waktu mulai pencadangan (" + startedAt + ") ada di masa depan.");
        }
        if (result == BackupRun.Result.SUCCESS && (checksum == null || sizeBytes <= 0)) {
            throw new RuleViolationException("D6", "Pencadangan yang berhasil wajib melaporkan ukuran dan checksum "
                    + "SHA-256 salinannya.");
        }
        BackupRun run = BackupRun.report(policy, startedAt, durationSeconds, sizeBytes, checksum, result, message,
                offsite, caller.username(), now);
        try {
            return runs.insert(run);
        } catch (DuplicateKeyException sameRun) {
            throw new StateConflictException("Pencadangan kebijakan ini yang dimulai " + startedAt
                    + " sudah dilaporkan.");
        }
    }

    /**
     * Dinas admins report for any system; a machine client for its own OPD's, or for any when its OPD is the Dinas
     * (the data center's own backup system). Anyone else who may see the OPD is refused (403); who may not, 404.
     */
    private boolean mayReportFor(Caller caller, String opd) {
        if (caller.hasRole(Roles.DINAS_ADMIN)) {
            return true;
        }
        if (caller.hasRole(Roles.INTEGRATION)) {
            if (opd.equals(caller.opd())) {
                return true;
            }
            if (opds.find(caller.opd()).map(OpdReference::dinas).orElse(false)) {
                return true;
            }
        }
        if (caller.maySee(opd)) {
            throw new AccessDeniedException("backup runs are reported by machine clients or Dinas");
        }
        return false;
    }

    public Page<BackupRun> list(Caller caller, String policyId, String opd, Pageable page) {
        if (policyId != null) {
            caller.visible(policies.findById(policyId), BackupPolicy::opd)
                    .orElseThrow(() -> new NotFoundException("Kebijakan pencadangan", policyId));
            return runs.findByPolicyId(policyId, page);
        }
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        return scope == null ? runs.findAll(page) : runs.findByOpd(scope, page);
    }
}
