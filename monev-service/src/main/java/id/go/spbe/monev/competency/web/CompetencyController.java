package id.go.spbe.monev.competency.web;

import id.go.spbe.monev.competency.CompetencyRegister;
import id.go.spbe.monev.competency.domain.CompetencyGap;
import id.go.spbe.monev.competency.domain.IctStaff;
import id.go.spbe.monev.competency.web.CompetencyPayloads.GapLine;
import id.go.spbe.monev.competency.web.CompetencyPayloads.GapResponse;
import id.go.spbe.monev.competency.web.CompetencyPayloads.HistoryResponse;
import id.go.spbe.monev.competency.web.CompetencyPayloads.StaffRequest;
import id.go.spbe.monev.competency.web.CompetencyPayloads.StaffResponse;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dinas's ICT staff competency register and its gap report (M5). The register holds names (personal data), so only
 * Dinas and the oversight roles read it; OPD operators get 403.
 */
@RestController
@RequestMapping("/api/v1/evaluations/competencies")
@Tag(name = "Kompetensi SDM TIK", description = "Dinas ICT staff against the roles the regulation requires (M5)")
class CompetencyController {

    private static final Set<String> SORTABLE = Set.of("name", "position", "updatedAt");
    /** The most rows one export carries. */
    static final int EXPORT_LIMIT = 10_000;

    private final CompetencyRegister register;
    private final ChangeHistoryLog histories;

    CompetencyController(CompetencyRegister register, ChangeHistoryLog histories) {
        this.register = register;
        this.histories = histories;
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Register a Dinas ICT staff member with competencies (M5, Dinas only)",
            description = "Each competency with its evidence document; a role listed twice is 422 M5; a caller not "
                    + "of the directory's Dinas OPD 422 M5. Emits IctStaffUpdated.")
    ResponseEntity<StaffResponse> register(@Valid @RequestBody StaffRequest request, Caller caller) {
        IctStaff staff = register.register(caller, request.name().strip(), request.position().strip(),
                request.toCompetencies());
        return ResponseEntity.created(Locations.of("/api/v1/evaluations/competencies/staff", staff.id()))
                .eTag(ETags.of(staff.version())).body(StaffResponse.of(staff, register.today()));
    }

    @GetMapping("/staff")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "List the register", description = "Filter: active. Sort: name, position, updatedAt "
            + "(default name).")
    PageResponse<StaffResponse> list(@RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        PageRequest request = PageRequests.of(page, size, sort, SORTABLE, Sort.by("name"));
        LocalDate today = register.today();
        return PageResponse.of(register.list(active, request), s -> StaffResponse.of(s, today));
    }

    @GetMapping(value = "/staff/export.csv", produces = "text/csv")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "The register as CSV (M5)", description = "Filter: active, as the list. One row per staff "
            + "member by name, at most " + EXPORT_LIMIT + " rows; X-Total-Count gives how many matched. The "
            + "competencies column lists every recorded role, valid_competencies those whose evidence is valid today.")
    @ApiResponse(responseCode = "200", description = "name,position,active,competencies,valid_competencies,updated_at",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> export(@RequestParam(required = false) Boolean active) {
        Page<IctStaff> staff = register.list(active, PageRequest.of(0, EXPORT_LIMIT, Sort.by("name")));
        LocalDate today = register.today();
        StringBuilder csv = new StringBuilder(CsvText.row("name", "position", "active", "competencies",
                "valid_competencies", "updated_at"));
        for (IctStaff s : staff) {
            csv.append(CsvText.row(s.name(), s.position(), s.active(),
                    s.competencies().stream().map(c -> c.role().name()).collect(Collectors.joining("; ")),
                    s.competencies().stream().filter(c -> c.validOn(today)).map(c -> c.role().name())
                            .collect(Collectors.joining("; ")),
                    s.updatedAt()));
        }
        return CsvText.attachment("kompetensi-sdm-tik.csv", csv.toString(), staff.getTotalElements());
    }

    @GetMapping("/staff/{id}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "One staff member; ETag for If-Match")
    ResponseEntity<StaffResponse> get(@PathVariable String id) {
        IctStaff staff = register.get(id);
        return ResponseEntity.ok().eTag(ETags.of(staff.version())).body(StaffResponse.of(staff, register.today()));
    }

    @PutMapping("/staff/{id}")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Replace name, position and competencies (M5, Dinas only)",
            description = "409 once the member has left; If-Match optional, stale 412. Emits IctStaffUpdated.")
    ResponseEntity<StaffResponse> update(@PathVariable String id, @Valid @RequestBody StaffRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        IctStaff staff = register.update(caller, id, request.name().strip(), request.position().strip(),
                request.toCompetencies(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(staff.version())).body(StaffResponse.of(staff, register.today()));
    }

    @PostMapping("/staff/{id}/leave")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "The member left Dinas: kept in the register, no longer counted (M5, Dinas only)",
            description = "409 when already left; If-Match optional, stale 412. Emits IctStaffUpdated.")
    ResponseEntity<StaffResponse> leave(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        IctStaff staff = register.leave(caller, id, ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(staff.version())).body(StaffResponse.of(staff, register.today()));
    }

    @GetMapping("/staff/{id}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident history of the staff record (SEC1)")
    HistoryResponse history(@PathVariable String id) {
        return HistoryResponse.of(histories.of(register.get(id)));
    }

    @GetMapping("/gap")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Gap report: required vs present per role (M5)",
            description = "Required from the regulation profile (MT p24(8): one of each of the five roles); present "
                    + "= active staff whose evidence is valid today. Every role is listed.")
    GapResponse gap() {
        List<CompetencyGap.Line> lines = register.gap();
        return new GapResponse(register.today(), lines.stream().allMatch(l -> l.gap() == 0),
                lines.stream().map(GapLine::of).toList());
    }
}
