package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.UptimeReports.MonitorReport;
import id.go.spbe.datacenter.uptime.UptimeReports.MonthUptime;
import id.go.spbe.datacenter.uptime.UptimeReports.OpdReport;
import id.go.spbe.datacenter.uptime.UptimeReports.Period;
import id.go.spbe.datacenter.uptime.domain.Uptime;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.reports.SvgCharts;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly or yearly uptime report (D3) as a PDF in Bahasa Indonesia: per OPD, per monitor with its SLO, and for
 * a year the uptime of every month of the scope with a chart. Percentages with three decimals rounded down
 * ({@link UptimePercent}), the probe counts beside them, so a reader can check every figure.
 */
@Component
public class UptimeReportDocument {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** A printed line: label, probe counts and the percentage as text. */
    public record Line(String label, String detail, String slo, long counted, long failures, long maintenance,
            String uptime, String verdict) {
    }

    private final UptimeReports reports;
    private final ReportRenderer renderer;

    UptimeReportDocument(UptimeReports reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    /** The PDF of the caller's scope (one OPD, or all); the same scope rules as the JSON reports. */
    public byte[] pdf(Caller caller, String opd, Period period) {
        List<OpdReport> opds = reports.opdSummaries(caller, opd, period);
        List<MonitorReport> monitors = reports.allMonitors(caller, opd, period);
        Uptime total = opds.stream().map(OpdReport::uptime).reduce(new Uptime(0, 0, 0), Uptime::plus);
        Map<String, Object> model = new HashMap<>();
        model.put("periodLabel", label(period));
        model.put("yearly", period.month() == null);
        model.put("opdLines", opds.stream().map(o -> new Line(o.opd(), o.monitors() + " layanan", "-",
                o.uptime().counted(), o.uptime().failures(), o.uptime().maintenance(), UptimePercent.text(o.uptime()),
                o.meetingSlo() + " memenuhi SLO, " + o.missingSlo() + " tidak"
                        + (o.withoutData() > 0 ? ", " + o.withoutData() + " tanpa data" : ""))).toList());
        model.put("totalLine", new Line("Jumlah", monitors.size() + " layanan", "-", total.counted(),
                total.failures(), total.maintenance(), UptimePercent.text(total), ""));
        model.put("monitorLines", monitors.stream().map(r -> new Line(r.monitor().name(),
                r.monitor().opd() + " · " + r.monitor().target().uri(),
                r.monitor().sloPercent().toPlainString().replace('.', ',') + " %", r.uptime().counted(),
                r.uptime().failures(), r.uptime().maintenance(), UptimePercent.text(r.uptime()),
                r.sloMet() == null ? "tanpa data" : r.sloMet() ? "memenuhi" : "tidak memenuhi")).toList());
        if (period.month() == null) {
            TreeMap<String, Uptime> perMonth = new TreeMap<>();
            for (int m = 1; m <= 12; m++) {
                perMonth.put(YearMonth.of(period.year(), m).toString(), new Uptime(0, 0, 0));
            }
            for (MonitorReport r : monitors) {
                for (MonthUptime m : r.months()) {
                    perMonth.merge(m.month(), m.uptime(), Uptime::plus);
                }
            }
            model.put("monthLines", perMonth.entrySet().stream().map(e -> new Line(monthName(e.getKey()), "", "-",
                    e.getValue().counted(), e.getValue().failures(), e.getValue().maintenance(),
                    UptimePercent.text(e.getValue()), "")).toList());
            model.put("monthChart", perMonth.entrySet().stream().filter(e -> e.getValue().percent() != null)
                    .map(e -> SvgCharts.point(e.getKey().substring(5), e.getValue().percent())).toList());
        }
        String title = "Laporan Ketersediaan Layanan " + label(period);
        String subject = opds.size() == 1 && opd != null ? "OPD " + opd : "Layanan yang dipantau";
        return renderer.render(new Report("uptime-report", title, subject, null, model));
    }

    static String label(Period period) {
        return period.month() == null ? "Tahun " + period.year()
                : "Bulan " + monthName(YearMonth.of(period.year(), period.month()).toString());
    }

    static String monthName(String yearMonth) {
        YearMonth ym = YearMonth.parse(yearMonth);
        return Month.of(ym.getMonthValue()).getDisplayName(TextStyle.FULL, INDONESIAN) + " " + ym.getYear();
    }
}
