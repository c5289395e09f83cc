package id.go.spbe.monev.compliance.domain;

import id.go.spbe.monev.compliance.domain.ComplianceReport.Check;
import id.go.spbe.monev.compliance.domain.ComplianceReport.Status;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.monev.planning.domain.PlanningKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * SEC4 (SM p36): systems that ran before the regulation must comply within two years of its promulgation. This
 * service sees only its own records, so the view checks what they can show — the master plan the regulation asks for
 * (SM p13, G4), overdue planning reviews (G4), the yearly evaluation and its sign-off (SM p35, M1, G2), and the
 * indicators still at level 1 in the latest final evaluation — and names what it cannot see (applications, data
 * centre, network, services: other services' data). Pure: the caller gathers the records.
 */
public final class ComplianceAssessment {

    public static final String OBLIGATION = "SEC4";

    private ComplianceAssessment() {
    }

    /** What the assessment reads: planning documents, the latest evaluation of the last two years and its framework. */
    public record Records(List<PlanningDocument> planning, Evaluation latestEvaluation, Framework framework) {
    }

    public static List<String> notVisible() {
        return List.of(
                "Aplikasi SPBE (duplikasi antar-OPD SM p14, tanda tangan elektronik SM p34): data app-registry-service, "
                        + "belum dibaca layanan ini.",
                "Pusat data, jaringan intra pemerintah, layanan TIK dan audit: data layanan operasional lain; bukti "
                        + "dari operasional belum terhubung ke tampilan ini.",
                "Sistem OPD yang tidak terdaftar di platform tidak terlihat sama sekali.");
    }

    public static ComplianceReport assess(Optional<LocalDate> deadline, String regulation, LocalDate today,
            Records records) {
        if (deadline.isEmpty()) {
            return new ComplianceReport(false, OBLIGATION, regulation, null, today, null, null,
                    "Peraturan daerah ini tidak menetapkan batas waktu penyesuaian bagi sistem yang sudah berjalan "
                            + "(SEC4 hanya berlaku di profil yang menetapkannya, mis. Samarinda SM p36).",
                    List.of(), List.of());
        }
        LocalDate due = deadline.get();
        long days = ChronoUnit.DAYS.between(due, today);
        boolean passed = today.isAfter(due);
        List<Check> checks = new ArrayList<>();
        masterPlan(records.planning(), today, checks);
        overdueReviews(records.planning(), today, checks);
        evaluation(records.latestEvaluation(), records.framework(), today, checks);
        checks.sort(Comparator.comparing((Check c) -> c.status() == Status.SHORT ? 0 : 1));
        long short_ = checks.stream().filter(c -> c.status() == Status.SHORT).count();
        String message = (passed ? "Batas waktu penyesuaian " + due + " telah lewat " + days + " hari"
                : "Batas waktu penyesuaian " + due + " tinggal " + (-days) + " hari")
                + (short_ == 0 ? "; tidak ada kekurangan pada data yang terlihat oleh layanan ini."
                        : "; " + short_ + " kekurangan pada data yang terlihat oleh layanan ini.");
        return new ComplianceReport(true, OBLIGATION, regulation, due, today, passed, days, message,
                List.copyOf(checks), notVisible());
    }

    private static void masterPlan(List<PlanningDocument> planning, LocalDate today, List<Check> checks) {
        Optional<PlanningDocument> inForce = planning.stream().filter(d -> d.kind() == PlanningKind.RENCANA_INDUK)
                .filter(d -> d.periodStart() <= today.getYear() && today.getYear() <= d.periodEnd()).findFirst();
        checks.add(inForce.map(d -> new Check("PERENCANAAN", "G4", "Rencana Induk SPBE (SM p13)", Status.MET,
                        d.title(), "Berlaku " + d.periodStart() + "–" + d.periodEnd() + ", keputusan "
                                + d.decreeNumber() + ".", d.id()))
                .orElseGet(() -> new Check("PERENCANAAN", "G4", "Rencana Induk SPBE (SM p13)", Status.SHORT,
                        "Rencana Induk SPBE", "Tidak ada Rencana Induk SPBE terdaftar yang berlaku tahun "
                                + today.getYear() + ".", null)));
    }

    private static void overdueReviews(List<PlanningDocument> planning, LocalDate today, List<Check> checks) {
        planning.stream().filter(d -> d.overdue(today)).forEach(d -> checks.add(new Check("PERENCANAAN", "G4",
                "Reviu dokumen perencanaan", Status.SHORT, d.title(), "Reviu jatuh tempo " + d.nextReviewDue()
                        + " belum dicatat.", d.id())));
    }

    private static void evaluation(Evaluation latest, Framework framework, LocalDate today, List<Check> checks) {
        String basis = "Pemantauan dan evaluasi SPBE setiap tahun (SM p35, M1)";
        if (latest == null) {
            checks.add(new Check("EVALUASI", "M1", basis, Status.SHORT, "Evaluasi SPBE",
                    "Tidak ada evaluasi SPBE untuk tahun " + (today.getYear() - 1) + " atau " + today.getYear() + ".",
                    null));
            return;
        }
        if (latest.stage() != EvaluationStage.FINAL) {
            checks.add(new Check("EVALUASI", "M1", basis, Status.SHORT, "Evaluasi " + latest.year(),
                    "Evaluasi " + latest.id() + " belum final (tahap " + latest.stage() + ").", latest.id()));
            return;
        }
        checks.add(new Check("EVALUASI", "M1", basis, Status.MET, "Evaluasi " + latest.year(),
                "Final: indeks " + latest.finalIndex() + " (" + latest.finalPredicate() + ").", latest.id()));
        checks.add(latest.published()
                ? new Check("EVALUASI", "G2", "Pengesahan hasil evaluasi (SM p35(2))", Status.MET,
                        "Evaluasi " + latest.year(), "Disahkan oleh " + latest.publishedBy() + ".", latest.id())
                : new Check("EVALUASI", "G2", "Pengesahan hasil evaluasi (SM p35(2))", Status.SHORT,
                        "Evaluasi " + latest.year(), "Hasil final belum disahkan koordinator.", latest.id()));
        for (IndicatorAssessment indicator : latest.indicators()) {
            if (indicator.level() != null && indicator.level() <= 1) {
                String name = framework == null ? indicator.no() : framework.indicator(indicator.no())
                        .map(Indicator::name).orElse(indicator.no());
                checks.add(new Check("INDIKATOR", "M1", "Tingkat kematangan 1 pada evaluasi " + latest.year(),
                        Status.SHORT, indicator.no() + ". " + name, "Tingkat 1 (OPD " + indicator.opd() + ").",
                        indicator.no()));
            }
        }
    }
}
