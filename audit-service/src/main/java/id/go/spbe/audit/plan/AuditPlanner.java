package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.CadenceEngine;
import id.go.spbe.audit.plan.domain.ObjectKind;
import id.go.spbe.audit.plan.domain.PlanState.ObjectState;
import id.go.spbe.audit.plan.domain.PlanState.ObligationState;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the audit universe and its obligations in line with the inventories (AU4–AU6) and answers what is due when.
 * Every handler is an upsert keyed by ids, so a redelivered event changes nothing (the inbox skips most repeats).
 */
@Service
public class AuditPlanner {

    private static final Logger log = LoggerFactory.getLogger(AuditPlanner.class);

    /** Up to this many objects out of line are loaded by id; more, by one read of everything. */
    static final int FEW = 200;

    private final AuditObligationRepository obligations;
    private final AuditObjectRepository objects;
    private final AuditObligationQueries queries;
    private final OpdReferences opds;
    private final CadenceEngine engine;
    private final ChangeHistoryLog histories;
    private final ObligationBulkWriter writer;
    private final PlanStateReader states;
    private final ZoneId zone;
    private final Clock clock;

    AuditPlanner(AuditObligationRepository obligations, AuditObjectRepository objects, AuditObligationQueries queries,
            OpdReferences opds, AuditRegulationProperties regulation, RegionProfile region, ChangeHistoryLog histories,
            ObligationBulkWriter writer, PlanStateReader states, Clock clock) {
        this.states = states;
        this.histories = histories;
        this.writer = writer;
        this.obligations = obligations;
        this.objects = objects;
        this.queries = queries;
        this.opds = opds;
        this.engine = new CadenceEngine(regulation.toRegulation());
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    /** An application entered the register: it joins the universe and owes what its class requires. */
    public List<AuditObligation> applicationRegistered(String applicationId, String name, String opd,
            String applicationClass, Instant registeredAt) {
        Optional<AuditObject> known = objects.findById(applicationId);
        if (known.isPresent()) {
            return applicationClassSeen(applicationId, name, opd, applicationClass, registeredAt);
        }
        AuditObject object = objects.save(AuditObject.application(applicationId, name, opd, applicationClass,
                day(registeredAt), registeredAt));
        List<AuditObligation> changed = reconcile(object, day(registeredAt));
        log.info("Application {} ({}, {}) joined the audit universe owing {} audit(s)", applicationId, opd,
                applicationClass, changed.size());
        return changed;
    }

    /**
     * The register says what class the application has now (every status change carries it; app-registry's
     * {@code application.updated} only names the changed fields). A class change moves the obligations; an event
     * older than what the universe already knows is ignored.
     */
    public List<AuditObligation> applicationClassSeen(String applicationId, String name, String opd,
            String applicationClass, Instant at) {
        Optional<AuditObject> known = objects.findById(applicationId);
        if (known.isEmpty()) {
            // Its registration was never seen (e.g. consumed before this consumer existed): it joins now.
            return applicationRegistered(applicationId, name, opd, applicationClass, at);
        }
        AuditObject object = known.get();
        if (object.lastChangeAt() != null && at.isBefore(object.lastChangeAt())) {
            return List.of();
        }
        AuditObject updated = objects.save(object.reclassified(name, opd, applicationClass, at));
        return reconcile(updated, day(at));
    }

    /** Name or owner changed (application.updated): the plan follows; the class arrives with the next status change. */
    public void applicationRenamed(String applicationId, String name, String opd, Instant at) {
        objects.findById(applicationId).filter(o -> o.lastChangeAt() == null || !at.isBefore(o.lastChangeAt()))
                .ifPresent(object -> reconcile(objects.save(object.reclassified(name, opd, null, at)), day(at)));
    }

    /** A decommissioned application leaves the plan; its obligations are kept as history (RETIRED). */
    public List<AuditObligation> applicationDecommissioned(String applicationId, String name, String opd,
            String reason, Instant at) {
        AuditObject object = objects.findById(applicationId)
                .orElseGet(() -> AuditObject.application(applicationId, name, opd, null, day(at), at));
        if (!object.active()) {
            return List.of();
        }
        String why = reason == null || reason.isBlank() ? null : "Aplikasi dihentikan di register aplikasi: " + reason;
        return reconcile(objects.save(object.decommissioned(day(at), at, why)), day(at));
    }

    /** An audit of {@code kind} on the object was completed: the plan moves a cycle on from that day. */
    public boolean auditCompleted(String objectId, AuditKind kind, String auditId, LocalDate completedOn) {
        Optional<AuditObligation> found = obligations.findById(AuditObligation.idOf(objectId, kind));
        if (found.isEmpty()) {
            log.info("Audit {} of {} {} completed; the object owes no such audit", auditId, kind, objectId);
            return false;
        }
        AuditObligation obligation = found.get();
        if (!obligation.auditCompleted(auditId, completedOn, engine.regulation(), clock.instant())) {
            return false;
        }
        obligations.save(obligation);
        return true;
    }

    /** What a recomputation of the whole plan did. */
    public record Recomputation(int objects, int changed) {
    }

    /**
     * Recomputes the whole plan against the active profile (after an amended regulation or a change of profile):
     * every object of the universe is reconciled, obligations newly owed are due a cycle from today. Two lean reads
     * ({@link PlanStateReader}: only the fields the rule reads, one query per collection) find the objects whose plan
     * is out of line ({@link CadenceEngine#inLine}); only those are loaded as aggregates and reconciled, and what
     * changed is written in bulk ({@link ObligationBulkWriter}: each obligation still one document with its outbox and
     * history links). In the steady state nothing is loaded and nothing is written (BENCHMARKS.md).
     */
    public Recomputation recomputeAll() {
        LocalDate today = today();
        Instant now = clock.instant();
        Map<String, List<ObligationState>> owed = states.obligationsByObject();
        List<ObjectState> universe = states.objects();
        List<String> outOfLine = new ArrayList<>();
        for (ObjectState object : universe) {
            if (!engine.inLine(object, owed.getOrDefault(object.id(), List.of()))) {
                outOfLine.add(object.id());
            }
        }
        List<AuditObligation> changed = reconcileAll(outOfLine, today, now);
        Set<String> again = writer.write(changed);
        // Changed by an event while we computed: reconciled again one by one from what is stored (idempotent).
        again.forEach(id -> objects.findById(id).ifPresent(object -> reconcile(object, today)));
        log.info("Recomputed the audit plan: {} object(s), {} out of line, {} obligation(s) changed{}", universe.size(),
                outOfLine.size(), changed.size(),
                again.isEmpty() ? "" : ", " + again.size() + " object(s) reconciled again after a concurrent change");
        return new Recomputation(universe.size(), changed.size());
    }

    /**
     * Reconciles the objects {@code ids} in memory from their stored aggregates. A few are read by id; many (a new
     * profile, the first start) in one read of everything — an {@code $in} of thousands of ids is a pass over the
     * collection per page on a scanning server (BENCHMARKS.md, "Before").
     */
    private List<AuditObligation> reconcileAll(List<String> ids, LocalDate today, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        boolean few = ids.size() <= FEW;
        Map<String, List<AuditObligation>> owed = (few ? obligations.findByApplicationIdIn(ids)
                : obligations.findAll()).stream().collect(Collectors.groupingBy(AuditObligation::applicationId));
        Set<String> wanted = new HashSet<>(ids);
        List<AuditObligation> changed = new ArrayList<>();
        for (AuditObject object : few ? objects.findAllById(ids) : objects.findAll(Sort.by("_id"))) {
            if (wanted.contains(object.id())) {
                changed.addAll(engine.reconcile(object, owed.getOrDefault(object.id(), List.of()), today, now));
            }
        }
        return changed;
    }

    /** An audit of {@code kind} on the object was scheduled: its obligation shows it. */
    public void auditScheduled(String objectId, AuditKind kind, String auditId, LocalDate plannedStart) {
        obligations.findById(AuditObligation.idOf(objectId, kind))
                .filter(o -> o.auditScheduled(auditId, plannedStart, clock.instant())).ifPresent(obligations::save);
    }

    /** The audit was cancelled: the obligation it was scheduled for is open again. */
    public void auditCancelled(String auditId) {
        for (AuditObligation o : obligations.findByScheduledAuditId(auditId)) {
            if (o.auditCancelled(auditId, clock.instant())) {
                obligations.save(o);
            }
        }
    }

    /** One plan item for building an engagement from it (404 when unknown or not visible to the caller). */
    public AuditObligation item(Caller caller, String id) {
        return caller.visible(obligations.findById(id), AuditObligation::opd)
                .orElseThrow(() -> new NotFoundException("audit-plan item", id));
    }

    /** The tamper-evident history of a plan item (SEC1): why its due date is what it is. */
    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String id) {
        return histories.of(item(caller, id));
    }

    /** Brings the obligations of {@code object} in line with it as of {@code asOf}; saves what changed. */
    List<AuditObligation> reconcile(AuditObject object, LocalDate asOf) {
        List<AuditObligation> changed = engine.reconcile(object, obligations.findByApplicationId(object.id()), asOf,
                clock.instant());
        changed.forEach(obligations::save);
        return changed;
    }

    /** Audits due in {@code year}: the caller's own OPD, or any/the named OPD for region-wide roles. */
    public Page<AuditObligation> dueIn(Caller caller, int year, String opd, AuditKind kind, ObjectKind objectKind,
            Pageable page) {
        return queries.due(scope(caller, opd), kind, objectKind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                page);
    }

    /** Active obligations whose due date has passed (today in the region's time zone). */
    public Page<AuditObligation> overdue(Caller caller, String opd, AuditKind kind, ObjectKind objectKind,
            Pageable page) {
        return queries.due(scope(caller, opd), kind, objectKind, null, today().minusDays(1), page);
    }

    /** Every active obligation due in the years {@code from}..{@code to}, for the calendar. */
    public List<AuditObligation> dueBetween(Caller caller, int fromYear, int toYear, String opd, AuditKind kind,
            ObjectKind objectKind) {
        return queries.all(scope(caller, opd), kind, objectKind, LocalDate.of(fromYear, 1, 1),
                LocalDate.of(toYear, 12, 31));
    }

    /** What falls due on one day, of one kind: how many, and how many of them were never audited. */
    public record DueCount(LocalDate dueDate, AuditKind kind, int total, int neverAudited) {
    }

    /** Counts of active obligations due in the years {@code from}..{@code to} per day and kind (the calendar). */
    public List<DueCount> dueCounts(Caller caller, int fromYear, int toYear, String opd, AuditKind kind) {
        return queries.dueCounts(scope(caller, opd), kind, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /** The audit universe: objects of the caller's scope, active or decommissioned, with their obligations. */
    public Page<AuditObject> objects(Caller caller, String opd, Boolean active, ObjectKind objectKind,
            Pageable page) {
        return queries.objects(scope(caller, opd), active, objectKind, page);
    }

    /** Every obligation (active or closed) of {@code objectIds}, for showing objects with their plan. */
    public List<AuditObligation> obligationsOf(List<String> objectIds) {
        return obligations.findByApplicationIdIn(objectIds);
    }

    /** Scope first: another OPD's plan is a 403 whether or not that OPD exists, never a 422 that confirms a code. */
    private String scope(Caller caller, String opd) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        return scope;
    }

    public LocalDate today() {
        return day(clock.instant());
    }

    LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
