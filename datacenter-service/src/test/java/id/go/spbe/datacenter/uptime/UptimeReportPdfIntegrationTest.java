package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D3 "monthly and yearly uptime reports (CSV and PDF) with enough decimals to be honest": the month roll-up the
 * probes write is what the reports read, and the PDF prints three decimals rounded down beside the probe counts.
 */
@DatacenterIntegrationTest
class UptimeReportPdfIntegrationTest {

    static final String PDF = "/api/v1/monitors/reports/report.pdf";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    MonitorRepository monitors;

    @Autowired
    UptimeSamples samples;

    @Autowired
    RegionProfile region;

    Monitor monitor(String opd, String name) {
        return monitors.insert(Monitor.configure(opd, name, null, ProbeTarget.parse("target",
                "https://" + opd.toLowerCase() + ".example.go.id/health"), 60, 3, new BigDecimal("99.9"), "operator",
                clock.instant()));
    }

    void month(Monitor monitor, YearMonth month, long probes, long failures, long maintenance) {
        mongo.insert(new Document("_id", monitor.id() + "/" + month).append("monitorId", monitor.id())
                .append("opd", monitor.opd()).append("month", month.toString()).append("probes", probes)
                .append("failures", failures).append("maintenance", maintenance).append("latencyMillis", probes * 40),
                "uptime_months");
    }

    HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // cells wrap inside the table: one space for every run of white space
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void eachProbeCountsInItsDayAndItsMonthWhichTheReportsRead_D3() {
        String opd = newOpdCode("DISKES");
        opd(mongo, opd, false);
        Monitor monitor = monitor(opd, "Portal Sehat");
        var now = clock.instant();
        samples.record(monitor.id(), opd, now, new ProbeResult(true, 30, 200, null), false);
        samples.record(monitor.id(), opd, now, new ProbeResult(false, 2000, null, "timeout"), false);
        samples.record(monitor.id(), opd, now, new ProbeResult(false, 2000, null, "timeout"), true);
        LocalDate today = LocalDate.ofInstant(now, region.region().timeZone());
        Document month = mongo.findById(monitor.id() + "/" + YearMonth.from(today), Document.class, "uptime_months");
        assertThat(month).isNotNull();
        assertThat(month.get("probes", Number.class).longValue()).isEqualTo(3);
        assertThat(month.get("failures", Number.class).longValue()).as("the maintenance failure is not one")
                .isEqualTo(1);
        assertThat(month.get("maintenance", Number.class).longValue()).isEqualTo(1);

        JsonNode report = TestHttp.onPort(port).get("/api/v1/monitors/" + monitor.id() + "/report?year="
                + today.getYear() + "&month=" + today.getMonthValue()).auth(operator(opd)).send().json();
        assertThat(report.get("uptime").get("countedProbes").asLong()).isEqualTo(2);
        assertThat(report.get("uptime").get("uptimePercent").decimalValue()).isEqualByComparingTo("50.000");
    }

    @Test
    void yearlyAndMonthlyUptimePdfShowThreeDecimalsRoundedDownForTheCallersScope_D3() throws Exception {
        String opd = newOpdCode("DISPORA");
        String other = newOpdCode("DISNAK");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        int year = 2025;
        Monitor portal = monitor(opd, "Portal Pemuda");
        // 1,000,000 counted probes with 4 failures: 99.9996 % — printed 99,999 %, never rounded up to 100 %
        month(portal, YearMonth.of(year, 1), 1_000_000, 4, 0);
        // 50,000 probes, 5,000 in planned maintenance, 90 failures: 99.800 % of the 45,000 counted
        month(portal, YearMonth.of(year, 2), 50_000, 90, 5_000);
        Monitor idle = monitor(opd, "Layanan Baru");
        Monitor foreign = monitor(other, "Layanan Peternakan");
        month(foreign, YearMonth.of(year, 1), 10_000, 0, 0);

        HttpResponse<byte[]> yearly = get(PDF + "?year=" + year + "&opd=" + opd, operator(opd));
        assertThat(yearly.statusCode()).isEqualTo(200);
        assertThat(yearly.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(yearly.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ketersediaan-layanan-2025-" + opd + ".pdf");
        String text = text(yearly.body());
        assertThat(text).contains("Laporan Ketersediaan Layanan Tahun 2025").contains("Per OPD").contains("Per bulan")
                .contains("Per layanan").contains("Portal Pemuda").contains("Layanan Baru")
                .contains("Januari 2025 1.000.000 4 0 99,999 %").contains("Februari 2025 45.000 90 5.000 99,800 %")
                .contains("1.045.000 94 5.000 99,991 %").contains("tanpa data")
                .doesNotContain("100,000 %").doesNotContain("Layanan Peternakan");
        assertThat(idle.opd()).isEqualTo(opd);

        String monthly = text(get(PDF + "?year=" + year + "&month=2", operator(opd)).body());
        assertThat(monthly).contains("Laporan Ketersediaan Layanan Bulan Februari 2025").contains("99,800 %")
                .doesNotContain("1.000.000").doesNotContain("Per bulan").doesNotContain("Layanan Peternakan");

        String all = text(get(PDF + "?year=" + year, admin()).body());
        assertThat(all).contains("Layanan Peternakan").contains("Portal Pemuda");

        assertThat(get(PDF + "?year=" + year + "&opd=" + opd, operator(other)).statusCode())
                .as("another OPD's report").isEqualTo(403);
        assertThat(get(PDF + "?year=" + year + "&month=13", admin()).statusCode()).isEqualTo(400);
        assertThat(get(PDF, admin()).statusCode()).isEqualTo(400);
    }
}
