package id.go.spbe.datacenter.review;

import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.datacenter.review.UsageReviews.OpdUsage;
import id.go.spbe.datacenter.review.UsageReviews.Review;
import id.go.spbe.datacenter.uptime.UptimePercent;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.reports.SvgCharts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly usage review (D5) as a PDF in Bahasa Indonesia, addressed to the body the regulation profile names
 * ({@link DatacenterRegulation#reportTo()}; the SPBE governance body where a profile names none): per OPD
 * table, region totals, data-center capacity and a chart of the vCPU each OPD held.
 */
@Component
public class UsageReviewDocument {

    /** One OPD's line as printed; numbers already formatted the Indonesian way. */
    public record Line(String opd, String opdName, int vpsActive, int vpsRequested, int vpsDecommissioned, long vcpu,
            long ramGib, long diskGib, int rackUnits, int monitors, String uptime, String slo, String backups,
            String restoreTests) {
    }

    private final ReportRenderer renderer;
    private final String addressee;

    UsageReviewDocument(ReportRenderer renderer, DatacenterRegulation regulation,
            @Value("${spbe.regulation.governance.body:}") String governanceBody) {
        this.renderer = renderer;
        this.addressee = regulation.reportTo() == null || regulation.reportTo().isBlank() ? governanceBody
                : regulation.reportTo();
    }

    public String addressee() {
        return addressee;
    }

    public byte[] pdf(Review review) {
        Map<String, Object> model = new HashMap<>();
        model.put("review", review);
        model.put("lines", review.opds().stream().map(UsageReviewDocument::line).toList());
        if (review.totals() != null) { // the report's model takes no null values; the template shows it when set
            model.put("total", line(review.totals()));
        }
        model.put("sites", review.dataCenters());
        if (review.frozenAt() != null) { // D5 snapshot: say the figures are those of the freeze, not of today
            model.put("frozenAt", review.frozenAt());
        }
        List<SvgCharts.Point> vcpu = review.opds().stream().filter(o -> o.vps().vcpu() > 0)
                .map(o -> SvgCharts.point(o.opd(), o.vps().vcpu())).toList();
        model.put("vcpuChart", vcpu);
        String title = "Tinjauan Tahunan Penggunaan Layanan Pusat Data Tahun " + review.year();
        String subject = review.regionWide() ? "Seluruh OPD"
                : "OPD " + review.opds().stream().map(OpdUsage::opd).findFirst().orElse("");
        return renderer.render(new Report("usage-review", title, subject, addressee, model));
    }

    static Line line(OpdUsage u) {
        var b = u.backups();
        String backups = b.systems() == 0 ? "-" : b.compliant() + " dari " + b.systems() + " patuh"
                + (b.overdue() > 0 ? ", " + b.overdue() + " terlambat" : "")
                + (b.failing() > 0 ? ", " + b.failing() + " gagal" : "")
                + "; " + b.runsSucceeded() + " berhasil / " + b.runsFailed() + " gagal";
        String restore = b.restoreTestsPassed() + b.restoreTestsFailed() == 0 ? "-"
                : b.restoreTestsPassed() + " lulus / " + b.restoreTestsFailed() + " gagal";
        var up = u.uptime();
        String slo = up.monitors() == 0 ? "-" : up.meetingSlo() + " memenuhi, " + up.missingSlo() + " tidak"
                + (up.withoutData() > 0 ? ", " + up.withoutData() + " tanpa data" : "");
        return new Line(u.opd() == null ? "Jumlah" : u.opd(), u.opdName() == null ? "" : u.opdName(),
                u.vps().active(), u.vps().requested(), u.vps().decommissioned(), u.vps().vcpu(), u.vps().ramGib(),
                u.vps().diskGib(), u.colocation().rackUnits(), up.monitors(), UptimePercent.text(up.uptime()), slo,
                backups, restore);
    }
}
