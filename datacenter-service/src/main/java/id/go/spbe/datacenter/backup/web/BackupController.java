package id.go.spbe.datacenter.backup.web;

import id.go.spbe.datacenter.backup.BackupCompliance;
import id.go.spbe.datacenter.backup.BackupPolicies;
import id.go.spbe.datacenter.backup.BackupRuns;
import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.BackupRun;
import id.go.spbe.datacenter.backup.domain.RestoreTest;
import id.go.spbe.datacenter.backup.web.BackupPayloads.ApplicationComplianceResponse;
import id.go.spbe.datacenter.backup.web.BackupPayloads.OpdComplianceResponse;
import id.go.spbe.datacenter.backup.web.BackupPayloads.PolicyForm;
import id.go.spbe.datacenter.backup.web.BackupPayloads.PolicyResponse;
import id.go.spbe.datacenter.backup.web.BackupPayloads.RestoreTestForm;
import id.go.spbe.datacenter.backup.web.BackupPayloads.RestoreTestResponse;
import id.go.spbe.datacenter.backup.web.BackupPayloads.RetireForm;
import id.go.spbe.datacenter.backup.web.BackupPayloads.RunForm;
import id.go.spbe.datacenter.backup.web.BackupPayloads.RunResponse;
import id.go.spbe.datacenter.backup.web.BackupPayloads.SystemComplianceResponse;
import id.go.spbe.datacenter.csv.CsvExport;
import id.go.spbe.datacenter.history.HistoryResponse;
import id.go.spbe.platform.openapi.ProblemResponses;
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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Backups (D6): policies per protected system, runs reported by machine clients, compliance Dinas supervises. */
@RestController
@Tag(name = "Pencadangan", description = "Backup policies, reported runs, overdue detection and compliance (D6)")
class BackupController {

    static final String POLICIES = "/api/v1/backup-policies";
    static final String RUNS = "/api/v1/backup-runs";
    static final String COMPLIANCE = "/api/v1/backup-compliance";

    private final BackupPolicies policies;
    private final BackupRuns runs;
    private final BackupCompliance compliance;
    private final ChangeHistoryLog histories;

    BackupController(BackupPolicies policies, BackupRuns runs, BackupCompliance compliance,
            ChangeHistoryLog histories) {
        this.policies = policies;
        this.runs = runs;
        this.compliance = compliance;
        this.histories = histories;
    }

    @PostMapping(POLICIES)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Define the backup policy of a system (owner OPD or Dinas)",
            description = "An application of the OPD in the register (422 A1) or a running VPS of the OPD; one "
                    + "active policy per system (409); frequency at least as often as the RPO (422 D6). A VPS gets "
                    + "one by itself when it goes into service. Emits BackupPolicyDefined.")
    ResponseEntity<PolicyResponse> define(@Valid @RequestBody PolicyForm form, Caller caller) {
        BackupPolicy policy = policies.define(caller, form.opd(), form.systemKind(), form.systemId(),
                form.frequencyHours(), form.retentionDays(), form.rpoHours(), form.offsiteCopy());
        return ResponseEntity.created(Locations.of(POLICIES, policy.id())).eTag(ETags.of(policy.version()))
                .body(PolicyResponse.of(policy));
    }

    @GetMapping(POLICIES + "/{id}")
    @Operation(summary = "One backup policy, with its ETag")
    ResponseEntity<PolicyResponse> policy(@PathVariable String id, Caller caller) {
        BackupPolicy policy = policies.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(policy.version())).body(PolicyResponse.of(policy));
    }

    @GetMapping(POLICIES)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List backup policies", description = "OPD-scoped; sort: opd, status, activeSince.")
    PageResponse<PolicyResponse> policies(@RequestParam(required = false) String opd,
            @RequestParam(required = false) BackupPolicy.Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(policies.list(caller, opd, status, PageRequests.of(page, size, sort,
                Set.of("opd", "status", "activeSince"), Sort.by(Sort.Direction.DESC, "activeSince"))),
                PolicyResponse::of);
    }

    @PostMapping(POLICIES + "/{id}/retire")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "End a backup policy, with a reason (owner OPD or Dinas)",
            description = "Emits BackupPolicyRetired.")
    ResponseEntity<PolicyResponse> retire(@PathVariable String id, @Valid @RequestBody RetireForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        BackupPolicy policy = policies.retire(caller, id, form.reason(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(policy.version())).body(PolicyResponse.of(policy));
    }

    @PostMapping(POLICIES + "/{id}/restore-tests")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Record a restore test (owner OPD or Dinas, D6)",
            description = "Date (not in the future, 422 D6), duration, result, optionally the restored run (a run of "
                    + "this policy, 422 D6). Due every spbe.datacenter.backup.restore-test-every. Emits "
                    + "RestoreTestRecorded, and RestoreTestFailed when it failed.")
    ResponseEntity<RestoreTestResponse> recordRestoreTest(@PathVariable String id,
            @Valid @RequestBody RestoreTestForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        RestoreTest test = policies.recordRestoreTest(caller, id, form.testedOn(), form.durationMinutes(),
                form.result(), form.runId(), form.notes(), ifMatch);
        return ResponseEntity.created(Locations.of(POLICIES + "/" + id + "/restore-tests", test.id()))
                .body(RestoreTestResponse.of(test));
    }

    @GetMapping(POLICIES + "/{id}/restore-tests")
    @Operation(summary = "The restore tests of a policy, newest first (D6)")
    List<RestoreTestResponse> restoreTests(@PathVariable String id, Caller caller) {
        return policies.get(caller, id).restoreTests().stream()
                .sorted(Comparator.comparing(RestoreTest::testedOn).reversed())
                .map(RestoreTestResponse::of).toList();
    }

    @GetMapping(POLICIES + "/{id}/history")
    @Operation(summary = "Tamper-evident history of a backup policy, its missed windows included (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(policies.get(caller, id)));
    }

    @PostMapping(RUNS)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.INTEGRATION, Roles.DINAS_ADMIN})
    @ProblemResponses(404) // a policy the caller may not report for is answered like a missing one
    @Operation(summary = "Report a backup run (machine clients, Dinas)",
            description = "Send Idempotency-Key: a resend returns the first answer. An OPD's client reports for "
                    + "its OPD's systems, a Dinas client for any. A failed run raises BackupOverdue at once; a "
                    + "successful one needs size and SHA-256 (422 D6). The same run twice is a 409. Emits "
                    + "BackupRunReported.")
    ResponseEntity<RunResponse> report(@Valid @RequestBody RunForm form, Caller caller) {
        BackupRun run = runs.report(caller, form.policyId(), form.startedAt(), form.durationSeconds(),
                form.sizeBytes(), form.checksum(), form.result(), form.message(),
                Boolean.TRUE.equals(form.offsite()));
        return ResponseEntity.created(Locations.of(RUNS, run.id())).body(RunResponse.of(run));
    }

    @GetMapping(RUNS)
    @ProblemResponses({404, 422}) // policyId of a policy the caller may not see; G1: an unknown opd filter
    @Operation(summary = "List backup runs", description = "Of one policy, or OPD-scoped; newest first.")
    PageResponse<RunResponse> runs(@RequestParam(required = false) String policyId,
            @RequestParam(required = false) String opd, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Caller caller) {
        return PageResponse.of(runs.list(caller, policyId, opd, PageRequests.of(page, size, null, Set.of(),
                Sort.by(Sort.Direction.DESC, "startedAt"))), RunResponse::of);
    }

    @GetMapping(COMPLIANCE)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Backup compliance per protected system (D6)",
            description = "COMPLIANT, OVERDUE (no successful run within frequency + grace) or FAILING (newest run "
                    + "failed). OPD-scoped.")
    PageResponse<SystemComplianceResponse> compliance(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Caller caller) {
        return PageResponse.of(compliance.systems(caller, opd, PageRequests.of(page, size, null, Set.of(),
                Sort.by("opd"))), SystemComplianceResponse::of);
    }

    @GetMapping(COMPLIANCE + "/export.csv")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Backup compliance per system, as CSV (D6)", description = "Same scope as the list.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void complianceCsv(@RequestParam(required = false) String opd, Caller caller, HttpServletResponse response)
            throws IOException {
        CsvExport.write(response, "kepatuhan-pencadangan.csv", page -> compliance.systems(caller, opd, page),
                Sort.by("opd", "_id"), List.of("policyId", "opd", "systemKind", "systemId", "systemName",
                        "frequencyHours", "rpoHours", "offsiteCopy", "standing", "lastRunAt", "lastRunResult",
                        "lastSuccessAt", "nextSuccessDueBy", "restoreTestDueBy", "restoreTestOverdue"),
                s -> {
                    SystemComplianceResponse r = SystemComplianceResponse.of(s);
                    return Arrays.asList(r.policyId(), r.opd(), r.system().kind().name(), r.system().id(),
                            r.system().name(), r.frequencyHours(), r.rpoHours(), r.offsiteCopy(),
                            r.standing().name(), r.lastRunAt(), r.lastRunResult(), r.lastSuccessAt(),
                            r.nextSuccessDueBy(), r.restoreTestDueBy(), r.restoreTestOverdue());
                });
    }

    @GetMapping(COMPLIANCE + "/applications")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Backup compliance per application (D6)",
            description = "The application's own policy and those of the VPS hosting it; it stands as its worst "
                    + "system. OPD-scoped.")
    PageResponse<ApplicationComplianceResponse> complianceByApplication(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Caller caller) {
        return PageResponse.of(compliance.applications(caller, opd, PageRequests.of(page, size, null, Set.of(),
                Sort.by("applicationId"))), ApplicationComplianceResponse::of);
    }

    @GetMapping(COMPLIANCE + "/opds")
    @Operation(summary = "Backup compliance per OPD (D6)", description = "Operators see their OPD; Dinas all.")
    PageResponse<OpdComplianceResponse> complianceByOpd(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Caller caller) {
        return PageResponse.of(compliance.opds(caller, PageRequests.of(page, size, null, Set.of(), Sort.by("opd"))),
                OpdComplianceResponse::of);
    }
}
