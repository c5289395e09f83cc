package id.go.spbe.monev.framework.web;

import id.go.spbe.monev.framework.FrameworkCatalogue;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.FrameworkFile;
import id.go.spbe.monev.framework.domain.FrameworkFileException;
import id.go.spbe.monev.framework.web.FrameworkPayloads.FrameworkHistoryResponse;
import id.go.spbe.monev.framework.web.FrameworkPayloads.FrameworkResponse;
import id.go.spbe.monev.framework.web.FrameworkPayloads.FrameworkSummary;
import id.go.spbe.platform.documents.DocumentTooLargeException;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.ProblemTypes;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluation frameworks (M1): the shipped ones and those evaluators import. Under {@code /api/v1/evaluations/} so
 * the gateway's existing route for this service covers them.
 */
@RestController
@RequestMapping("/api/v1/evaluations/frameworks")
@Tag(name = "Kerangka evaluasi SPBE", description = "Frameworks as versioned data: domains, aspects, weighted "
        + "indicators, level descriptors and predicate tables (M1)")
class FrameworkController {

    private static final Set<String> SORTABLE = Set.of("id");

    private final FrameworkCatalogue catalogue;
    private final ChangeHistoryLog histories;

    FrameworkController(FrameworkCatalogue catalogue, ChangeHistoryLog histories) {
        this.catalogue = catalogue;
        this.histories = histories;
    }

    @GetMapping
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "List frameworks", description = "Shipped frameworks first (59/2020 OFFICIAL, the 2026 "
            + "successor PROVISIONAL), then imported ones.")
    PageResponse<FrameworkSummary> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        PageRequest request = PageRequests.of(page, size, sort, SORTABLE, Sort.unsorted());
        List<Framework> all = catalogue.all();
        Sort.Order byId = request.getSort().getOrderFor("id");
        if (sort != null && byId != null) {
            boolean descending = byId.isDescending();
            all = all.stream().sorted((a, b) -> descending ? b.id().compareTo(a.id()) : a.id().compareTo(b.id()))
                    .toList();
        }
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), request, all.size()), FrameworkSummary::of);
    }

    @GetMapping("/{frameworkId}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One framework with every domain, aspect, indicator and predicate band")
    FrameworkResponse get(@PathVariable String frameworkId) {
        return FrameworkResponse.of(catalogue.require(frameworkId));
    }

    @GetMapping("/{frameworkId}/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Tamper-evident history of an imported framework (SEC1)",
            description = "Who imported it and when; shipped frameworks have no history here (404): their files "
                    + "and sources are in the service's repository.")
    FrameworkHistoryResponse history(@PathVariable String frameworkId) {
        var history = histories.of(catalogue.requireImported(frameworkId));
        return new FrameworkHistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.EVALUATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Import a framework from two CSV files (M1)",
            description = "Part `indicators`: domain_no,domain,domain_weight,aspect_no,aspect,aspect_weight,"
                    + "indicator_no,indicator,indicator_weight[,architecture_domain][,level_1..level_5]. Part "
                    + "`predicates`: min_inclusive,max_exclusive,predicate. Lines starting with # are comments. "
                    + "Checked: indicator weights add up to their aspect's, aspects' to their domain's, domains' to "
                    + "totalWeight; predicate bands cover 1.00–5.00 without gap or overlap; level descriptors for all "
                    + "five levels or none. Every problem is listed in errors[] with file, line and field (400). "
                    + "An id in use is a 409. Emits FrameworkImported.")
    ResponseEntity<FrameworkResponse> importFramework(
            @RequestParam @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}") String id,
            @RequestParam @NotBlank @Size(max = 200) String name,
            @RequestParam @NotBlank @Size(max = 300) String regulation,
            @RequestParam(defaultValue = "100") @DecimalMin("1") @DecimalMax("100000") BigDecimal totalWeight,
            @RequestParam(defaultValue = "2") @Min(0) @Max(4) int decimals,
            @RequestPart(FrameworkFile.INDICATORS) MultipartFile indicators,
            @RequestPart(FrameworkFile.PREDICATES) MultipartFile predicates, Caller caller) {
        Framework framework = catalogue.importFramework(caller, id, name.strip(), regulation.strip(), totalWeight,
                decimals, utf8(FrameworkFile.INDICATORS, indicators), utf8(FrameworkFile.PREDICATES, predicates));
        return ResponseEntity.created(Locations.of("/api/v1/evaluations/frameworks", framework.id()))
                .body(FrameworkResponse.of(framework));
    }

    /** 400 validation problem whose errors[] name file, line and field of every problem in the upload. */
    @ExceptionHandler(FrameworkFileException.class)
    ResponseEntity<ProblemDetail> badFile(FrameworkFileException ex, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Berkas kerangka evaluasi tidak valid: " + ex.errors().size() + " kesalahan; lihat daftar errors.");
        body.setType(ProblemTypes.VALIDATION);
        body.setTitle("Validation Failed");
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("errors", ex.errors().stream().map(e -> Map.of("field", e.field(), "message",
                e.message(), "file", e.file(), "line", e.line())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** Framework files are a few KB (59/2020: 9 KB); the multipart limit is the evidence documents' (20 MB). */
    static final long MAX_FRAMEWORK_FILE_BYTES = 1024 * 1024;

    private static String utf8(String part, MultipartFile file) {
        if (file.getSize() > MAX_FRAMEWORK_FILE_BYTES) {
            throw new DocumentTooLargeException(MAX_FRAMEWORK_FILE_BYTES);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FrameworkFileException(List.of(new FrameworkFileException.LineError(part, 1, "-",
                    "Berkas bukan teks UTF-8.")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
