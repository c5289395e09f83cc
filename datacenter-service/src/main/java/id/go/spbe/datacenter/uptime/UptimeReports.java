package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.UptimeSamples.MonthSample;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.Uptime;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Monthly and yearly uptime reports (D3), per monitor and per OPD, summed from the daily samples of the region's
 * calendar. Probes inside planned maintenance are left out of the percentage; a month without counted probes has no
 * percentage rather than a flattering 100 %.
 */
@Service
public class UptimeReports {

    /** A calendar month ({@code month} set) or year of the region. */
    public record Period(int year, Integer month) {

        public static Period of(Integer year, Integer month) {
            if (year == null) {
                throw new InvalidRequestException("year", "year wajib diisi.");
            }
            if (year < 2000 || year > 2100) {
                throw new InvalidRequestException("year", "year di luar 2000–2100.");
            }
            if (month != null && (month < 1 || month > 12)) {
                throw new InvalidRequestException("month", "month di luar 1–12.");
            }
            return new Period(year, month);
        }

        public LocalDate from() {
            return month == null ? LocalDate.of(year, 1, 1) : YearMonth.of(year, month).atDay(1);
        }

        public LocalDate to() {
            return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
        }

        public String label() {
            return month == null ? String.valueOf(year) : YearMonth.of(year, month).toString();
        }
    }

    /** One month's uptime within a yearly report. */
    public record MonthUptime(String month, Uptime uptime) {
    }

    public record MonitorReport(Monitor monitor, Period period, Uptime uptime, long latencyMillis,
            List<MonthUptime> months) {

        public Boolean sloMet() {
            return uptime.meets(monitor.sloPercent());
        }

        public Long averageLatencyMillis() {
            return uptime.probes() == 0 ? null : latencyMillis / uptime.probes();
        }
    }

    public record OpdReport(String opd, Period period, int monitors, Uptime uptime, int meetingSlo,
            int missingSlo, int withoutData) {
    }

    private final Monitors monitors;
    private final MonitorRepository repository;
    private final UptimeSamples samples;
    private final OpdReferences opds;

    UptimeReports(Monitors monitors, MonitorRepository repository, UptimeSamples samples, OpdReferences opds) {
        this.monitors = monitors;
        this.repository = repository;
        this.samples = samples;
        this.opds = opds;
    }

    public MonitorReport monitor(Caller caller, String id, Period period) {
        return reports(List.of(monitors.get(caller, id)), period).get(0);
    }

    /** The reports of the monitors the caller may see (one OPD, or all), a page of monitors at a time. */
    public Page<MonitorReport> monitors(Caller caller, String opd, Period period, Pageable page) {
        Page<Monitor> found = monitors.list(caller, opd, null, page);
        return new PageImpl<>(reports(found.getContent(), period), page, found.getTotalElements());
    }

    /** Per OPD: the OPD's counted probes together, and how many of its monitors met their SLO. */
    public Page<OpdReport> opds(Caller caller, String opd, Period period, Pageable page) {
        List<OpdReport> rows = opdSummaries(caller, opd, period);
        int from = (int) Math.min(page.getOffset(), rows.size());
        int to = Math.min(from + page.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), page, rows.size());
    }

    /** Every monitor report of the scope at once, by OPD and name (for the PDF). */
    public List<MonitorReport> allMonitors(Caller caller, String opd, Period period) {
        return reports(scoped(caller, opd), period).stream()
                .sorted(Comparator.comparing((MonitorReport r) -> r.monitor().opd())
                        .thenComparing(r -> r.monitor().name()))
                .toList();
    }

    private List<Monitor> scoped(Caller caller, String opd) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
            return repository.findByOpd(scope);
        }
        return repository.findAll();
    }

    /** Every OPD row of {@link #opds} at once, sorted by OPD code (for the yearly review and the PDF). */
    public List<OpdReport> opdSummaries(Caller caller, String opd, Period period) {
        Map<String, List<MonitorReport>> byOpd = reports(scoped(caller, opd), period).stream()
                .collect(Collectors.groupingBy(r -> r.monitor().opd(), TreeMap::new, Collectors.toList()));
        return byOpd.entrySet().stream().map(e -> {
            Uptime total = e.getValue().stream().map(MonitorReport::uptime).reduce(new Uptime(0, 0, 0), Uptime::plus);
            int meeting = (int) e.getValue().stream().filter(r -> Boolean.TRUE.equals(r.sloMet())).count();
            int missing = (int) e.getValue().stream().filter(r -> Boolean.FALSE.equals(r.sloMet())).count();
            return new OpdReport(e.getKey(), period, e.getValue().size(), total, meeting, missing,
                    e.getValue().size() - meeting - missing);
        }).toList();
    }

    private List<MonitorReport> reports(List<Monitor> of, Period period) {
        if (of.isEmpty()) {
            return List.of();
        }
        List<String> opdsOf = of.stream().map(Monitor::opd).distinct().limit(2).toList();
        Map<String, List<MonthSample>> byMonitor = samples.months(opdsOf.size() == 1 ? opdsOf.get(0) : null,
                of.stream().map(Monitor::id).toList(),
                YearMonth.from(period.from()), YearMonth.from(period.to())).stream()
                .collect(Collectors.groupingBy(MonthSample::monitorId));
        List<MonitorReport> reports = new ArrayList<>(of.size());
        for (Monitor monitor : of) {
            List<MonthSample> own = byMonitor.getOrDefault(monitor.id(), List.of()).stream()
                    .sorted(Comparator.comparing(MonthSample::month)).toList();
            Uptime total = own.stream().map(UptimeReports::uptime).reduce(new Uptime(0, 0, 0), Uptime::plus);
            long latency = own.stream().mapToLong(MonthSample::latencyMillis).sum();
            List<MonthUptime> months = period.month() != null ? List.of()
                    : own.stream().map(m -> new MonthUptime(m.month(), uptime(m))).toList();
            reports.add(new MonitorReport(monitor, period, total, latency, months));
        }
        return reports;
    }

    private static Uptime uptime(MonthSample month) {
        return new Uptime(month.probes(), month.failures(), month.maintenance());
    }
}
