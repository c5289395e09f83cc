package id.go.spbe.audit.engagement.web;

import id.go.spbe.audit.engagement.EngagementWorkflow.Assignment;
import id.go.spbe.audit.engagement.EngagementWorkflow.NewEngagement;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.audit.engagement.domain.TeamMember;
import id.go.spbe.audit.plan.domain.AuditKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the audit engagement API. */
final class EngagementPayloads {

    static final String OPD_REGEX = "^[A-Z][A-Z0-9_-]{1,29}$";

    private EngagementPayloads() {
    }

    record TeamMemberRequest(@NotBlank @Size(max = 100) String auditorId, boolean lead) {

        Assignment toAssignment() {
            return new Assignment(auditorId, lead);
        }
    }

    /**
     * A new audit. From the plan: {@code planItemId} (kind, object and audited OPD come from it). Ad hoc: {@code kind}
     * and {@code auditedOpd}, optionally the object. {@code scope} is the AU2 checklist; {@code OTHER} needs
     * {@code otherScope}. {@code team} may follow later (POST /team). "Start from last cycle's engagement":
     * {@code previousAuditId} (a completed audit) gives object, kind, OPD, plan item and — when {@code scope} is
     * empty — the scope; its open findings are carried over to the new audit.
     */
    record ScheduleRequest(@Nullable @Size(max = 200) String planItemId, @Nullable AuditKind kind,
            @Nullable @Size(max = 100) String objectId, @Nullable @Size(max = 200) String objectName,
            @Nullable @Pattern(regexp = OPD_REGEX, message = "kode OPD tidak valid") String auditedOpd,
            @NotBlank @Size(max = 300) String title, @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd,
            @Nullable Set<@NotNull ScopeArea> scope, @Nullable @Size(max = 1000) String otherScope,
            @Nullable @Size(max = 20) List<@Valid @NotNull TeamMemberRequest> team,
            @Nullable @Size(max = 100) String previousAuditId) {

        NewEngagement toNew() {
            return new NewEngagement(blankToNull(planItemId), kind, blankToNull(objectId), blankToNull(objectName),
                    auditedOpd, title.trim(), plannedStart, plannedEnd, scope, otherScope,
                    team == null ? List.of() : team.stream().map(TeamMemberRequest::toAssignment).toList(),
                    blankToNull(previousAuditId));
        }
    }

    record TeamRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull TeamMemberRequest> members) {

        List<Assignment> assignments() {
            return members.stream().map(TeamMemberRequest::toAssignment).toList();
        }
    }

    record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record TeamMemberResponse(String auditorId, String name, @Nullable String username, String auditorType,
            boolean lead) {

        static TeamMemberResponse of(TeamMember m) {
            return new TeamMemberResponse(m.auditorId(), m.name(), m.username(), m.auditorType(), m.lead());
        }
    }

    record AuditResponse(String id, AuditKind kind, @Nullable String objectId, @Nullable String objectName,
            String auditedOpd, @Nullable String planItemId, String title, LocalDate plannedStart,
            LocalDate plannedEnd, Set<ScopeArea> scope, @Nullable String otherScope, @Nullable String previousAuditId,
            List<TeamMemberResponse> team,
            EngagementStatus status, @Nullable LocalDate startedOn, @Nullable LocalDate completedOn,
            @Nullable String cancelReason, String createdBy, Instant createdAt, Instant updatedAt,
            @Schema(description = "Only in one audit read by the audited OPD: how many of the audit's findings "
                    + "(opened in it or carried over into it) other OPDs own; their text, severity and owner are "
                    + "never shown to it (AU7). Null for Dinas, coordinators and the audit team (they see them "
                    + "all) and in lists.")
            @Nullable Long otherOpdFindings) {

        static AuditResponse of(Engagement e) {
            return of(e, null);
        }

        static AuditResponse of(Engagement e, @Nullable Long otherOpdFindings) {
            return new AuditResponse(e.id(), e.kind(), e.objectId(), e.objectName(), e.auditedOpd(), e.planItemId(),
                    e.title(), e.plannedStart(), e.plannedEnd(), e.scope(), e.otherScope(), e.previousAuditId(),
                    e.team().stream().map(TeamMemberResponse::of).toList(), e.status(), e.startedOn(),
                    e.completedOn(), e.cancelReason(), e.createdBy(), e.createdAt(), e.updatedAt(),
                    otherOpdFindings);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
