package id.go.spbe.monev.evidence;

import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evidence.domain.EvidenceFlag;
import id.go.spbe.monev.evidence.domain.EvidenceRules;
import id.go.spbe.monev.evidence.domain.SupportedLevel;
import id.go.spbe.monev.evidence.domain.TicketFigures;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Evidence from operations next to the claims of an evaluation: for each indicator a rule covers, the level the
 * year's operations data supports and whether the claimed level (the evaluator's, else the unit's proposal) is
 * above it. Read on demand from the read models, never stored in the evaluation: it informs, it does not decide.
 */
@Service
public class OperationsEvidence {

    /** One covered indicator: the claim and what the data supports. */
    public record IndicatorEvidence(IndicatorAssessment assessment, Integer claimedLevel, SupportedLevel supported,
            EvidenceFlag flag) {
    }

    private final EvaluationReadings readings;
    private final OperationsReadModel operations;

    OperationsEvidence(EvaluationReadings readings, OperationsReadModel operations) {
        this.readings = readings;
        this.operations = operations;
    }

    /** The covered indicators the caller may read (an operator: its own OPD's), in framework order. */
    public List<IndicatorEvidence> of(Caller caller, Evaluation evaluation, String opd) {
        List<IndicatorAssessment> visible = readings.indicators(caller, evaluation, opd).stream()
                .filter(a -> covers(evaluation, a.no())).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Year year = new Year(evaluation.year());
        return visible.stream().map(a -> evidence(a, year)).toList();
    }

    /**
     * Every covered indicator of the evaluation, whoever asks: for the report (M2) and the compliance view (SEC4),
     * whose readers are region-wide. Empty under a framework no rule covers.
     */
    public List<IndicatorEvidence> all(Evaluation evaluation) {
        if (!EvidenceRules.FRAMEWORK.equals(evaluation.frameworkId())) {
            return List.of();
        }
        Year year = new Year(evaluation.year());
        return evaluation.indicators().stream().filter(a -> EvidenceRules.COVERED.contains(a.no()))
                .map(a -> evidence(a, year)).toList();
    }

    /** One indicator's evidence; 404 for another OPD's indicator (as the indicator itself) or one no rule covers. */
    public IndicatorEvidence ofIndicator(Caller caller, Evaluation evaluation, String no) {
        IndicatorAssessment assessment = readings.indicator(caller, evaluation, no);
        if (!covers(evaluation, no)) {
            throw new NotFoundException("Bukti operasional indikator", no);
        }
        return evidence(assessment, new Year(evaluation.year()));
    }

    private static boolean covers(Evaluation evaluation, String no) {
        return EvidenceRules.FRAMEWORK.equals(evaluation.frameworkId()) && EvidenceRules.COVERED.contains(no);
    }

    private IndicatorEvidence evidence(IndicatorAssessment assessment, Year year) {
        SupportedLevel supported = switch (assessment.no()) {
            case EvidenceRules.SERVICE_MANAGEMENT -> EvidenceRules.serviceManagement(year.tickets());
            case EvidenceRules.CHANGE_MANAGEMENT -> EvidenceRules.changeManagement(year.tickets());
            case EvidenceRules.APPLICATION_DEVELOPMENT ->
                    EvidenceRules.applicationDevelopment(operations.development(year.year));
            case EvidenceRules.DATA_CENTER -> EvidenceRules.dataCenter(operations.dataCenter(year.year));
            case EvidenceRules.NETWORK -> EvidenceRules.network(operations.network(year.year));
            case EvidenceRules.SERVICE_LINKAGE -> EvidenceRules.serviceLinkage(operations.integrations(year.year));
            case EvidenceRules.ASSET_MANAGEMENT -> EvidenceRules.assetManagement(operations.assets(year.year));
            case EvidenceRules.KNOWLEDGE_MANAGEMENT -> EvidenceRules.knowledgeManagement(operations.knowledge(year.year));
            default -> EvidenceRules.audit(assessment.no(),
                    operations.audits(year.year, EvidenceRules.AUDIT_KINDS.get(assessment.no())));
        };
        Integer claimed = assessment.level();
        return new IndicatorEvidence(assessment, claimed, supported, supported.flag(claimed));
    }

    /** Ticket figures are read once per request even when two indicators use them. */
    private final class Year {
        private final int year;
        private TicketFigures tickets;

        Year(int year) {
            this.year = year;
        }

        TicketFigures tickets() {
            if (tickets == null) {
                tickets = operations.tickets(year);
            }
            return tickets;
        }
    }
}
