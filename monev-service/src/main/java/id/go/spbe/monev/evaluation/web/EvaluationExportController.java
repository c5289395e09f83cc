package id.go.spbe.monev.evaluation.web;

import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.IndexResult;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.framework.domain.Score;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The index and the indicators of an evaluation as CSV, for spreadsheets and the region's own reports. */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Indeks SPBE", description = "Index per aspect, domain and overall with predicates; what-if; "
        + "year-over-year; per OPD (M1, M4)")
class EvaluationExportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final EvaluationReadings readings;

    EvaluationExportController(EvaluationReadings readings) {
        this.readings = readings;
    }

    @GetMapping(value = "/index.csv", produces = "text/csv")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "The index as CSV: one row for the whole, each domain and each aspect")
    @ApiResponse(responseCode = "200", description = "scope,no,name,value,predicate,exact,assessed,indicators",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> index(@PathVariable String id) {
        Evaluation evaluation = readings.get(id);
        IndexResult index = readings.index(evaluation);
        StringBuilder csv = new StringBuilder(CsvText.row(List.of("scope", "no", "name", "value", "predicate", "exact",
                "assessed", "indicators")));
        csv.append(scoreRow("OVERALL", null, "Indeks", index.overall()));
        index.domains().forEach(d -> csv.append(scoreRow("DOMAIN", d.no(), d.name(), d.score())));
        index.aspects().forEach(a -> csv.append(scoreRow("ASPECT", a.no(), a.name(), a.score())));
        return attachment("indeks-" + id + ".csv", csv.toString());
    }

    @GetMapping(value = "/indicators.csv", produces = "text/csv")
    @ProblemResponses(403) // an operator asking for another OPD's indicators
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "The indicators as CSV, scoped like the list (operators: their own OPD's)")
    @ApiResponse(responseCode = "200", description = "no,indicator,weight,aspect_no,domain_no,architecture_domain,"
            + "unit,opd,level,proposed_level,explanation,evidence_document_ids,adjusted_level,adjustment_comment,"
            + "adjusted_in", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> indicators(@PathVariable String id, @RequestParam(required = false) String opd,
            Caller caller) {
        Evaluation evaluation = readings.get(id);
        Framework framework = readings.frameworkOf(evaluation);
        var aspects = framework.aspectOfIndicator();
        var domains = framework.domainOfIndicator();
        StringBuilder csv = new StringBuilder(CsvText.row(List.of("no", "indicator", "weight", "aspect_no", "domain_no",
                "architecture_domain", "unit", "opd", "level", "proposed_level", "explanation",
                "evidence_document_ids", "adjusted_level", "adjustment_comment", "adjusted_in")));
        for (IndicatorAssessment a : readings.indicators(caller, evaluation, opd)) {
            Indicator i = framework.indicator(a.no()).orElseThrow();
            List<Object> cells = new ArrayList<>(List.of(a.no(), i.name(), i.weight().toPlainString(),
                    aspects.get(a.no()).no(), domains.get(a.no()).no()));
            cells.add(i.architectureDomain());
            cells.add(a.unit());
            cells.add(a.opd());
            cells.add(a.level());
            cells.add(a.proposedLevel());
            cells.add(a.explanation());
            cells.add(String.join(" ", a.evidenceDocumentIds()));
            cells.add(a.adjustedLevel());
            cells.add(a.adjustmentComment());
            cells.add(a.adjustedIn());
            csv.append(CsvText.row(cells));
        }
        return attachment("indikator-" + id + ".csv", csv.toString());
    }

    private static String scoreRow(String scope, String no, String name, Score score) {
        List<Object> cells = new ArrayList<>(java.util.Arrays.asList(scope, no, name));
        cells.add(score.value() == null ? null : score.value().toPlainString());
        cells.add(score.predicate());
        cells.add(score.exact() == null ? null : score.exact().setScale(6, RoundingMode.HALF_UP).toPlainString());
        cells.add(score.assessed());
        cells.add(score.indicators());
        return CsvText.row(cells);
    }

    private static ResponseEntity<String> attachment(String filename, String body) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(body);
    }
}
