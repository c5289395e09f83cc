package id.go.spbe.monev.compliance.domain;

import id.go.spbe.monev.compliance.domain.ComplianceReport.Check;
import id.go.spbe.monev.compliance.domain.ComplianceReport.Status;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evidence.domain.EvidenceFlag;
import id.go.spbe.monev.evidence.domain.SupportedLevel;
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

    /**
     * What the assessment reads: planning documents, the latest evaluation of the last two years, its framework and
     * the evidence from operations next to its claims (empty when none applies).
     */
    public record Records(List<PlanningDocument> planning, Evaluation latestEvaluation, Framework framework,
            List<Evidence> evidence) {

        public Records(List<PlanningDocument> planning, Evaluation latestEvaluation, Framework framework) {
            this(planning, latestEvaluation, framework, List.of());
        }
    }

    /** One covered indicator of the latest evaluation: its claim and what the year's operations data supports. */
    public record Evidence(String indicatorNo, String indicatorName, Integer claimedLevel, SupportedLevel supported,
            EvidenceFlag flag) {
    }

    public static List<String> notVisible() {
        return List.of(
                "Aplikasi SPBE (duplikasi antar-OPD SM p14, tanda tangan elektronik SM p34): data app-registry-service, "
                        + "belum dibaca layanan ini.",
                "Bukti dari operasional mencakup indikator 15 (pembangunan aplikasi), 16 (pusat data dan ketersediaan "
                        + "layanan), 17 (jaringan intra), 18 (sistem penghubung layanan), 24 (aset TIK: aplikasi, VPS, "
                        + "lokasi dan sirkuit jaringan), 26–28 (pengetahuan, perubahan, layanan) dan 29–31 (audit); "
                        + "keterhubungan dengan sistem penghubung layanan provinsi dan pusat serta perangkat TIK di luar "
                        + "inventaris platform tidak terlihat.",
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
        operations(records.latestEvaluation(), records.evidence(), checks);
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
                        "Evaluasi " + latest.year(), "Disahkan oleh " + latest.publishedByDisplayName() + ".",
                        latest.id())
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

    /**
     * Evidence from operations (issue 13) for the latest evaluation: a claim above what the year's data supports, or
     * a covered indicator the platform saw nothing of, falls short; a claim the data supports is met. Flagged, never
     * blocking: the unit's documents may show what the platform cannot.
     */
    private static void operations(Evaluation latest, List<Evidence> evidence, List<Check> checks) {
        if (latest == null || evidence == null) {
            return;
        }
        for (Evidence e : evidence) {
            String basis = "Bukti operasional " + latest.year() + " (PermenPANRB 59/2020, Tabel 1)";
            String subject = e.indicatorNo() + ". " + e.indicatorName();
            SupportedLevel s = e.supported();
            String detail = switch (e.flag()) {
                case ABOVE_SUPPORTED -> "Klaim tingkat " + e.claimedLevel() + " di atas tingkat yang didukung data ("
                        + s.level() + "). " + s.reason();
                case SUPPORTED -> "Klaim tingkat " + e.claimedLevel() + " didukung data. " + s.reason();
                case NO_CLAIM -> "Belum ada klaim tingkat. " + s.reason();
                case NO_DATA -> s.reason();
            };
            Status status = e.flag() == EvidenceFlag.ABOVE_SUPPORTED || e.flag() == EvidenceFlag.NO_DATA
                    ? Status.SHORT : Status.MET;
            checks.add(new Check("OPERASIONAL", "M1", basis, status, subject, detail, e.indicatorNo()));
        }
    }
}
