package id.go.spbe.servicedesk.supervision;

import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.reports.SvgCharts;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.sla.SlaClocks;
import id.go.spbe.servicedesk.supervision.domain.MonthlySupervision;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The monthly supervision report (S4) from the tickets themselves: loads the tickets that matter to the month (opened
 * before its end and either still open, or touched or rated since its start), lets {@link MonthlySupervision} count
 * them with the SLA engine of today's calendar and policies, and limits the rows to what the caller may see: Dinas,
 * Tier 2, coordinators and auditors every OPD with the region's totals and the desks; an OPD's Tier 1 agents and
 * operators only their OPD's row (no totals, no desks — those are other OPDs' figures too).
 */
@Service
public class SupervisionReports {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The report a caller may see; {@code opd} is the one OPD it is limited to (null: the whole region). */
    public record Scoped(MonthlySupervision.Report report, String opd) {
    }

    /** The PDF and its file name. */
    public record Pdf(String filename, byte[] bytes) {
    }

    private final MongoTemplate mongo;
    private final SlaClocks clocks;
    private final ServicedeskRegulation regulation;
    private final SupervisionRegulation addressee;
    private final ReportRenderer renderer;
    private final Clock clock;

    SupervisionReports(MongoTemplate mongo, SlaClocks clocks, ServicedeskRegulation regulation,
            SupervisionRegulation addressee, ReportRenderer renderer, Clock clock) {
        this.mongo = mongo;
        this.clocks = clocks;
        this.regulation = regulation;
        this.addressee = addressee;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * {@code month} as {@code YYYY-MM}, a month that has begun in the region's time zone (the running one gives the
     * figures so far). 400 naming {@code month} otherwise.
     */
    public YearMonth month(String month) {
        ZoneId zone = clocks.zone();
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new InvalidRequestException("month", "Bulan harus berformat YYYY-MM, misalnya 2026-11.");
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "Bulan " + month + " tidak ada.");
        }
        if (parsed.getYear() < 2000) {
            throw new InvalidRequestException("month", "Laporan tersedia mulai Januari 2000.");
        }
        if (parsed.isAfter(YearMonth.now(clock.withZone(zone)))) {
            throw new InvalidRequestException("month", "Bulan " + month + " belum dimulai (zona waktu " + zone.getId()
                    + "); laporan hanya untuk bulan yang sudah berjalan.");
        }
        return parsed;
    }

    /** The report of {@code month} for {@code caller}; {@code opd} narrows a region-wide caller to one OPD. */
    public Scoped monthly(Caller caller, YearMonth month, String opd) {
        String scope = caller.listScope(opd == null || opd.isBlank() ? null : opd.trim());
        MonthlySupervision supervision = new MonthlySupervision(month, clocks.zone(), regulation.tiered(),
                clocks.engine(), clock.instant());
        Map<String, String> names = new HashMap<>();
        Query active = Query.query(scope == null ? Criteria.where("active").is(true) : Criteria.where("_id").is(scope));
        for (OpdReference ref : mongo.find(active, OpdReference.class)) {
            names.put(ref.code(), ref.name());
            if (ref.active()) {
                supervision.opd(ref.code());
            }
        }
        if (scope != null && opd != null && !opd.isBlank() && names.isEmpty()) {
            throw new InvalidRequestException("opd", "OPD " + scope + " tidak dikenal.");
        }
        if (scope != null) {
            supervision.opd(scope);
        }
        try (Stream<Ticket> tickets = mongo.stream(ticketsOf(supervision, scope), Ticket.class)) {
            tickets.forEach(supervision::add);
        }
        MonthlySupervision.Report report = supervision.report(names);
        if (scope != null) {
            report = new MonthlySupervision.Report(report.month(), report.zone(), report.from(), report.to(),
                    report.asOf(), report.complete(), report.tiered(),
                    report.opds().stream().filter(r -> r.opd().equals(scope)).toList(),
                    caller.regionWide() ? report.total() : null, caller.regionWide() ? report.desks() : List.of());
        }
        return new Scoped(report, scope);
    }

    /** Tickets opened before the end that are open, or were changed or rated since the start. */
    private static Query ticketsOf(MonthlySupervision supervision, String opd) {
        Criteria criteria = Criteria.where("openedAt").lt(supervision.asOf()).orOperator(
                Criteria.where("status").nin(TicketStatus.RESOLVED, TicketStatus.CLOSED),
                Criteria.where("updatedAt").gte(supervision.from()),
                Criteria.where("satisfaction.at").gte(supervision.from()));
        if (opd != null) {
            criteria = Criteria.where("requesterOpd").is(opd).andOperator(criteria);
        }
        Query query = Query.query(criteria);
        query.fields().exclude("comments", "description", "attachments", "changeSteps", "evidenceChecklist",
                "outbox", "sourceEvents");
        return query;
    }

    /** CSV (RFC 4180, comma, UTF-8): one line per OPD, then the region's total when the caller may see it. */
    public String csv(Scoped scoped) {
        MonthlySupervision.Report r = scoped.report();
        StringBuilder out = new StringBuilder();
        out.append("bulan,opd,nama_opd,tiket_masuk,masuk_tier1,eskalasi,tingkat_eskalasi_persen,diselesaikan,"
                + "sla_terpenuhi,sla_terpenuhi_persen,tunggakan,umur_tunggakan_rata_hari,umur_tunggakan_tertua_hari,"
                + "csat_jumlah,csat_rata\r\n");
        List<MonthlySupervision.OpdRow> rows = new java.util.ArrayList<>(r.opds());
        if (r.total() != null) {
            rows.add(r.total());
        }
        for (MonthlySupervision.OpdRow row : rows) {
            out.append(String.join(",", r.month().toString(), cell(row.opd()), cell(row.name()),
                    n(row.opened()), n(row.openedAtTier1()), n(row.escalated()), n(row.escalationRatePercent()),
                    n(row.resolved()), n(row.slaMet()), n(row.slaMetPercent()), n(row.backlog()),
                    n(row.backlogAverageAgeDays()), n(row.backlogOldestAgeDays()), n(row.csatCount()),
                    n(row.csatAverage()))).append("\r\n");
        }
        return out.toString();
    }

    private static String n(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A quoted cell when needed; a leading =, +, - or @ is neutralised so a spreadsheet does not run it. */
    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches(".*[\",\r\n].*") || v.startsWith("'") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** The monthly PDF report to the head of Dinas (the profile's {@code servicedesk.report-to}), region-wide. */
    public Pdf pdf(Scoped scoped) {
        MonthlySupervision.Report r = scoped.report();
        String monthName = renderer.format().date(r.month().atDay(1)).replaceFirst("^1 ", "");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", r);
        model.put("monthName", monthName);
        model.put("slaChart", r.opds().stream().filter(row -> row.slaMetPercent() != null)
                .map(row -> SvgCharts.point(row.opd(), row.slaMetPercent())).toList());
        String title = "Laporan Supervisi Layanan Bantuan TIK " + monthName;
        byte[] pdf = renderer.render(new Report("supervision-monthly", title,
                "Kinerja Service Desk per OPD (S4) " + r.month(), addressee.reportTo(), model));
        return new Pdf("laporan-supervisi-layanan-" + r.month() + ".pdf", pdf);
    }
}
