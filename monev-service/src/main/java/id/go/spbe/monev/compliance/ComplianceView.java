package id.go.spbe.monev.compliance;

import id.go.spbe.monev.compliance.domain.ComplianceAssessment;
import id.go.spbe.monev.compliance.domain.ComplianceAssessment.Evidence;
import id.go.spbe.monev.compliance.domain.ComplianceAssessment.Records;
import id.go.spbe.monev.compliance.domain.ComplianceReport;
import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evidence.OperationsEvidence;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.planning.PlanningDocuments;
import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.platform.profile.RegionProfile;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SEC4: gathers what monev holds (planning documents, the evaluations of this and last year, the evidence from
 * operations next to the latest one's claims) and lets
 * {@link ComplianceAssessment} judge it against the profile's deadline, on the region's date.
 */
@Service
public class ComplianceView {

    /** Planning documents are a handful per region (three kinds, one per period); a page this size holds them all. */
    private static final int PLANNING_LIMIT = 500;

    private final ComplianceProperties compliance;
    private final RegionProfile profile;
    private final PlanningDocuments planning;
    private final EvaluationReadings evaluations;
    private final OperationsEvidence operations;

    ComplianceView(ComplianceProperties compliance, RegionProfile profile, PlanningDocuments planning,
            EvaluationReadings evaluations, OperationsEvidence operations) {
        this.operations = operations;
        this.compliance = compliance;
        this.profile = profile;
        this.planning = planning;
        this.evaluations = evaluations;
    }

    public ComplianceReport report() {
        LocalDate today = planning.today();
        String regulation = profile == null ? null : profile.regulation();
        if (compliance.deadlineDate().isEmpty()) {
            return ComplianceAssessment.assess(compliance.deadlineDate(), regulation, today,
                    new Records(List.of(), null, null));
        }
        List<PlanningDocument> documents = planning.list(null, null, today,
                PageRequest.of(0, PLANNING_LIMIT, Sort.by("kind", "periodStart"))).getContent();
        Evaluation latest = latestEvaluation(today);
        Framework framework = latest == null ? null : evaluations.frameworkOf(latest);
        return ComplianceAssessment.assess(compliance.deadlineDate(), regulation, today, new Records(documents,
                latest, framework, evidence(latest, framework)));
    }

    private List<Evidence> evidence(Evaluation latest, Framework framework) {
        if (latest == null) {
            return List.of();
        }
        return operations.all(latest).stream().map(e -> new Evidence(e.assessment().no(),
                framework.indicator(e.assessment().no()).map(Indicator::name).orElse(e.assessment().no()),
                e.claimedLevel(), e.supported(), e.flag())).toList();
    }

    /** The latest final evaluation of this or last year; else the latest of them in any stage; else none. */
    private Evaluation latestEvaluation(LocalDate today) {
        List<Evaluation> recent = new ArrayList<>();
        for (int year : new int[] {today.getYear(), today.getYear() - 1}) {
            recent.addAll(evaluations.list(year, null, PageRequest.of(0, 20)).getContent());
        }
        recent.sort(Comparator.comparingInt(Evaluation::year).reversed());
        return recent.stream().filter(e -> e.stage() == EvaluationStage.FINAL).findFirst()
                .orElse(recent.isEmpty() ? null : recent.get(0));
    }
}
