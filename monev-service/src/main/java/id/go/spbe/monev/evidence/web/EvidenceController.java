package id.go.spbe.monev.evidence.web;

import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evidence.OperationsEvidence;
import id.go.spbe.monev.evidence.OperationsEvidence.IndicatorEvidence;
import id.go.spbe.monev.evidence.domain.EvidenceFlag;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evidence from operations (issue 13): next to each claim, the level the platform's data supports and why. */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Bukti operasional", description = "Levels the platform's operations data supports, next to the claims")
class EvidenceController {

    private final EvaluationReadings readings;
    private final OperationsEvidence evidence;

    EvidenceController(EvaluationReadings readings, OperationsEvidence evidence) {
        this.readings = readings;
        this.evidence = evidence;
    }

    /**
     * One covered indicator: {@code claimedLevel} is the current level (the evaluator's adjustment, else the unit's
     * proposal); {@code supportedLevel} null when the platform saw nothing that year; {@code ceiling} the highest
     * level the data can show at all; {@code flag} ABOVE_SUPPORTED, SUPPORTED, NO_DATA or NO_CLAIM.
     */
    record EvidenceResponse(String no, String name, String subject, String opd, @Nullable Integer claimedLevel,
            @Nullable Integer proposedLevel, @Nullable Integer supportedLevel, int ceiling, EvidenceFlag flag,
            String reason, Map<String, Number> figures, String basis, int year) {

        static EvidenceResponse of(IndicatorEvidence e, Framework framework, int year) {
            return new EvidenceResponse(e.assessment().no(),
                    framework.indicator(e.assessment().no()).orElseThrow().name(), e.supported().subject(),
                    e.assessment().opd(), e.claimedLevel(), e.assessment().proposedLevel(), e.supported().level(),
                    e.supported().ceiling(), e.flag(), e.supported().reason(), e.supported().figures(),
                    e.supported().basis(), year);
        }
    }

    @GetMapping("/evidence")
    @ProblemResponses(403) // an operator asking for another OPD's indicators
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Evidence from operations for the evaluation's indicators (issue 13)",
            description = "For each indicator the platform's data covers (59/2020: 15 Pembangunan Aplikasi, 16 "
                    + "Layanan Pusat Data, 17 Jaringan Intra, 18 Sistem Penghubung Layanan, 24 Manajemen Aset TIK, 26 "
                    + "Manajemen Pengetahuan, 27 Manajemen Perubahan, 28 "
                    + "Manajemen Layanan SPBE, 29–31 Audit Infrastruktur/Aplikasi/Keamanan), the level the year's "
                    + "operations data supports, the figures and the sentence why, and whether the claim is above "
                    + "it (flagged, never refused). Operators see their OPD's indicators; region-wide roles see all "
                    + "or filter by opd. Empty for a framework no rule covers. In framework order.")
    PageResponse<EvidenceResponse> list(@PathVariable String id, @RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Caller caller) {
        PageRequest request = PageRequests.of(page, size, null, Set.of(), Sort.unsorted());
        Evaluation evaluation = readings.get(id);
        Framework framework = readings.frameworkOf(evaluation);
        List<IndicatorEvidence> all = evidence.of(caller, evaluation, opd);
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), request, all.size()),
                e -> EvidenceResponse.of(e, framework, evaluation.year()));
    }

    @GetMapping("/indicators/{no}/evidence")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.EVALUATOR, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Evidence from operations for one indicator (issue 13)",
            description = "404 for an operator of another OPD and for an indicator no rule covers.")
    EvidenceResponse indicator(@PathVariable String id, @PathVariable String no, Caller caller) {
        Evaluation evaluation = readings.get(id);
        return EvidenceResponse.of(evidence.ofIndicator(caller, evaluation, no), readings.frameworkOf(evaluation),
                evaluation.year());
    }
}
