package id.go.spbe.network.diagram.web;

import id.go.spbe.network.diagram.YearlyDiagrams;
import id.go.spbe.network.diagram.domain.Attachment;
import id.go.spbe.network.diagram.domain.DiagramSnapshot;
import id.go.spbe.network.diagram.domain.LanDiagramCampaign;
import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.LanDiagramTaskStatus;
import id.go.spbe.network.diagram.web.DiagramPayloads.CampaignRequest;
import id.go.spbe.network.diagram.web.DiagramPayloads.CampaignResponse;
import id.go.spbe.network.diagram.web.DiagramPayloads.HistoryResponse;
import id.go.spbe.network.diagram.web.DiagramPayloads.ReturnRequest;
import id.go.spbe.network.diagram.web.DiagramPayloads.TaskResponse;
import id.go.spbe.network.diagram.web.DiagramPayloads.YearDiffResponse;
import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.Set;

/**
 * Yearly LAN diagrams (N6, SEC3): campaigns (Dinas), one task per OPD, submissions by the LAN's steward (a snapshot
 * of the generated diagram and the inventory, the uncovered changes, an optional file), Dinas's review, the diff
 * against last year's accepted diagram.
 */
@RestController
@RequestMapping(LanDiagramController.PATH)
@Tag(name = "LAN diagram", description = "Yearly LAN diagrams per OPD (obligation N6, SEC3)")
class LanDiagramController {

    static final String PATH = "/api/v1/lan-diagrams";
    private static final String SVG = "image/svg+xml";
    private static final Set<String> TASK_SORTABLE = Set.of("year", "opdCode", "dueDate", "status");
    private static final Set<String> CAMPAIGN_SORTABLE = Set.of("year", "dueDate");

    private final YearlyDiagrams diagrams;
    private final ChangeHistoryLog histories;

    LanDiagramController(YearlyDiagrams diagrams, ChangeHistoryLog histories) {
        this.diagrams = diagrams;
        this.histories = histories;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campaigns")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Open the year's LAN diagram campaign (Dinas)", description = "Opens a task for every active "
            + "OPD, due on dueDate. 422 N6 where the region's profile does not require yearly LAN diagrams "
            + "(spbe.regulation.network.lan-diagram-yearly: false), or for a due date already past; 409 when the year "
            + "is open already.")
    ResponseEntity<CampaignResponse> open(@Valid @RequestBody CampaignRequest request, Caller caller) {
        LanDiagramCampaign campaign = diagrams.open(caller, request.year(), request.dueDate());
        return ResponseEntity.created(Locations.of(PATH + "/campaigns", campaign.id()))
                .body(CampaignResponse.of(campaign));
    }

    @GetMapping("/campaigns")
    @Operation(summary = "List campaigns", description = "Sort: year, dueDate.")
    PageResponse<CampaignResponse> campaigns(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(diagrams.campaigns(PageRequests.of(page, size, sort, CAMPAIGN_SORTABLE,
                Sort.by(Sort.Direction.DESC, "year"))), CampaignResponse::of);
    }

    @GetMapping("/campaigns/{year}")
    @Operation(summary = "One campaign")
    CampaignResponse campaign(@PathVariable int year) {
        return CampaignResponse.of(diagrams.campaign(year));
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping("/tasks")
    @Operation(summary = "List yearly diagram tasks", description = "OPD users see their OPD's; region-wide roles "
            + "all, or one OPD's with `opd`. Filters: year, status. Sort: year, opdCode, dueDate, status.")
    PageResponse<TaskResponse> tasks(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) LanDiagramTaskStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(diagrams.list(caller, opd, year, status, PageRequests.of(page, size, sort,
                TASK_SORTABLE, Sort.by("year", "opdCode"))), TaskResponse::of);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "One OPD's yearly diagram task, with its submissions")
    ResponseEntity<TaskResponse> task(@PathVariable String id, Caller caller) {
        return reply(diagrams.task(caller, id));
    }

    @PostMapping(value = "/tasks/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR, Roles.INTEGRATION})
    @Operation(summary = "Submit the year's LAN diagram (the LAN's steward)", description = "Freezes the diagram "
            + "drawn from the inventory and the inventory itself, lists the revisions no change report covers (N7), "
            + "and stores the optional `file` (PNG, PDF, SVG or draw.io; type sniffed from the bytes, 415 otherwise; "
            + "413 over the size limit; a PDF's signature checked, 422 SEC3 where the profile requires signatures). "
            + "422 N3 when the caller does not run this LAN; 409 while a submission awaits review or once accepted. "
            + "Emits LanDiagramSubmitted.")
    ResponseEntity<TaskResponse> submit(@PathVariable String id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "note", required = false) String note,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        if (note != null && note.length() > 1000) {
            throw new id.go.spbe.platform.problem.InvalidRequestException("note", "Catatan paling panjang 1000 "
                    + "karakter.");
        }
        return reply(diagrams.submit(caller, id, file, note, ifMatch));
    }

    @PostMapping("/tasks/{id}/accept")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Accept the submitted diagram (SUBMITTED → ACCEPTED, Dinas)", description = "409 unless a "
            + "submission awaits review. Emits LanDiagramAccepted.")
    ResponseEntity<TaskResponse> accept(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(diagrams.accept(caller, id, ifMatch));
    }

    @PostMapping("/tasks/{id}/return")
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Return the submitted diagram with a reason (SUBMITTED → RETURNED, Dinas)",
            description = "409 unless a submission awaits review. Emits LanDiagramReturned.")
    ResponseEntity<TaskResponse> giveBack(@PathVariable String id, @Valid @RequestBody ReturnRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return reply(diagrams.giveBack(caller, id, request.reason(), ifMatch));
    }

    @GetMapping(value = "/tasks/{id}/diagram", produces = SVG)
    @Operation(summary = "The diagram frozen by the latest submission (image/svg+xml)", description = "404 before "
            + "the first submission.")
    ResponseEntity<String> diagram(@PathVariable String id, Caller caller) {
        DiagramSnapshot snapshot = diagrams.latestSnapshot(caller, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, SVG + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"diagram-lan-"
                        + snapshot.id().replaceAll("[^A-Za-z0-9.-]", "_") + ".svg\"")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(snapshot.svg());
    }

    @GetMapping("/tasks/{id}/attachment")
    @Operation(summary = "The file of the latest submission", description = "As stored: attachment, nosniff, "
            + "sandboxing CSP, SHA-256 as ETag. 404 when the latest submission has none.")
    ResponseEntity<Resource> attachment(@PathVariable String id, Caller caller) {
        LanDiagramTask task = diagrams.task(caller, id);
        Attachment meta = diagrams.attachmentOf(task).orElseThrow(() -> new NotFoundException("Attachment", id));
        DocumentStore.StoredFile file = diagrams.attachment(caller, id)
                .orElseThrow(() -> new NotFoundException("Attachment", id));
        return DocumentDownloads.attachment(meta.filename(), meta.mediaType(), meta.sha256(), file.content());
    }

    @GetMapping("/tasks/{id}/diff")
    @Operation(summary = "What changed since last year's accepted diagram", description = "Last year's accepted "
            + "snapshot of the same OPD against this task's latest submission (the current inventory before the "
            + "first); without one, against the empty inventory (previousYear null).")
    YearDiffResponse diff(@PathVariable String id, Caller caller) {
        return YearDiffResponse.of(diagrams.diffAgainstLastYear(caller, id));
    }

    @GetMapping("/tasks/{id}/history")
    @Operation(summary = "Tamper-evident history of a yearly diagram task (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(diagrams.task(caller, id)));
    }

    private static ResponseEntity<TaskResponse> reply(LanDiagramTask task) {
        return ResponseEntity.ok().eTag(ETags.of(task.version())).body(TaskResponse.of(task));
    }
}
