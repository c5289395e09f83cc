package id.go.spbe.appregistry.application.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationTextSearch.LikelyDuplicate;
import id.go.spbe.appregistry.application.ApplicationTextSearch;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ApplicationForm;
import id.go.spbe.appregistry.application.web.ApplicationPayloads.ApplicationResponse;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

import java.util.List;
import java.util.Set;

/** The application register (A1, A2, A11, A12): OPD operators register and edit for their OPD, Dinas for any. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Aplikasi SPBE", description = "Application register (obligations A1-A12)")
class ApplicationController {

    static final Set<String> SORTABLE = Set.of("name", "ownerOpd", "applicationClass", "status", "stage",
            "registeredAt", "updatedAt");

    /**
     * Application ids are UUIDs: constraining the variable keeps the literal {@code /publiccode} beside it from being
     * taken for an id (issue 7, defect 15).
     */
    static final String ID_PATH = "/{id:[0-9a-fA-F-]+}";

    private final ApplicationRegister register;
    private final ApplicationTextSearch textSearch;
    private final ChangeHistoryLog histories;

    ApplicationController(ApplicationRegister register, ApplicationTextSearch textSearch,
            ChangeHistoryLog histories) {
        this.histories = histories;
        this.register = register;
        this.textSearch = textSearch;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Register an application (DRAFT)",
            description = "Owner OPD comes from the token unless the caller is DINAS_ADMIN. Emits ApplicationRegistered. "
                    + "likelyDuplicates lists applications of any OPD with a similar function (G5), for Dinas review.")
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody ApplicationForm form, Caller caller) {
        Application app = register.register(caller, form.details(), form.ownerOpd());
        return ResponseEntity
                .created(Locations.of("/api/v1/applications", app.id()))
                .eTag(ETags.of(app.version()))
                .body(new RegistrationResponse(ApplicationResponse.of(app),
                        textSearch.likelyDuplicatesFor(caller, app)));
    }

    /** The registered application plus its likely duplicates (G5); ids of other OPD's records are withheld. */
    record RegistrationResponse(@JsonUnwrapped ApplicationResponse application,
            List<LikelyDuplicate> likelyDuplicates) {
    }

    @PutMapping(ID_PATH)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Replace the form data of an application",
            description = "Send If-Match with the ETag you read (412 when stale). Name, class, user OPDs, service "
                    + "type, function domains and licence are frozen from submission on (409). Owner cannot change "
                    + "here. Emits ApplicationUpdated when something changed.")
    ResponseEntity<ApplicationResponse> update(@PathVariable String id, @Valid @RequestBody ApplicationForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Application app = register.update(caller, id, form.details(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(app.version())).body(ApplicationResponse.of(app));
    }

    @GetMapping(ID_PATH)
    @Operation(summary = "One application, with its ETag")
    ResponseEntity<ApplicationResponse> get(@PathVariable String id, Caller caller) {
        Application app = register.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(app.version())).body(ApplicationResponse.of(app));
    }

    @GetMapping
    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @Operation(summary = "List applications",
            description = "Operators see their OPD's; region-wide roles see all and may filter by opd. Filters: "
                    + "applicationClass, status, stage, functionDomain, serviceType. Sort: " + "name, ownerOpd, "
                    + "applicationClass, status, stage, registeredAt, updatedAt. With q (at most 200 characters, "
                    + "plain words): matches ranked by relevance, sort does not apply.")
    PageResponse<ApplicationResponse> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String opd,
            @RequestParam(required = false) ApplicationClass applicationClass,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) SdlcStage stage,
            @RequestParam(required = false) FunctionDomain functionDomain,
            @RequestParam(required = false) ServiceType serviceType,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        ApplicationFilter filter = new ApplicationFilter(opd, applicationClass, status, stage, functionDomain,
                serviceType, null);
        Pageable pageable = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "registeredAt"));
        Page<Application> found = q == null || q.isBlank() ? register.list(caller, filter, pageable)
                : textSearch.search(caller, filter, q, pageable);
        return PageResponse.of(found, ApplicationResponse::of);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Tamper-evident change history of an application (SEC1)",
            description = "Every registration, edit and workflow step, hash-chained; `intact` is false when an "
                    + "entry was altered.")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(register.get(caller, id)));
    }

    @Schema(name = "ApplicationHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }

        static HistoryResponse of(List<HistoryEntry> entries) {
            var broken = ChangeHistory.firstBrokenEntry(entries);
            return new HistoryResponse(broken.isEmpty(), broken.map(HistoryEntry::sequence).orElse(null), entries);
        }
    }
}
