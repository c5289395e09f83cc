package id.go.spbe.servicedesk.roster.web;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.roster.Tier2Rosters;
import id.go.spbe.servicedesk.roster.domain.Tier2Agent;
import id.go.spbe.servicedesk.roster.domain.Tier2Roster;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The Tier 2 roster (S3): Dinas's agents who work escalated tickets, security incidents and the service centre's
 * queue, with the addresses the desk's notifications go to. Dinas writes; region-wide roles read.
 */
@RestController
@RequestMapping("/api/v1/tier2-roster")
@Tag(name = "Roster Tier 2", description = "Tier 2 agents at Dinas and their addresses (obligation S3)")
class Tier2RosterController {

    record AgentForm(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email, @NotNull Boolean active) {
    }

    /** The whole roster; an empty list means the desk is addressed as a whole (inbox by role, desk mailbox). */
    record Tier2RosterForm(@NotNull @Size(max = 100) List<@Valid @NotNull AgentForm> agents) {
    }

    record AgentView(String username, String name, String email, boolean active) {
    }

    /** {@code updatedAt}/{@code updatedBy} null before Dinas first sets the roster. */
    record Tier2RosterResponse(List<AgentView> agents, @Nullable Instant updatedAt, @Nullable String updatedBy) {

        static Tier2RosterResponse of(Tier2Roster r) {
            return new Tier2RosterResponse(r.agents().stream()
                    .map(a -> new AgentView(a.username(), a.name(), a.email(), a.active())).toList(),
                    r.updatedAt(), r.updatedBy());
        }
    }

    /** The tamper-evident history of the Tier 2 roster (SEC1): every change, hash-chained. */
    @Schema(name = "Tier2RosterHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {
    }

    private final Tier2Rosters rosters;
    private final ChangeHistoryLog histories;

    Tier2RosterController(Tier2Rosters rosters, ChangeHistoryLog histories) {
        this.rosters = rosters;
        this.histories = histories;
    }

    @GetMapping
    @Operation(summary = "The Tier 2 roster, with its ETag",
            description = "Region-wide roles (Dinas, Tier 2, auditors, coordinators); an OPD's users 403. Empty "
                    + "before Dinas first sets it.")
    ResponseEntity<Tier2RosterResponse> get(Caller caller) {
        Tier2Roster roster = rosters.get(caller);
        return ResponseEntity.ok().eTag(ETags.of(Tier2Rosters.etagVersion(roster))).body(Tier2RosterResponse.of(roster));
    }

    @GetMapping("/history")
    @Operation(summary = "Tamper-evident change history of the Tier 2 roster (SEC1)")
    HistoryResponse history(Caller caller) {
        ChangeHistoryLog.VerifiedHistory h = histories.of(rosters.get(caller));
        return new HistoryResponse(h.intact(), h.firstBrokenSequence(), h.entries());
    }

    @PutMapping
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Set the Tier 2 roster (Dinas)",
            description = "Replaces the whole roster. Every agent has a username, a name, an e-mail address and "
                    + "whether they are active; a username once (422 S3). The active agents receive the Tier 2 "
                    + "queue's notifications (new, escalated, security and service-centre tickets, SLA warnings); "
                    + "while none is active the desk is addressed as a whole (the Tier 2 role's inbox and the "
                    + "configured desk mailbox). If-Match with the ETag read (412 when stale). Emits "
                    + "Tier2RosterUpdated.")
    ResponseEntity<Tier2RosterResponse> put(@Valid @RequestBody Tier2RosterForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Tier2Roster roster = rosters.replace(caller, form.agents().stream()
                .map(a -> new Tier2Agent(a.username().trim(), a.name().trim(), a.email().trim(), a.active()))
                .toList(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(Tier2Rosters.etagVersion(roster))).body(Tier2RosterResponse.of(roster));
    }
}
