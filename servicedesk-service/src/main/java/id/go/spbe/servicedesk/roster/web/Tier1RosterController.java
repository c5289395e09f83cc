package id.go.spbe.servicedesk.roster.web;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import id.go.spbe.servicedesk.roster.domain.Technician;
import id.go.spbe.servicedesk.roster.domain.Tier1Roster;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Tier 1 rosters per OPD (S2): Dinas sets them; an OPD reads its own; region-wide roles read all. */
@RestController
@RequestMapping("/api/v1/tier1-roster")
@Tag(name = "Roster Tier 1", description = "Tier 1 technicians per OPD (obligation S2)")
class Tier1RosterController {

    static final String OPD_PATH = "/{opd:[A-Z][A-Z0-9_-]{1,29}}";

    record TechnicianForm(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String name,
            @Size(max = 40) @Pattern(regexp = "^[0-9+() -]*$", message = "hanya angka, spasi, +, (, ) dan -")
            @Nullable String phone,
            @Email @Size(max = 254) @Nullable String email) {
    }

    /** The whole roster; an empty list is refused (422 S2): an OPD always names at least one technician. */
    record RosterForm(@NotNull @Size(max = 50) List<@Valid @NotNull TechnicianForm> technicians) {
    }

    /** {@code email}: where the desk's notifications reach the technician besides the in-app inbox. */
    record TechnicianView(String username, String name, @Nullable String phone, @Nullable String email) {
    }

    /** {@code withdrawn}: Dinas withdrew the roster; the OPD has no Tier 1 and is flagged until a new one is set. */
    record RosterResponse(String opd, List<TechnicianView> technicians, boolean withdrawn,
            @Nullable String withdrawalReason, Instant updatedAt, String updatedBy) {

        static RosterResponse of(Tier1Roster r) {
            return new RosterResponse(r.opd(), r.technicians().stream()
                    .map(t -> new TechnicianView(t.username(), t.name(), t.phone(), t.email())).toList(), r.withdrawn(),
                    r.withdrawalReason(), r.updatedAt(), r.updatedBy());
        }
    }

    record WithdrawRequest(@Size(max = 1000) @Nullable String reason) {
    }

    /** The tamper-evident history of a roster (SEC1): every change, hash-chained. */
    @Schema(name = "Tier1RosterHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {
    }

    private final Tier1Rosters rosters;
    private final ChangeHistoryLog histories;

    Tier1RosterController(Tier1Rosters rosters, ChangeHistoryLog histories) {
        this.rosters = rosters;
        this.histories = histories;
    }

    @GetMapping(OPD_PATH + "/history")
    @Operation(summary = "Tamper-evident change history of an OPD's Tier 1 roster (SEC1)")
    HistoryResponse history(@PathVariable String opd, Caller caller) {
        ChangeHistoryLog.VerifiedHistory h = histories.of(rosters.get(caller, opd));
        return new HistoryResponse(h.intact(), h.firstBrokenSequence(), h.entries());
    }

    @GetMapping
    @Operation(summary = "Tier 1 rosters", description = "An OPD's users see their own; region-wide roles all, or "
            + "one with opd.")
    PageResponse<RosterResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(rosters.list(caller, opd,
                PageRequests.of(page, size, sort, Set.of("opd", "updatedAt"), Sort.by("opd"))), RosterResponse::of);
    }

    @GetMapping(OPD_PATH)
    @Operation(summary = "One OPD's Tier 1 roster, with its ETag")
    ResponseEntity<RosterResponse> get(@PathVariable String opd, Caller caller) {
        Tier1Roster roster = rosters.get(caller, opd);
        return ResponseEntity.ok().eTag(ETags.of(roster.version())).body(RosterResponse.of(roster));
    }

    @PostMapping(OPD_PATH + "/withdraw")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Withdraw an OPD's Tier 1 roster (Dinas), with a reason",
            description = "When the OPD has no technician any more (S2): its new tickets go to Tier 2 with that "
                    + "reason and the coverage view flags it until a roster is set again (PUT). Emits "
                    + "Tier1RosterUpdated with withdrawn = true.")
    ResponseEntity<RosterResponse> withdraw(@PathVariable String opd, @Valid @RequestBody WithdrawRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Tier1Roster roster = rosters.withdraw(caller, opd, request.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(roster.version())).body(RosterResponse.of(roster));
    }

    @PutMapping(OPD_PATH)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Set an OPD's Tier 1 roster (Dinas)",
            description = "At least one technician (422 S2); the OPD must be in the directory (422 G1). In a "
                    + "SERVICE_CENTRE region there are no tiers (422 S2). Emits Tier1RosterUpdated.")
    ResponseEntity<RosterResponse> put(@PathVariable String opd, @Valid @RequestBody RosterForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Tier1Roster roster = rosters.replace(caller, opd, form.technicians().stream()
                .map(t -> new Technician(t.username().trim(), t.name().trim(),
                        t.phone() == null || t.phone().isBlank() ? null : t.phone().trim(),
                        t.email() == null || t.email().isBlank() ? null : t.email().trim())).toList(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(roster.version())).body(RosterResponse.of(roster));
    }
}
