package id.go.spbe.audit.plan.domain;

import id.go.spbe.audit.plan.domain.AuditObligationEvents.AuditObligationAuditLinked;
import id.go.spbe.audit.plan.domain.AuditObligationEvents.AuditObligationClosed;
import id.go.spbe.audit.plan.domain.AuditObligationEvents.AuditObligationPlanned;
import id.go.spbe.audit.plan.domain.AuditObligationEvents.AuditObligationRescheduled;
import id.go.spbe.audit.plan.domain.AuditObligationEvents.AuditStartReminder;
import id.go.spbe.audit.plan.domain.AuditObligationEvents.RescheduleReason;
import id.go.spbe.platform.domain.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit an object owes: which kind, by when, and which obligation requires it (AU4–AU6). Its id is the object id
 * and the kind, so replaying an event finds the same obligation (idempotent consumer). It never disappears: when the
 * object is decommissioned or leaves the scope it is closed and stays as history.
 */
@Document("audit_obligations")
@CompoundIndexes({
        @CompoundIndex(name = "opd_due", def = "{'opd': 1, 'dueDate': 1}"),
        @CompoundIndex(name = "status_due", def = "{'status': 1, 'dueDate': 1}")})
public class AuditObligation extends AggregateRoot {

    @Id
    private String id;
    @Indexed // every inventory event and each recomputation reads an object's obligations
    private String applicationId;
    private ObjectType objectType;
    private ObjectKind objectKind;
    private String applicationName;
    private String opd;
    private String applicationClass;
    private AuditKind kind;
    private String obligation;
    private LocalDate basisDate;
    private LocalDate dueDate;
    private Instant plannedAt;
    private ObligationStatus status;
    private LocalDate lastAuditedOn;
    private String lastAuditId;
    private LocalDate remindedForDueDate;
    private Instant remindedAt;
    private LocalDate closedOn;
    private String closedReason;
    private String scheduledAuditId;
    private LocalDate scheduledStart;

    AuditObligation() {
    }

    public static String idOf(String objectId, AuditKind kind) {
        return objectId + ":" + kind;
    }

    /** The object owes {@code requirement} within a cycle from {@code basis} (the day it entered the scope). */
    public static AuditObligation plan(AuditObject object, Requirement requirement, LocalDate basis,
            AuditRegulation regulation, Instant now) {
        AuditObligation o = new AuditObligation();
        o.id = idOf(object.id(), requirement.kind());
        o.applicationId = object.id();
        o.objectType = object.type();
        o.objectKind = object.kind();
        o.applicationName = object.name();
        o.opd = object.opd();
        o.applicationClass = object.applicationClass();
        o.kind = requirement.kind();
        o.obligation = requirement.obligation();
        o.basisDate = basis;
        o.dueDate = basis.plusYears(regulation.cycleYears());
        o.plannedAt = now;
        o.status = ObligationStatus.ACTIVE;
        o.raise(new AuditObligationPlanned(UUID.randomUUID(), now, o.id, o.applicationId, o.objectType,
                o.objectKind, o.applicationName, o.opd, o.applicationClass, o.kind, o.obligation, o.basisDate,
                o.dueDate));
        return o;
    }

    /**
     * The object's class changed and this kind stays owed: the cycle runs on (the due date holds). Name and OPD
     * follow the register without an event of their own.
     *
     * @return whether anything changed
     */
    public boolean follow(AuditObject object, Instant now) {
        boolean changed = !Objects.equals(applicationName, object.name()) || !Objects.equals(opd, object.opd());
        applicationName = object.name();
        opd = object.opd();
        if (!Objects.equals(applicationClass, object.applicationClass())) {
            applicationClass = object.applicationClass();
            raise(new AuditObligationRescheduled(UUID.randomUUID(), now, id, applicationId, opd, kind,
                    RescheduleReason.RECLASSIFIED, applicationClass, dueDate, dueDate, lastAuditedOn, null));
            return true;
        }
        return changed;
    }

    /**
     * Follows the profile's cycle: when {@code cycle-years} changed since the due date was set, the due date is the
     * basis (entry into scope or last audit) plus the new cycle.
     *
     * @return whether the due date moved
     */
    public boolean followCycle(AuditRegulation regulation, Instant now) {
        LocalDate due = basisDate.plusYears(regulation.cycleYears());
        if (status() != ObligationStatus.ACTIVE || due.equals(dueDate)) {
            return false;
        }
        LocalDate previous = dueDate;
        dueDate = due;
        raise(new AuditObligationRescheduled(UUID.randomUUID(), now, id, applicationId, opd, kind,
                RescheduleReason.CYCLE_CHANGED, applicationClass, previous, dueDate, lastAuditedOn, null));
        return true;
    }

    /**
     * The object's class is in scope again from {@code since}: an audit done within the last cycle still counts,
     * otherwise the next one is due a cycle from {@code since}.
     */
    public void backInScope(AuditObject object, Requirement requirement, LocalDate since, AuditRegulation regulation,
            Instant now) {
        LocalDate previous = dueDate;
        LocalDate coveredUntil = lastAuditedOn == null ? null : lastAuditedOn.plusYears(regulation.cycleYears());
        status = ObligationStatus.ACTIVE;
        closedOn = null;
        closedReason = null;
        obligation = requirement.obligation();
        applicationName = object.name();
        opd = object.opd();
        applicationClass = object.applicationClass();
        basisDate = coveredUntil != null && coveredUntil.isAfter(since) ? lastAuditedOn : since;
        dueDate = basisDate.plusYears(regulation.cycleYears());
        raise(new AuditObligationRescheduled(UUID.randomUUID(), now, id, applicationId, opd, kind,
                RescheduleReason.BACK_IN_SCOPE, applicationClass, previous, dueDate, lastAuditedOn, null));
    }

    /**
     * Leaves the plan: decommissioned ({@code RETIRED}) or out of the profile's scope ({@code OUT_OF_SCOPE}), with
     * the reason shown on the item and carried by the event.
     */
    public boolean close(ObligationStatus why, LocalDate on, String reason, Instant now) {
        if (why == ObligationStatus.ACTIVE) {
            throw new IllegalArgumentException("closing needs a reason status");
        }
        if (status == why) {
            return false;
        }
        status = why;
        closedOn = on;
        closedReason = reason;
        raise(new AuditObligationClosed(UUID.randomUUID(), now, id, applicationId, opd, kind, status, on, reason));
        return true;
    }

    /**
     * An audit of this kind was completed on {@code completedOn}: the next one is due a cycle later (AU4–AU6). A
     * repeat of the same completion, or an older one, changes nothing.
     *
     * @return whether the plan moved
     */
    public boolean auditCompleted(String auditId, LocalDate completedOn, AuditRegulation regulation, Instant now) {
        if (auditId.equals(lastAuditId) || (lastAuditedOn != null && !completedOn.isAfter(lastAuditedOn))) {
            return false;
        }
        LocalDate previous = dueDate;
        lastAuditedOn = completedOn;
        lastAuditId = auditId;
        if (auditId.equals(scheduledAuditId)) {
            scheduledAuditId = null;
            scheduledStart = null;
        }
        basisDate = completedOn;
        dueDate = completedOn.plusYears(regulation.cycleYears());
        raise(new AuditObligationRescheduled(UUID.randomUUID(), now, id, applicationId, opd, kind,
                RescheduleReason.AUDIT_COMPLETED, applicationClass, previous, dueDate, lastAuditedOn, auditId));
        return true;
    }

    /**
     * An audit was scheduled for this obligation: the plan shows it as taken care of. A repeat changes nothing.
     *
     * @return whether anything changed
     */
    public boolean auditScheduled(String auditId, LocalDate plannedStart, Instant now) {
        if (auditId.equals(scheduledAuditId) && Objects.equals(plannedStart, scheduledStart)) {
            return false;
        }
        scheduledAuditId = auditId;
        scheduledStart = plannedStart;
        raise(new AuditObligationAuditLinked(UUID.randomUUID(), now, id, applicationId, opd, kind, auditId, true,
                plannedStart));
        return true;
    }

    /** The scheduled audit was cancelled: the obligation is open again. Another audit's cancellation is ignored. */
    public boolean auditCancelled(String auditId, Instant now) {
        if (!auditId.equals(scheduledAuditId)) {
            return false;
        }
        scheduledAuditId = null;
        scheduledStart = null;
        raise(new AuditObligationAuditLinked(UUID.randomUUID(), now, id, applicationId, opd, kind, auditId, false,
                null));
        return true;
    }

    /** Whether a start reminder is owed on {@code today}: active, within {@code leadDays} of the due date, not sent. */
    public boolean reminderDue(LocalDate today, int leadDays) {
        return status == ObligationStatus.ACTIVE && !today.isBefore(dueDate.minusDays(leadDays))
                && !dueDate.equals(remindedForDueDate);
    }

    /** Sends the one reminder to start the audit for the current due date; false when it was sent already. */
    public boolean remindToStart(LocalDate today, int leadDays, Instant now) {
        if (!reminderDue(today, leadDays)) {
            return false;
        }
        remindedForDueDate = dueDate;
        remindedAt = now;
        raise(new AuditStartReminder(UUID.randomUUID(), now, id, applicationId, applicationName, opd, kind,
                obligation, dueDate, lastAuditedOn, neverAudited()));
        return true;
    }

    public boolean overdueOn(LocalDate today) {
        return status == ObligationStatus.ACTIVE && dueDate.isBefore(today);
    }

    public boolean neverAudited() {
        return lastAuditedOn == null;
    }

    public String id() {
        return id;
    }

    /** The audited object's id (an application id for applications; the name predates infrastructure objects). */
    public String applicationId() {
        return applicationId;
    }

    public ObjectType objectType() {
        return objectType == null ? ObjectType.APPLICATION : objectType;
    }

    /** What the object is; documents from before infrastructure objects are applications. */
    public ObjectKind objectKind() {
        if (objectKind != null) {
            return objectKind;
        }
        return objectType() == ObjectType.INFRASTRUCTURE ? ObjectKind.DATA_CENTER : ObjectKind.APPLICATION;
    }

    /** The service whose inventory the object comes from. */
    public String source() {
        return objectKind().source();
    }

    public String applicationName() {
        return applicationName;
    }

    public String opd() {
        return opd;
    }

    public String applicationClass() {
        return applicationClass;
    }

    public AuditKind kind() {
        return kind;
    }

    public String obligation() {
        return obligation;
    }

    public LocalDate basisDate() {
        return basisDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public ObligationStatus status() {
        return status == null ? ObligationStatus.ACTIVE : status;
    }

    public LocalDate lastAuditedOn() {
        return lastAuditedOn;
    }

    public String lastAuditId() {
        return lastAuditId;
    }

    public LocalDate remindedForDueDate() {
        return remindedForDueDate;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** Why it left the plan; {@code null} while active (and for obligations closed before reasons were kept). */
    public String closedReason() {
        return closedReason;
    }

    /** The audit scheduled for the current cycle, if any. */
    public String scheduledAuditId() {
        return scheduledAuditId;
    }

    public LocalDate scheduledStart() {
        return scheduledStart;
    }
}
