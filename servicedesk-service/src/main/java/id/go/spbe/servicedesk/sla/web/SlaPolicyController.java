package id.go.spbe.servicedesk.sla.web;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.sla.SlaPolicies;
import id.go.spbe.servicedesk.sla.domain.PolicyVersion;
import id.go.spbe.servicedesk.sla.domain.SlaPolicy;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** SLA policies per ticket type × priority (S5): everyone signed in reads them, Dinas revises them. */
@RestController
@RequestMapping("/api/v1/sla-policies")
@Tag(name = "SLA", description = "SLA clocks, policies and the business calendar (obligation S5)")
class SlaPolicyController {

    /** Targets in business minutes; time to own and first response may not exceed resolution (422 S5). */
    record PolicyForm(@NotNull @Max(525600) Integer timeToOwnMinutes, @NotNull @Max(525600) Integer firstResponseMinutes,
            @NotNull @Max(525600) Integer resolutionMinutes, @Size(max = 1000) @Nullable String reason) {
    }

    record VersionView(int version, Instant effectiveFrom, int timeToOwnMinutes, int firstResponseMinutes,
            int resolutionMinutes, String reason, String changedBy) {

        static VersionView of(PolicyVersion v) {
            return new VersionView(v.version(), v.effectiveFrom(), v.timeToOwnMinutes(), v.firstResponseMinutes(),
                    v.resolutionMinutes(), v.reason(), v.changedBy());
        }
    }

    record PolicyResponse(TicketType type, Priority priority, VersionView current, List<VersionView> versions) {

        static PolicyResponse of(SlaPolicy p) {
            return new PolicyResponse(p.type(), p.priority(), VersionView.of(p.current()),
                    p.versions().stream().map(VersionView::of).toList());
        }
    }

    /** The tamper-evident history of a policy (SEC1): every revision, hash-chained. */
    @Schema(name = "SlaPolicyHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {
    }

    private final SlaPolicies policies;
    private final ChangeHistoryLog histories;

    SlaPolicyController(SlaPolicies policies, ChangeHistoryLog histories) {
        this.policies = policies;
        this.histories = histories;
    }

    @GetMapping("/{type}/{priority}/history")
    @Operation(summary = "Tamper-evident change history of an SLA policy (SEC1)")
    HistoryResponse history(@PathVariable TicketType type, @PathVariable Priority priority) {
        ChangeHistoryLog.VerifiedHistory h = histories.of(policies.get(type, priority));
        return new HistoryResponse(h.intact(), h.firstBrokenSequence(), h.entries());
    }

    @GetMapping
    @Operation(summary = "Every SLA policy (type × priority) with its versions")
    List<PolicyResponse> list() {
        return policies.all().stream().map(PolicyResponse::of).toList();
    }

    @GetMapping("/{type}/{priority}")
    @Operation(summary = "One SLA policy with its versions and ETag")
    ResponseEntity<PolicyResponse> get(@PathVariable TicketType type, @PathVariable Priority priority) {
        SlaPolicy policy = policies.get(type, priority);
        return ResponseEntity.ok().eTag(ETags.of(policy.version())).body(PolicyResponse.of(policy));
    }

    @PutMapping("/{type}/{priority}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Revise an SLA policy (Dinas): adds a version effective now",
            description = "Running clocks are recomputed with the new targets from the ticket's opening, keeping "
                    + "the pauses already accrued; clocks that stopped keep the version of their time. Targets > 0 "
                    + "and a reason (422 S5). Emits SlaPolicyRevised.")
    ResponseEntity<PolicyResponse> revise(@PathVariable TicketType type, @PathVariable Priority priority,
            @Valid @RequestBody PolicyForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Caller caller) {
        SlaPolicy policy = policies.revise(caller, type, priority, form.timeToOwnMinutes(),
                form.firstResponseMinutes(), form.resolutionMinutes(), form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(policy.version())).body(PolicyResponse.of(policy));
    }
}
