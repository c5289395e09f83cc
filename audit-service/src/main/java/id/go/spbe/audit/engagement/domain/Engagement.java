package id.go.spbe.audit.engagement.domain;

import id.go.spbe.audit.engagement.domain.AuditEvents.AuditCancelled;
import id.go.spbe.audit.engagement.domain.AuditEvents.AuditCompleted;
import id.go.spbe.audit.engagement.domain.AuditEvents.AuditReportingStarted;
import id.go.spbe.audit.engagement.domain.AuditEvents.AuditScheduled;
import id.go.spbe.audit.engagement.domain.AuditEvents.AuditStarted;
import id.go.spbe.audit.engagement.domain.AuditEvents.AuditTeamAssigned;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An audit engagement (AU1–AU3): one audit of one kind on an object of one OPD, with its dates, scope checklist,
 * team and life cycle. Each transition is one method that checks the state (409) and raises its event.
 */
@Document("audits")
public class Engagement extends AggregateRoot {

    @Id
    private String id;
    private AuditKind kind;
    private String objectId;
    private String objectName;
    @Indexed
    private String auditedOpd;
    private String planItemId;
    /** The last cycle's engagement this one continues ("start from last cycle's engagement"), if any. */
    private String previousAuditId;
    private String title;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private Set<ScopeArea> scope = EnumSet.noneOf(ScopeArea.class);
    private String otherScope;
    private List<TeamMember> team = new ArrayList<>();
    @Indexed
    private List<String> teamUsernames = new ArrayList<>();
    private EngagementStatus status;
    private LocalDate startedOn;
    private LocalDate completedOn;
    private String cancelReason;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    Engagement() {
    }

    /** Plans an audit (AU1 kind, AU2 scope checklist); {@code planItemId} links it to the plan, if from there. */
    public static Engagement schedule(AuditKind kind, String objectId, String objectName, String auditedOpd,
            String planItemId, String title, LocalDate plannedStart, LocalDate plannedEnd, Set<ScopeArea> scope,
            String otherScope, String by, Instant now) {
        return schedule(kind, objectId, objectName, auditedOpd, planItemId, title, plannedStart, plannedEnd, scope,
                otherScope, null, by, now);
    }

    /**
     * As above, continuing {@code previous} (the last cycle's engagement of the same object and kind, completed):
     * its scope is copied when none is given, and its open findings are followed up here (the finding feature
     * carries them over).
     */
    public static Engagement continueFrom(Engagement previous, String planItemId, String title,
            LocalDate plannedStart, LocalDate plannedEnd, Set<ScopeArea> scope, String otherScope, String by,
            Instant now) {
        if (previous.status != EngagementStatus.COMPLETED) {
            throw new StateConflictException("Audit " + previous.id + " belum selesai (" + previous.status
                    + "); hanya audit siklus lalu yang sudah selesai dapat dilanjutkan.");
        }
        boolean copy = scope == null || scope.isEmpty();
        return schedule(previous.kind, previous.objectId, previous.objectName, previous.auditedOpd, planItemId,
                title, plannedStart, plannedEnd, copy ? previous.scope : scope, copy ? previous.otherScope
                        : otherScope, previous.id, by, now);
    }

    private static Engagement schedule(AuditKind kind, String objectId, String objectName, String auditedOpd,
            String planItemId, String title, LocalDate plannedStart, LocalDate plannedEnd, Set<ScopeArea> scope,
            String otherScope, String previousAuditId, String by, Instant now) {
        if (plannedEnd.isBefore(plannedStart)) {
            throw new RuleViolationException("AU2", "Tanggal selesai audit (plannedEnd) tidak boleh sebelum tanggal "
                    + "mulai (plannedStart).");
        }
        if (scope == null || scope.isEmpty()) {
            throw new RuleViolationException("AU2", "Ruang lingkup audit wajib dipilih: tata kelola dan manajemen, "
                    + "fungsionalitas, kinerja, dan/atau aspek lain.");
        }
        if (scope.contains(ScopeArea.OTHER) && (otherScope == null || otherScope.isBlank())) {
            throw new RuleViolationException("AU2", "Aspek lain dalam ruang lingkup audit wajib disebutkan "
                    + "(otherScope).");
        }
        Engagement e = new Engagement();
        e.id = UUID.randomUUID().toString();
        e.kind = kind;
        e.objectId = objectId;
        e.objectName = objectName;
        e.auditedOpd = auditedOpd;
        e.planItemId = planItemId;
        e.title = title;
        e.plannedStart = plannedStart;
        e.plannedEnd = plannedEnd;
        e.scope = EnumSet.copyOf(scope);
        e.otherScope = scope.contains(ScopeArea.OTHER) ? otherScope.trim() : null;
        e.status = EngagementStatus.PLANNED;
        e.createdBy = by;
        e.createdAt = now;
        e.updatedAt = now;
        e.previousAuditId = previousAuditId;
        e.raise(new AuditScheduled(UUID.randomUUID(), now, e.id, kind, objectId, objectName, auditedOpd, planItemId,
                plannedStart, plannedEnd, List.copyOf(e.scope), previousAuditId, by));
        return e;
    }

    /**
     * Sets the team (AU3). The members were checked against the register by the caller (certificate valid through
     * the audit's end, not of the audited OPD); here: exactly one lead, no one twice, and only before completion.
     */
    public void assignTeam(List<TeamMember> members, String by, Instant now) {
        if (status != EngagementStatus.PLANNED && status != EngagementStatus.IN_PROGRESS) {
            throw new StateConflictException("Tim audit tidak dapat diubah saat status " + status + ".");
        }
        if (members.stream().filter(TeamMember::lead).count() != 1) {
            throw new RuleViolationException("AU3", "Tim audit harus memiliki tepat satu ketua (lead).");
        }
        if (members.stream().map(TeamMember::auditorId).distinct().count() != members.size()) {
            throw new RuleViolationException("AU3", "Seorang auditor tercantum lebih dari sekali dalam tim.");
        }
        team = new ArrayList<>(members);
        teamUsernames = members.stream().map(TeamMember::username).filter(u -> u != null).toList();
        updatedAt = now;
        raise(new AuditTeamAssigned(UUID.randomUUID(), now, id, auditedOpd,
                members.stream().map(TeamMember::auditorId).toList(), lead().auditorId(), by));
    }

    public void start(LocalDate today, String by, Instant now) {
        require(EngagementStatus.IN_PROGRESS);
        if (team.isEmpty()) {
            throw new RuleViolationException("AU3", "Audit dimulai setelah tim auditor dengan ketuanya ditetapkan.");
        }
        status = EngagementStatus.IN_PROGRESS;
        startedOn = today;
        updatedAt = now;
        raise(new AuditStarted(UUID.randomUUID(), now, id, kind, objectId, auditedOpd, today, by));
    }

    public void startReporting(String by, Instant now) {
        require(EngagementStatus.REPORTING);
        status = EngagementStatus.REPORTING;
        updatedAt = now;
        raise(new AuditReportingStarted(UUID.randomUUID(), now, id, auditedOpd, by));
    }

    public void complete(LocalDate today, String by, Instant now) {
        require(EngagementStatus.COMPLETED);
        status = EngagementStatus.COMPLETED;
        completedOn = today;
        updatedAt = now;
        raise(new AuditCompleted(UUID.randomUUID(), now, id, kind, objectId, objectName, auditedOpd, planItemId,
                today, by));
    }

    public void cancel(String reason, String by, Instant now) {
        require(EngagementStatus.CANCELLED);
        EngagementStatus from = status;
        status = EngagementStatus.CANCELLED;
        cancelReason = reason.trim();
        updatedAt = now;
        raise(new AuditCancelled(UUID.randomUUID(), now, id, auditedOpd, from, cancelReason, by));
    }

    private void require(EngagementStatus target) {
        if (!status.next().contains(target)) {
            throw new StateConflictException("Audit berstatus " + status + " tidak dapat berpindah ke " + target
                    + "; yang mungkin: " + status.next() + ".");
        }
    }

    public boolean onTeam(String username) {
        return username != null && teamUsernames.contains(username);
    }

    public boolean ledBy(String username) {
        return username != null && team.stream().anyMatch(m -> m.lead() && username.equals(m.username()));
    }

    public TeamMember lead() {
        return team.stream().filter(TeamMember::lead).findFirst().orElse(null);
    }

    public String id() {
        return id;
    }

    public AuditKind kind() {
        return kind;
    }

    public String objectId() {
        return objectId;
    }

    public String objectName() {
        return objectName;
    }

    public String auditedOpd() {
        return auditedOpd;
    }

    public String previousAuditId() {
        return previousAuditId;
    }

    public String planItemId() {
        return planItemId;
    }

    public String title() {
        return title;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public Set<ScopeArea> scope() {
        return scope;
    }

    public String otherScope() {
        return otherScope;
    }

    public List<TeamMember> team() {
        return List.copyOf(team);
    }

    public EngagementStatus status() {
        return status;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
