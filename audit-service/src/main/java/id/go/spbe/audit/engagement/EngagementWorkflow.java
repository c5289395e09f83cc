package id.go.spbe.audit.engagement;

import id.go.spbe.audit.auditor.AuditorRegister;
import id.go.spbe.audit.auditor.domain.Auditor;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.audit.engagement.domain.TeamMember;
import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Audit engagements (AU1–AU3): Dinas plans them (from the plan or ad hoc) and assigns the team; the lead auditor or
 * Dinas moves them through their life. Each step: load with access check → If-Match → the aggregate decides → one
 * write with its event and history entry.
 */
@Service
public class EngagementWorkflow {

    /** A new engagement; {@code planItemId} fills kind, object and audited OPD from the plan. */
    public record NewEngagement(String planItemId, AuditKind kind, String objectId, String objectName,
            String auditedOpd, String title, LocalDate plannedStart, LocalDate plannedEnd, Set<ScopeArea> scope,
            String otherScope, List<Assignment> team, String previousAuditId) {
    }

    /**
     * Published in-process after an engagement continuing {@code previousAuditId} was saved, so the finding feature
     * (which depends on this one, not the other way round) carries the open findings over.
     */
    public record EngagementContinued(String auditId, String previousAuditId, String by) {
    }

    public record Assignment(String auditorId, boolean lead) {
    }

    private final EngagementRepository audits;
    private final MongoTemplate mongo;
    private final AuditorRegister auditors;
    private final AuditPlanner planner;
    private final OpdReferences opds;
    private final ChangeHistoryLog histories;
    private final RegionProfile region;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EngagementWorkflow(EngagementRepository audits, MongoTemplate mongo, AuditorRegister auditors,
            AuditPlanner planner, OpdReferences opds, ChangeHistoryLog histories, RegionProfile region,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.audits = audits;
        this.mongo = mongo;
        this.auditors = auditors;
        this.planner = planner;
        this.opds = opds;
        this.histories = histories;
        this.region = region;
        this.clock = clock;
    }

    public Engagement schedule(Caller caller, NewEngagement n) {
        requireDinas(caller);
        if (n.previousAuditId() != null) {
            return continueFrom(caller, n);
        }
        if (n.scope() == null || n.scope().isEmpty()) {
            throw new InvalidRequestException("scope", "Ruang lingkup audit wajib dipilih (atau previousAuditId "
                    + "untuk menyalin ruang lingkup audit siklus lalu).");
        }
        AuditKind kind = n.kind();
        String objectId = n.objectId();
        String objectName = n.objectName();
        String opd = n.auditedOpd();
        if (n.planItemId() != null) {
            AuditObligation item;
            try {
                item = planner.item(caller, n.planItemId());
            } catch (NotFoundException unknown) {
                throw new InvalidRequestException("planItemId", "Butir rencana audit " + n.planItemId()
                        + " tidak ditemukan.");
            }
            if (item.status() != ObligationStatus.ACTIVE) {
                throw new StateConflictException("Butir rencana audit " + item.id() + " sudah keluar dari rencana ("
                        + item.status() + ").");
            }
            if ((kind != null && kind != item.kind()) || (opd != null && !opd.equals(item.opd()))) {
                throw new InvalidRequestException("planItemId", "kind dan auditedOpd harus sesuai dengan butir "
                        + "rencana audit (" + item.kind() + ", " + item.opd() + ") atau dikosongkan.");
            }
            kind = item.kind();
            objectId = item.applicationId();
            objectName = item.applicationName();
            opd = item.opd();
        } else {
            if (kind == null) {
                throw new InvalidRequestException("kind", "kind wajib diisi untuk audit di luar rencana.");
            }
            if (opd == null) {
                throw new InvalidRequestException("auditedOpd", "auditedOpd wajib diisi untuk audit di luar rencana.");
            }
            opds.requireKnown(opd);
        }
        if (n.plannedEnd().isBefore(n.plannedStart())) {
            throw new InvalidRequestException("plannedEnd", "plannedEnd tidak boleh sebelum plannedStart.");
        }
        Engagement engagement = Engagement.schedule(kind, objectId, objectName, opd, n.planItemId(), n.title(),
                n.plannedStart(), n.plannedEnd(), n.scope(), n.otherScope(), caller.username(), clock.instant());
        if (n.team() != null && !n.team().isEmpty()) {
            engagement.assignTeam(members(n.team(), engagement), caller.username(), clock.instant());
        }
        return audits.save(engagement);
    }

    /**
     * "Start from last cycle's engagement": the same object and kind as the completed {@code previousAuditId}, its
     * scope unless another is given, its plan item when still open; its open findings follow (EngagementContinued).
     */
    private Engagement continueFrom(Caller caller, NewEngagement n) {
        Engagement previous = audits.findById(n.previousAuditId()).orElseThrow(() -> new InvalidRequestException(
                "previousAuditId", "Audit " + n.previousAuditId() + " tidak ditemukan."));
        if ((n.kind() != null && n.kind() != previous.kind())
                || (n.auditedOpd() != null && !n.auditedOpd().equals(previous.auditedOpd()))
                || (n.objectId() != null && !n.objectId().equals(previous.objectId()))) {
            throw new InvalidRequestException("previousAuditId", "Audit lanjutan memiliki objek, jenis dan OPD "
                    + "yang sama dengan audit siklus lalu (" + previous.kind() + ", " + previous.auditedOpd()
                    + "); kosongkan kind, objectId dan auditedOpd.");
        }
        String planItemId = n.planItemId() != null ? n.planItemId() : previous.planItemId();
        if (planItemId != null) {
            AuditObligation item;
            try {
                item = planner.item(caller, planItemId);
            } catch (NotFoundException unknown) {
                throw new InvalidRequestException("planItemId", "Butir rencana audit " + planItemId
                        + " tidak ditemukan.");
            }
            if (item.kind() != previous.kind() || !item.applicationId().equals(previous.objectId())) {
                throw new InvalidRequestException("planItemId", "Butir rencana audit " + planItemId + " bukan "
                        + "objek dan jenis audit siklus lalu.");
            }
            if (item.status() != ObligationStatus.ACTIVE) {
                if (n.planItemId() != null) {
                    throw new StateConflictException("Butir rencana audit " + item.id() + " sudah keluar dari "
                            + "rencana (" + item.status() + ").");
                }
                planItemId = null; // the object left the plan since: an ad hoc follow-up
            }
        }
        if (n.plannedEnd().isBefore(n.plannedStart())) {
            throw new InvalidRequestException("plannedEnd", "plannedEnd tidak boleh sebelum plannedStart.");
        }
        Engagement engagement = Engagement.continueFrom(previous, planItemId, n.title(), n.plannedStart(),
                n.plannedEnd(), n.scope(), n.otherScope(), caller.username(), clock.instant());
        if (n.team() != null && !n.team().isEmpty()) {
            engagement.assignTeam(members(n.team(), engagement), caller.username(), clock.instant());
        }
        Engagement saved = audits.save(engagement);
        events.publishEvent(new EngagementContinued(saved.id(), previous.id(), caller.username()));
        return saved;
    }

    public Engagement assignTeam(Caller caller, String id, List<Assignment> team, String ifMatch) {
        requireDinas(caller);
        Engagement engagement = get(caller, id);
        ETags.checkIfMatch(ifMatch, engagement.version());
        engagement.assignTeam(members(team, engagement), caller.username(), clock.instant());
        return audits.save(engagement);
    }

    /** AU3 again at the start: a certificate may have expired or an auditor left since the team was assigned. */
    public Engagement start(Caller caller, String id, String ifMatch) {
        return run(caller, id, ifMatch, e -> {
            members(e.team().stream().map(m -> new Assignment(m.auditorId(), m.lead())).toList(), e);
            e.start(today(), caller.username(), clock.instant());
        });
    }

    public Engagement startReporting(Caller caller, String id, String ifMatch) {
        return run(caller, id, ifMatch, e -> e.startReporting(caller.username(), clock.instant()));
    }

    public Engagement complete(Caller caller, String id, String ifMatch) {
        return run(caller, id, ifMatch, e -> e.complete(today(), caller.username(), clock.instant()));
    }

    public Engagement cancel(Caller caller, String id, String reason, String ifMatch) {
        requireDinas(caller);
        Engagement engagement = get(caller, id);
        ETags.checkIfMatch(ifMatch, engagement.version());
        engagement.cancel(reason, caller.username(), clock.instant());
        return audits.save(engagement);
    }

    /** The engagement if the caller may see it; 404 otherwise (no existence leak). */
    public Engagement get(Caller caller, String id) {
        return audits.findById(id).filter(e -> EngagementAccess.maySee(caller, e))
                .orElseThrow(() -> new NotFoundException("audit", id));
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String id) {
        return histories.of(get(caller, id));
    }

    public Page<Engagement> list(Caller caller, EngagementFilter filter, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        if (!EngagementAccess.seesAll(caller)) {
            List<Criteria> mine = new ArrayList<>();
            if (caller.hasRole(Roles.AUDITOR) && caller.username() != null) {
                mine.add(Criteria.where("teamUsernames").is(caller.username()));
            }
            if (caller.opd() != null && (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION))) {
                if (filter.opd() != null && !filter.opd().equals(caller.opd())
                        && !caller.hasRole(Roles.AUDITOR)) {
                    throw new AccessDeniedException("an OPD lists its own audits only");
                }
                mine.add(Criteria.where("auditedOpd").is(caller.opd()));
            }
            if (mine.isEmpty()) {
                throw new AccessDeniedException("no audits visible to this caller");
            }
            all.add(new Criteria().orOperator(mine));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.kind() != null) {
            all.add(Criteria.where("kind").is(filter.kind()));
        }
        if (filter.opd() != null) {
            all.add(Criteria.where("auditedOpd").is(filter.opd()));
        }
        if (filter.objectId() != null) {
            all.add(Criteria.where("objectId").is(filter.objectId()));
        }
        if (filter.year() != null) {
            all.add(Criteria.where("plannedStart").gte(LocalDate.of(filter.year(), 1, 1))
                    .lte(LocalDate.of(filter.year(), 12, 31)));
        }
        Query query = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, Engagement.class);
        return new PageImpl<>(mongo.find(query.with(page), Engagement.class), page, total);
    }

    /** Ids of the audits whose team lists {@code username} (what an auditor's finding list covers). */
    public List<String> assignedTo(String username) {
        Query query = Query.query(Criteria.where("teamUsernames").is(username));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, "audits").stream().map(d -> d.get("_id").toString())
                .toList();
    }

    /** The register's auditors for {@code team}, each checked for this audit (AU3: certificate, independence). */
    private List<TeamMember> members(List<Assignment> team, Engagement engagement) {
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            Assignment assignment = team.get(i);
            Auditor auditor;
            try {
                auditor = auditors.get(assignment.auditorId());
            } catch (NotFoundException unknown) {
                throw new InvalidRequestException("team[" + i + "].auditorId", "Auditor " + assignment.auditorId()
                        + " tidak terdaftar.");
            }
            auditor.refusalFor(engagement.auditedOpd(), engagement.plannedEnd()).ifPresent(reason -> {
                throw new RuleViolationException("AU3", reason);
            });
            members.add(new TeamMember(auditor.id(), auditor.name(), auditor.username(), auditor.type().name(),
                    assignment.lead()));
        }
        return members;
    }

    private Engagement run(Caller caller, String id, String ifMatch, Consumer<Engagement> step) {
        Engagement engagement = get(caller, id);
        if (!EngagementAccess.mayRun(caller, engagement)) {
            throw new AccessDeniedException("only Dinas or the lead auditor runs the audit");
        }
        ETags.checkIfMatch(ifMatch, engagement.version());
        step.accept(engagement);
        return audits.save(engagement);
    }

    private static void requireDinas(Caller caller) {
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("Dinas plans audits and assigns their teams");
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(region.region().timeZone()).toLocalDate();
    }
}
