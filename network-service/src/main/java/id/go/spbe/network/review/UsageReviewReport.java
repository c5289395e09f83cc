package id.go.spbe.network.review;

import id.go.spbe.network.review.YearlyUsage.BandwidthLine;
import id.go.spbe.network.topology.DiagramDocuments;
import id.go.spbe.network.topology.TopologyDrawings;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.reports.SvgCharts;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly usage review (N8) as a PDF in Bahasa Indonesia, addressed to the body the profile names
 * ({@code spbe.regulation.network.report-to}): the figures of {@link YearlyUsageReview}, a chart of the WAN bandwidth
 * per medium, and the WAN topology drawn from the inventory as it stood on {@code asOf} (the year's end, or today
 * while it runs).
 */
@Service
public class UsageReviewReport {

    /** The WAN diagram's box on an A4 portrait page, in CSS pixels. */
    private static final double WIDTH_PX = 650;
    private static final double HEIGHT_PX = 820;

    /** Medium names in Bahasa Indonesia for the chart and tables. */
    static final Map<String, String> MEDIUM = Map.of("FIBER", "Serat optik", "RADIO", "Radio", "VSAT", "VSAT",
            "LEASED_LINE", "Sewa jaringan", "METRO_ETHERNET", "Metro Ethernet", "MPLS_VPN", "MPLS VPN",
            "CELLULAR", "Seluler", "OTHER", "Lainnya");

    private final YearlyUsageReview reviews;
    private final TopologyDrawings drawings;
    private final ReportRenderer renderer;

    UsageReviewReport(YearlyUsageReview reviews, TopologyDrawings drawings, ReportRenderer renderer) {
        this.reviews = reviews;
        this.drawings = drawings;
        this.renderer = renderer;
    }

    public record Rendered(String filename, byte[] pdf) {
    }

    public Rendered render(Caller caller, int year, String opd) {
        YearlyUsage usage = reviews.review(caller, year, opd);
        List<SvgCharts.Point> bandwidth = usage.bandwidthByMedium().stream()
                .map(l -> SvgCharts.point(MEDIUM.getOrDefault(l.key(), l.key()), l.bandwidthMbps())).toList();
        List<SvgCharts.Point> diagrams = List.of(
                SvgCharts.point("Tepat waktu", usage.totals().diagrams().onTime()),
                SvgCharts.point("Terlambat", usage.totals().diagrams().late()),
                SvgCharts.point("Tidak diserahkan", usage.totals().diagrams().missing()),
                SvgCharts.point("Belum jatuh tempo", usage.totals().diagrams().pending()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("usage", usage);
        model.put("medium", MEDIUM);
        model.put("bandwidthChart", bandwidth);
        model.put("diagramChart", diagrams);
        model.put("byMedium", named(usage.bandwidthByMedium()));
        model.put("wanSvg", DiagramDocuments.inline(drawings.wanSvgAsOf(caller, usage.opd(), usage.asOf()),
                WIDTH_PX, HEIGHT_PX));
        String title = "Rewiu Tahunan Penggunaan Jaringan Intra Pemerintah Daerah Tahun " + year;
        String subject = usage.opd() == null ? "Seluruh OPD" : "OPD " + usage.opd();
        byte[] pdf = renderer.render(new Report("usage-review", title, subject, usage.addressee(), model));
        return new Rendered("rewiu-jaringan-" + year + (usage.opd() == null ? "" : "-" + usage.opd().toLowerCase())
                + ".pdf", pdf);
    }

    private static List<BandwidthLine> named(List<BandwidthLine> lines) {
        return lines.stream().map(l -> new BandwidthLine(MEDIUM.getOrDefault(l.key(), l.key()), l.links(),
                l.bandwidthMbps())).toList();
    }
}
