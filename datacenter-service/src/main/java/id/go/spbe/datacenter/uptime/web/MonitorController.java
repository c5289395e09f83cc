package id.go.spbe.datacenter.uptime.web;

import id.go.spbe.datacenter.csv.CsvExport;
import id.go.spbe.datacenter.history.HistoryResponse;
import id.go.spbe.datacenter.uptime.Monitors;
import id.go.spbe.datacenter.uptime.UptimeReportDocument;
import id.go.spbe.datacenter.uptime.UptimeReports;
import id.go.spbe.datacenter.uptime.UptimeReports.Period;
import id.go.spbe.datacenter.uptime.domain.MaintenanceWindow;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.web.UptimePayloads.MaintenanceForm;
import id.go.spbe.datacenter.uptime.web.UptimePayloads.MaintenanceResponse;
import id.go.spbe.datacenter.uptime.web.UptimePayloads.MonitorForm;
import id.go.spbe.datacenter.uptime.web.UptimePayloads.MonitorReportResponse;
import id.go.spbe.datacenter.uptime.web.UptimePayloads.MonitorResponse;
import id.go.spbe.datacenter.uptime.web.UptimePayloads.OpdReportResponse;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Uptime (D3): monitors of hosted services, probed by the service itself; outages, SLO and uptime reports. */
@RestController
@Tag(name = "Ketersediaan layanan", description = "Uptime monitors, outages, maintenance windows, SLO reports (D3)")
class MonitorController {

    static final String PATH = "/api/v1/monitors";
    static final String REPORTS = PATH + "/reports";

    private final Monitors monitors;
    private final UptimeReports reports;
    private final ChangeHistoryLog histories;
    private final UptimeReportDocument document;

    MonitorController(Monitors monitors, UptimeReports reports, ChangeHistoryLog histories,
            UptimeReportDocument document) {
        this.monitors = monitors;
        this.reports = reports;
        this.histories = histories;
        this.document = document;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Configure an uptime monitor (the hosting OPD for its own services, or Dinas)",
            description = "Target http://, https:// or tcp:// with a host (and for tcp a port); anything else 400 "
                    + "on target. A named application must be the OPD's and in the register (422 A1). Defaults: "
                    + "every 60 s, an outage after 3 failed probes in a row, SLO 99.5 %. Emits MonitorConfigured.")
    ResponseEntity<MonitorResponse> configure(@Valid @RequestBody MonitorForm form, Caller caller) {
        Monitor monitor = monitors.configure(caller, form.opd(), form.settings());
        return ResponseEntity.created(Locations.of(PATH, monitor.id())).eTag(ETags.of(monitor.settingsRevision()))
                .body(MonitorResponse.of(monitor));
    }

    @GetMapping(PATH)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "List monitors with their state", description = "OPD-scoped; sort: opd, name, createdAt.")
    PageResponse<MonitorResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(monitors.list(caller, opd, active, PageRequests.of(page, size, sort,
                Set.of("opd", "name", "createdAt"), Sort.by("opd", "name"))), MonitorResponse::of);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One monitor with its state and open outage, with its ETag")
    ResponseEntity<MonitorResponse> monitor(@PathVariable String id, Caller caller) {
        Monitor monitor = monitors.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(monitor.settingsRevision())).body(MonitorResponse.of(monitor));
    }

    @PutMapping(PATH + "/{id}")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Change or pause a monitor (owner OPD or Dinas)",
            description = "Send If-Match with the ETag you read (or the list row's version; 412 when someone changed the monitor meanwhile — probes do not change it). "
                    + "active=false pauses probing. Emits MonitorConfigured.")
    ResponseEntity<MonitorResponse> reconfigure(@PathVariable String id, @Valid @RequestBody MonitorForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Monitor monitor = monitors.reconfigure(caller, id, form.settings(), !Boolean.FALSE.equals(form.active()),
                ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(monitor.settingsRevision())).body(MonitorResponse.of(monitor));
    }

    @PostMapping(PATH + "/{id}/maintenance-windows")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Plan maintenance (owner OPD or Dinas, D3)",
            description = "Probes inside the window are left out of the SLO and open no outage. The window must "
                    + "end after it starts, not lie in the past (no retroactive exclusion) and last at most 31 "
                    + "days (422 D3). Emits MaintenancePlanned.")
    ResponseEntity<MaintenanceResponse> planMaintenance(@PathVariable String id,
            @Valid @RequestBody MaintenanceForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        MaintenanceWindow window = monitors.planMaintenance(caller, id, form.from(), form.until(), form.reason(),
                ifMatch);
        return ResponseEntity.created(Locations.of(PATH + "/" + id + "/maintenance-windows", window.id()))
                .body(MaintenanceResponse.of(window));
    }

    @GetMapping(PATH + "/{id}/history")
    @Operation(summary = "Tamper-evident history of a monitor: configuration, maintenance, outages (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        return HistoryResponse.of(histories.of(monitors.get(caller, id)));
    }

    @GetMapping(PATH + "/{id}/report")
    @Operation(summary = "Uptime of one monitor for a month or a year (D3)",
            description = "year (2000–2100), month (1–12; absent: the whole year, with a line per month). "
                    + "Percent with three decimals, rounded down; planned maintenance excluded.")
    MonitorReportResponse report(@PathVariable String id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, Caller caller) {
        return MonitorReportResponse.of(reports.monitor(caller, id, Period.of(year, month)));
    }

    @GetMapping(REPORTS)
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Uptime of every monitor the caller may see, for a month or a year (D3)",
            description = "OPD-scoped; sorted by OPD and name.")
    PageResponse<MonitorReportResponse> reports(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Caller caller) {
        Period period = Period.of(year, month);
        return PageResponse.of(reports.monitors(caller, opd, period, PageRequests.of(page, size, null, Set.of(),
                Sort.by("opd", "name"))), MonitorReportResponse::of);
    }

    @GetMapping(REPORTS + "/export.csv")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Uptime per monitor for a month or a year, as CSV (D3)", description = "Same scope as the list.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void reportsCsv(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String opd, Caller caller, HttpServletResponse response)
            throws IOException {
        Period period = Period.of(year, month);
        CsvExport.write(response, "ketersediaan-layanan-" + period.label() + ".csv",
                p -> reports.monitors(caller, opd, period, p), Sort.by("opd", "name", "id"),
                List.of("period", "monitorId", "opd", "name", "target", "sloPercent", "probes", "failures",
                        "maintenanceProbes", "countedProbes", "uptimePercent", "sloMet", "averageLatencyMillis"),
                r -> {
                    MonitorReportResponse row = MonitorReportResponse.of(r);
                    return Arrays.asList(row.period(), row.monitorId(), row.opd(), row.name(), row.target(),
                            plain(row.sloPercent()), row.uptime().probes(), row.uptime().failures(),
                            row.uptime().maintenanceProbes(), row.uptime().countedProbes(),
                            plain(row.uptime().uptimePercent()), row.sloMet(), row.averageLatencyMillis());
                });
    }

    @GetMapping(REPORTS + "/report.pdf")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Uptime report for a month or a year as a PDF in Bahasa Indonesia (D3)",
            description = "Same scope as the lists (an OPD operator: its own OPD). Per OPD, per monitor with its SLO "
                    + "and, for a year, per month with a chart; percentages with three decimals rounded down beside "
                    + "the probe counts they come from.",
            responses = @ApiResponse(responseCode = "200", description = "PDF report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String opd,
            Caller caller) {
        Period period = Period.of(year, month);
        byte[] pdf = document.pdf(caller, opd, period);
        String filename = "ketersediaan-layanan-" + period.label() + (opd == null ? "" : "-" + opd) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    @GetMapping(REPORTS + "/opds")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Uptime per OPD for a month or a year (D3)",
            description = "All counted probes of the OPD's monitors together, and how many monitors met their "
                    + "SLO. OPD-scoped.")
    PageResponse<OpdReportResponse> opdReports(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String opd,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Caller caller) {
        Period period = Period.of(year, month);
        return PageResponse.of(reports.opds(caller, opd, period, PageRequests.of(page, size, null, Set.of(),
                Sort.by("opd"))), OpdReportResponse::of);
    }

    @GetMapping(REPORTS + "/opds/export.csv")
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "Uptime per OPD for a month or a year, as CSV (D3)", description = "Same scope as the list.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void opdReportsCsv(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String opd, Caller caller, HttpServletResponse response)
            throws IOException {
        Period period = Period.of(year, month);
        CsvExport.write(response, "ketersediaan-layanan-opd-" + period.label() + ".csv",
                p -> reports.opds(caller, opd, period, p), Sort.by("opd"),
                List.of("period", "opd", "monitors", "probes", "failures", "maintenanceProbes", "countedProbes",
                        "uptimePercent", "monitorsMeetingSlo", "monitorsMissingSlo", "monitorsWithoutData"),
                r -> {
                    OpdReportResponse row = OpdReportResponse.of(r);
                    return Arrays.asList(row.period(), row.opd(), row.monitors(), row.uptime().probes(),
                            row.uptime().failures(), row.uptime().maintenanceProbes(), row.uptime().countedProbes(),
                            plain(row.uptime().uptimePercent()), row.monitorsMeetingSlo(), row.monitorsMissingSlo(),
                            row.monitorsWithoutData());
                });
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
