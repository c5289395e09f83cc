package id.go.spbe.monev.report;

import id.go.spbe.monev.evaluation.EvaluationEvidence;
import id.go.spbe.monev.evaluation.EvaluationReadings;
import id.go.spbe.monev.evaluation.EvaluationReadings.Comparison;
import id.go.spbe.monev.evaluation.GovernanceProperties;
import id.go.spbe.monev.evaluation.MonevRegulationProperties;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evidence.OperationsEvidence;
import id.go.spbe.monev.evidence.OperationsEvidence.IndicatorEvidence;
import id.go.spbe.monev.evidence.domain.SupportedLevel;
import id.go.spbe.monev.framework.domain.Aspect;
import id.go.spbe.monev.framework.domain.Domain;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.IndexResult;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.framework.domain.Score;
import id.go.spbe.monev.report.ReportView.AspectRow;
import id.go.spbe.monev.report.ReportView.Change;
import id.go.spbe.monev.report.ReportView.DocumentRow;
import id.go.spbe.monev.report.ReportView.DomainRow;
import id.go.spbe.monev.report.ReportView.EvidenceDocuments;
import id.go.spbe.monev.report.ReportView.EvidenceRow;
import id.go.spbe.monev.report.ReportView.Figure;
import id.go.spbe.monev.report.ReportView.Governance;
import id.go.spbe.monev.report.ReportView.IndicatorRow;
import id.go.spbe.monev.report.ReportView.SignOff;
import id.go.spbe.monev.report.ReportView.YearOverYear;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation report as PDF (M2): addressed to the body the profile names (Tim Koordinasi SPBE in Rejang Lebong,
 * RL p53(5); the Bupati through the Sekda in Maluku Tenggara, MT p29(4); the Wali Kota through the Tim Koordinasi's
 * chair in Bitung, BT p48(4)), with the index and predicate, the domain, aspect and indicator tables, a radar chart of
 * the aspects against the previous year, the year-over-year change, the evidence from operations next to the covered
 * indicators' claims (issue 13) and the sign-off (G2, the approver by full name when the token named them). Until the coordinator
 * approves, every page says "DRAF — belum disahkan".
 */
@Service
public class EvaluationReport {

    static final String TEMPLATE = "evaluation-report";

    private final EvaluationReadings readings;
    private final EvaluationEvidence evidenceDocuments;
    private final OperationsEvidence operations;
    private final GovernanceProperties governance;
    private final MonevRegulationProperties regulation;
    private final ReportRenderer renderer;

    EvaluationReport(EvaluationReadings readings, EvaluationEvidence evidenceDocuments, OperationsEvidence operations,
            GovernanceProperties governance, MonevRegulationProperties regulation, ReportRenderer renderer) {
        this.readings = readings;
        this.evidenceDocuments = evidenceDocuments;
        this.operations = operations;
        this.governance = governance;
        this.regulation = regulation;
        this.renderer = renderer;
    }

    /** A rendered report and the name to offer it under. */
    public record RenderedReport(String filename, byte[] pdf) {
    }

    public RenderedReport render(String evaluationId) {
        Evaluation evaluation = readings.get(evaluationId);
        Framework framework = readings.frameworkOf(evaluation);
        Comparison comparison;
        try {
            comparison = readings.compare(evaluation, null);
        } catch (NotFoundException noEarlierYear) {
            comparison = null;
        }
        Report report = report(evaluation, framework, readings.index(evaluation), comparison,
                operations.all(evaluation), evidenceDocuments.asOf(evaluation), governance, regulation);
        return new RenderedReport("laporan-evaluasi-spbe-" + evaluation.id() + (evaluation.published() ? "" : "-draf")
                + ".pdf", renderer.render(report));
    }

    /** The report to render: pure, so every profile's addressee can be checked without a running service. */
    public static Report report(Evaluation evaluation, Framework framework, IndexResult index, Comparison comparison,
            GovernanceProperties governance, MonevRegulationProperties regulation) {
        return report(evaluation, framework, index, comparison, List.of(), null, governance, regulation);
    }

    /**
     * As above, with the evidence from operations next to the covered indicators' claims (issue 13) and the uploaded
     * evidence documents judged at {@code evidenceAsOf} (M1; null: listed without judging their validity).
     */
    public static Report report(Evaluation evaluation, Framework framework, IndexResult index, Comparison comparison,
            List<IndicatorEvidence> evidence, LocalDate evidenceAsOf, GovernanceProperties governance,
            MonevRegulationProperties regulation) {
        ReportView view = view(evaluation, framework, index, comparison, evidence, evidenceAsOf, governance,
                regulation);
        List<RadarChart.Axis> axes = radarAxes(index, comparison);
        String radar = RadarChart.svg("Indeks per aspek", axes, "Tahun " + evaluation.year(),
                comparison == null ? null : "Tahun " + comparison.previous().year());
        Map<String, Object> model = new HashMap<>();
        model.put("e", view);
        model.put("radar", radar);
        String title = "Laporan Hasil Pemantauan dan Evaluasi SPBE Tahun " + evaluation.year();
        return new Report(TEMPLATE, title, "Evaluasi SPBE " + evaluation.id() + " — " + framework.name(),
                view.governance().addressee(), model);
    }

    static ReportView view(Evaluation e, Framework framework, IndexResult index, Comparison comparison,
            List<IndicatorEvidence> evidence, LocalDate evidenceAsOf, GovernanceProperties governance,
            MonevRegulationProperties regulation) {
        Governance body = new Governance(orDash(regulation.reportTo()), orDash(governance.body()),
                orDash(governance.chair()), regulation.governanceMembers());
        Map<String, Score> domainScores = new HashMap<>();
        index.domains().forEach(d -> domainScores.put(d.no(), d.score()));
        Map<String, Score> aspectScores = new HashMap<>();
        index.aspects().forEach(a -> aspectScores.put(a.no(), a.score()));
        List<DomainRow> domains = new ArrayList<>();
        List<AspectRow> aspects = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
        List<DocumentRow> documents = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            Score ds = domainScores.get(domain.no());
            domains.add(new DomainRow(domain.no(), domain.name(), number(domain.weight()), value(ds), predicate(ds),
                    ds == null ? "-" : ds.assessed() + "/" + ds.indicators()));
            for (Aspect aspect : domain.aspects()) {
                Score as = aspectScores.get(aspect.no());
                aspects.add(new AspectRow(aspect.no(), aspect.name(), domain.no(), number(aspect.weight()), value(as),
                        predicate(as)));
                for (Indicator indicator : aspect.indicators()) {
                    IndicatorAssessment a = e.indicator(indicator.no()).orElse(null);
                    indicators.add(indicatorRow(indicator, aspect, a));
                    if (a != null) {
                        a.evidence().forEach(d -> documents.add(new DocumentRow(indicator.no(), d.title(),
                                d.filename(), d.validUntil(), evidenceAsOf != null && d.expiredBefore(evidenceAsOf),
                                a.evidenceDocumentIds().contains(d.id()))));
                    }
                }
            }
        }
        SignOff signOff = new SignOff(e.published(), e.finalisedBy(), e.finalisedAt(), e.publishedByDisplayName(),
                e.publishedAt(), e.publishedFor(), e.returnReason(), e.returnedBy(), e.returnedAt());
        return new ReportView(e.id(), e.year(), framework.name(), orDash(framework.regulation()),
                framework.status().name(), e.stage().name(), body, new Figure(value(index.overall()),
                        predicate(index.overall())), domains, aspects, indicators,
                evidence.stream().map(ev -> evidenceRow(ev, framework)).toList(), yearOverYear(comparison),
                signOff, new EvidenceDocuments(evidenceAsOf,
                        e.stage() != EvaluationStage.PENILAIAN_MANDIRI, documents));
    }

    private static IndicatorRow indicatorRow(Indicator indicator, Aspect aspect, IndicatorAssessment a) {
        if (a == null) {
            return new IndicatorRow(indicator.no(), indicator.name(), aspect.no(), "-", "-", "-", "");
        }
        String note = a.adjustedLevel() == null ? "" : "Disesuaikan evaluator (" + a.adjustedIn() + "): "
                + orDash(a.adjustmentComment());
        return new IndicatorRow(indicator.no(), indicator.name(), aspect.no(), a.opd(),
                a.proposedLevel() == null ? "-" : a.proposedLevel().toString(),
                a.level() == null ? "-" : a.level().toString(), note);
    }

    private static EvidenceRow evidenceRow(IndicatorEvidence ev, Framework framework) {
        String no = ev.assessment().no();
        SupportedLevel s = ev.supported();
        String supported = s.level() == null ? "-" : (s.level() == s.ceiling() ? "≥ " : "") + s.level();
        String flag = switch (ev.flag()) {
            case ABOVE_SUPPORTED -> "Klaim di atas data";
            case SUPPORTED -> "Didukung data";
            case NO_DATA -> "Tidak ada data";
            case NO_CLAIM -> "Belum ada klaim";
        };
        return new EvidenceRow(no, framework.indicator(no).map(Indicator::name).orElse(no),
                ev.claimedLevel() == null ? "-" : ev.claimedLevel().toString(), supported, flag, s.reason());
    }

    private static YearOverYear yearOverYear(Comparison c) {
        if (c == null) {
            return new YearOverYear(null, false, List.of());
        }
        List<Change> changes = new ArrayList<>();
        changes.add(change("Indeks SPBE", "Keseluruhan", c.previousIndex().overall(), c.currentIndex().overall()));
        if (c.sameFramework()) {
            Map<String, Score> before = new HashMap<>();
            c.previousIndex().domains().forEach(d -> before.put("D" + d.no(), d.score()));
            c.previousIndex().aspects().forEach(a -> before.put("A" + a.no(), a.score()));
            c.currentIndex().domains().forEach(d -> changes.add(change("Domain " + d.no(), d.name(),
                    before.get("D" + d.no()), d.score())));
            c.currentIndex().aspects().forEach(a -> changes.add(change("Aspek " + a.no(), a.name(),
                    before.get("A" + a.no()), a.score())));
        }
        return new YearOverYear(c.previous().year(), c.sameFramework(), changes);
    }

    private static Change change(String scope, String name, Score before, Score after) {
        String delta = "-";
        if (before != null && after != null && before.value() != null && after.value() != null) {
            BigDecimal d = after.value().subtract(before.value());
            delta = (d.signum() > 0 ? "+" : "") + comma(d);
        }
        return new Change(scope, name, value(before), value(after), delta);
    }

    private static List<RadarChart.Axis> radarAxes(IndexResult index, Comparison comparison) {
        Map<String, Score> previous = new HashMap<>();
        if (comparison != null && comparison.sameFramework()) {
            comparison.previousIndex().aspects().forEach(a -> previous.put(a.no(), a.score()));
        }
        boolean byAspect = index.aspects().size() >= 3;
        List<RadarChart.Axis> axes = new ArrayList<>();
        if (byAspect) {
            index.aspects().forEach(a -> axes.add(axis(a.no() + ". " + a.name(), a.score(), previous.get(a.no()),
                    !previous.isEmpty())));
        } else {
            index.domains().forEach(d -> axes.add(axis(d.no() + ". " + d.name(), d.score(), null, false)));
        }
        return axes;
    }

    private static RadarChart.Axis axis(String label, Score score, Score previous, boolean withPrevious) {
        double value = score == null || score.value() == null ? 0 : score.value().doubleValue();
        Double before = !withPrevious ? null
                : previous == null || previous.value() == null ? 0d : previous.value().doubleValue();
        return new RadarChart.Axis(label, value, before);
    }

    private static String value(Score score) {
        return score == null || score.value() == null ? "-" : comma(score.value());
    }

    private static String predicate(Score score) {
        return score == null || score.predicate() == null ? "-" : score.predicate();
    }

    private static String comma(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
