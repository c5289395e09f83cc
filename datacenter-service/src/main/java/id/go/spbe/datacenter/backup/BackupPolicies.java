package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.application.ApplicationReference;
import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.ProtectedSystem;
import id.go.spbe.datacenter.backup.domain.RestoreTest;
import id.go.spbe.datacenter.custody.CustodyGuard;
import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.datacenter.vps.VpsRequests;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Backup policies (D6): one active policy per protected system. The owner OPD or Dinas defines one for a registered
 * application (A1) or a VPS of the OPD; a VPS gets one by itself when it goes into service, and loses it when retired.
 */
@Service
public class BackupPolicies {

    private static final Logger log = LoggerFactory.getLogger(BackupPolicies.class);

    private final BackupPolicyRepository policies;
    private final BackupRunRepository runs;
    private final ApplicationReferences applications;
    private final VpsRequests vps;
    private final OpdReferences opds;
    private final BackupProperties properties;
    private final CustodyGuard custody;
    private final ZoneId zone;
    private final Clock clock;

    BackupPolicies(BackupPolicyRepository policies, BackupRunRepository runs, ApplicationReferences applications,
            VpsRequests vps, OpdReferences opds, BackupProperties properties, CustodyGuard custody,
            RegionProfile region, Clock clock) {
        this.custody = custody;
        this.policies = policies;
        this.runs = runs;
        this.zone = region.region().timeZone();
        this.applications = applications;
        this.vps = vps;
        this.opds = opds;
        this.properties = properties;
        this.clock = clock;
    }

    public BackupPolicy define(Caller caller, String requestedOpd, ProtectedSystem.Kind kind, String systemId,
            int frequencyHours, int retentionDays, int rpoHours, boolean offsiteCopy) {
        String opd = requestedOpd != null ? requestedOpd : caller.opd();
        if (opd == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: pemohon tidak terikat pada satu OPD.");
        }
        caller.requireActsFor(opd);
        opds.requireKnown(opd);
        ProtectedSystem system = switch (kind) {
            case APPLICATION -> {
                ApplicationReference app = applications.requireHostableFor(systemId, opd);
                yield new ProtectedSystem(kind, app.id(), app.name());
            }
            case VPS -> {
                VpsRequest machine = vps.find(systemId).filter(v -> v.opd().equals(opd))
                        .orElseThrow(() -> new RuleViolationException("D6", "VPS '" + systemId
                                + "' bukan milik OPD " + opd + "."));
                if (!machine.status().holdsCapacity()) {
                    throw new RuleViolationException("D6", "VPS '" + systemId + "' tidak sedang berjalan (status "
                            + machine.status() + ").");
                }
                yield new ProtectedSystem(kind, machine.id(), machine.applicationName());
            }
        };
        if (policies.existsBySystemKindAndSystemIdAndStatus(kind, system.id(), BackupPolicy.Status.ACTIVE)) {
            throw new StateConflictException("Sistem ini sudah memiliki kebijakan pencadangan yang berlaku.");
        }
        String id = kind == ProtectedSystem.Kind.VPS ? BackupPolicy.idForVps(system.id())
                : UUID.randomUUID().toString();
        BackupPolicy policy = BackupPolicy.define(id, opd, system, frequencyHours, retentionDays, rpoHours,
                offsiteCopy, BackupPolicy.Origin.MANUAL, caller.username(), clock.instant());
        try {
            return policies.insert(policy);
        } catch (DuplicateKeyException exists) {
            throw new StateConflictException("Sistem ini sudah memiliki kebijakan pencadangan.");
        }
    }

    /** D6: a VPS in service gets the default policy, once however often its activation is delivered. */
    public void ensureForActivatedVps(String vpsId, String opd, String name, String activatedBy, Instant at) {
        String id = BackupPolicy.idForVps(vpsId);
        if (policies.existsById(id)) {
            return;
        }
        BackupProperties.VpsDefault d = properties.vpsDefault();
        BackupPolicy policy = BackupPolicy.define(id, opd, new ProtectedSystem(ProtectedSystem.Kind.VPS, vpsId, name),
                d.frequencyHours(), d.retentionDays(), d.rpoHours(), d.offsiteCopy(),
                BackupPolicy.Origin.VPS_ACTIVATION, activatedBy, at);
        try {
            policies.insert(policy);
            log.info("Backup policy {} defined for VPS {} of {}", id, vpsId, opd);
        } catch (DuplicateKeyException raced) {
            // created concurrently by a redelivery: the first one stands
        }
    }

    /** A retired VPS owes no more backups; its policy ends with it (history and runs are kept). */
    public void retireForDecommissionedVps(String vpsId, String reason, String by, Instant at) {
        policies.findById(BackupPolicy.idForVps(vpsId)).filter(p -> p.status() == BackupPolicy.Status.ACTIVE)
                .ifPresent(policy -> {
                    policy.retire("VPS dihentikan: " + reason, by, at);
                    policies.save(policy);
                });
    }

    /** A1/D6: an application the register retired owes no more backups; its policy ends (runs and history kept). */
    public void retireForDecommissionedApplication(String applicationId, String reason, String by, Instant at) {
        for (BackupPolicy policy : policies.findBySystemKindAndSystemIdAndStatus(ProtectedSystem.Kind.APPLICATION,
                applicationId, BackupPolicy.Status.ACTIVE)) {
            policy.retire("Aplikasi dihentikan di register: " + reason, by, at);
            policies.save(policy);
        }
    }

    public BackupPolicy retire(Caller caller, String id, String reason, String ifMatch) {
        BackupPolicy policy = get(caller, id);
        boolean owner = caller.hasRole(Roles.OPD_OPERATOR) && policy.opd().equals(caller.opd());
        if (!owner && !caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only the owner OPD or Dinas retires a backup policy");
        }
        ETags.checkIfMatch(ifMatch, policy.version());
        policy.retire(reason, caller.username(), clock.instant());
        return policies.save(policy);
    }

    /** D6: the owner OPD or Dinas records a restore test; a named run must be one of this policy's. */
    public RestoreTest recordRestoreTest(Caller caller, String id, LocalDate testedOn, int durationMinutes,
            RestoreTest.Result result, String runId, String notes, String ifMatch) {
        BackupPolicy policy = get(caller, id);
        boolean owner = caller.hasRole(Roles.OPD_OPERATOR) && policy.opd().equals(caller.opd());
        if (!owner && !caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only the owner OPD or Dinas records restore tests");
        }
        // D7: restoring a backup reads the OPD's data back; Dinas does it to another OPD's system under its consent.
        custody.require(caller, policy.opd(), CustodyAction.RESTORE_TEST, List.of(new CustodyTarget(
                CustodyTarget.Kind.valueOf(policy.system().kind().name()), policy.system().id())));
        ETags.checkIfMatch(ifMatch, policy.version());
        if (runId != null && runs.findById(runId).filter(r -> r.policyId().equals(id)).isEmpty()) {
            throw new RuleViolationException("D6", "Pencadangan '" + runId + "' bukan milik kebijakan ini.");
        }
        Instant now = clock.instant();
        RestoreTest test = policy.recordRestoreTest(testedOn, durationMinutes, result, runId, notes,
                LocalDate.ofInstant(now, zone), caller.username(), now);
        policies.save(policy);
        return test;
    }

    public BackupPolicy get(Caller caller, String id) {
        return caller.visible(policies.findById(id), BackupPolicy::opd)
                .orElseThrow(() -> new NotFoundException("Kebijakan pencadangan", id));
    }

    public Page<BackupPolicy> list(Caller caller, String opd, BackupPolicy.Status status, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        if (scope == null) {
            return status == null ? policies.findAll(page) : policies.findByStatus(status, page);
        }
        return status == null ? policies.findByOpd(scope, page) : policies.findByOpdAndStatus(scope, status, page);
    }
}
