package id.go.spbe.datacenter.review;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.uptime.MonitorRepository;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.coordinator;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.machine;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * D5 (RL p19(13)): the yearly review of the data center's use per OPD — VPS active / requested / decommissioned in the
 * year with their resources, uptime against the SLO, backup standing and restore tests, region totals and capacity —
 * as JSON, CSV and a PDF addressed to the profile's body; region-wide roles see every OPD, an OPD operator only its
 * own section.
 */
@DatacenterIntegrationTest
class UsageReviewIntegrationTest {

    static final String PATH = "/api/v1/usage-reviews";
    static final Random RANDOM = new Random();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    MonitorRepository monitors;

    @Autowired
    RegionProfile region;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    int year() {
        return today().getYear();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), region.region().timeZone());
    }

    /** An OPD with one active VPS (4 vCPU, 8 GiB, 200 GiB), one rejected request, a monitor at 99.930 % this year. */
    record Seeded(String opd, String vpsId, String monitorName) {
    }

    Seeded seed(String prefix) {
        String opd = newOpdCode(prefix);
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIMPEG " + opd);
        String vps = submit(opd, app);
        assertThat(step(admin(), vps, "approve", Map.of("note", "Sesuai kapasitas")).status()).isEqualTo(200);
        TestHttp.Reply provisioned = step(admin(), vps, "provision", Map.of("hostname", "simpeg-" + opd.toLowerCase()
                + ".vps.example.go.id", "ipAddress", "10.31." + RANDOM.nextInt(250) + "." + (1 + RANDOM.nextInt(250)),
                "handover", Map.of("handedTo", "Admin " + opd, "method", "IN_PERSON")));
        assertThat(provisioned.status()).as(provisioned.text()).isEqualTo(200);
        assertThat(step(operator(opd), vps, "activate", null).status()).isEqualTo(200);
        String rejected = submit(opd, app);
        assertThat(step(admin(), rejected, "reject", Map.of("reason", "Cukup satu VPS")).status()).isEqualTo(200);

        // the activated VPS gets its backup policy (consumed from VpsActivated); one restore test passed this year
        JsonNode policy = await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/backup-policies?opd="
                + opd).auth(admin()).send().json().get("items"), items -> items.size() == 1).get(0);
        TestHttp.Reply test = http.post("/api/v1/backup-policies/" + policy.get("id").asString() + "/restore-tests")
                .auth(operator(opd)).json(Map.of("testedOn", today().toString(), "durationMinutes", 45, "result", "PASSED")).send();
        assertThat(test.status()).as(test.text()).isEqualTo(201);

        // a monitor whose month this year counted 100,000 probes with 70 failures: 99.930 %
        String name = "Portal " + opd;
        Monitor monitor = monitors.insert(Monitor.configure(opd, name, null, ProbeTarget.parse("target",
                "https://portal." + opd.toLowerCase() + ".example.go.id/health"), 60, 3, new BigDecimal("99.5"),
                "operator", clock.instant()));
        String month = YearMonth.of(year(), 3).toString();
        mongo.insert(new Document("_id", monitor.id() + "/" + month).append("monitorId", monitor.id())
                .append("opd", opd).append("month", month).append("probes", 100_000L).append("failures", 70L)
                .append("latencyMillis", 2_000_000L), "uptime_months");
        return new Seeded(opd, vps, name);
    }

    String submit(String opd, String app) {
        TestHttp.Reply reply = http.post("/api/v1/vps-requests").auth(operator(opd)).json(Map.of("applicationId", app,
                "vcpu", 4, "ramGib", 8, "diskGib", 200, "osImage", "ubuntu-24.04", "purpose", "Server SIMPEG"))
                .send();
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    TestHttp.Reply step(String token, String id, String verb, Object body) {
        TestHttp.Call call = http.post("/api/v1/vps-requests/" + id + "/" + verb).auth(token);
        return body == null ? call.send() : call.json(body).send();
    }

    static JsonNode section(JsonNode review, String opd) {
        return review.get("opds").valueStream().filter(o -> opd.equals(o.get("opd").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no section for " + opd + " in " + review));
    }

    /** A PDF download (TestHttp reads bodies as text). */
    HttpResponse<byte[]> pdf(String path, String token) throws IOException, InterruptedException {
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
    void yearlyUsageReviewCountsVpsResourcesUptimeAndBackupsPerOpd_D5() {
        Seeded a = seed("DISDIK");
        JsonNode review = http.get(PATH + "?year=" + year()).auth(admin()).send().json();
        assertThat(review.get("year").asInt()).isEqualTo(year());
        assertThat(review.get("regionWide").asBoolean()).isTrue();

        JsonNode own = section(review, a.opd());
        assertThat(own.get("opdName").asString()).isEqualTo("OPD " + a.opd());
        JsonNode vps = own.get("vps");
        assertThat(List.of(vps.get("active").asInt(), vps.get("requested").asInt(), vps.get("decommissioned").asInt()))
                .as("one active, two requested (one rejected), none decommissioned").containsExactly(1, 2, 0);
        assertThat(List.of(vps.get("vcpu").asLong(), vps.get("ramGib").asLong(), vps.get("diskGib").asLong()))
                .as("resources of the active VPS only").containsExactly(4L, 8L, 200L);
        JsonNode uptime = own.get("uptime");
        assertThat(uptime.get("monitors").asInt()).isEqualTo(1);
        assertThat(uptime.get("countedProbes").asLong()).isEqualTo(100_000L);
        assertThat(uptime.get("uptimePercent").decimalValue()).isEqualByComparingTo("99.930");
        assertThat(uptime.get("monitorsMeetingSlo").asInt()).isEqualTo(1);
        JsonNode backups = own.get("backups");
        assertThat(backups.get("systems").asInt()).as("the active VPS's default policy").isEqualTo(1);
        assertThat(backups.get("restoreTestsPassed").asInt()).isEqualTo(1);
        assertThat(backups.get("restoreTestsFailed").asInt()).isZero();

        // totals are the sum of the sections; the main data center's capacity use is listed
        long vcpuOfSections = review.get("opds").valueStream().mapToLong(o -> o.get("vps").get("vcpu").asLong()).sum();
        assertThat(review.get("totals").get("vps").get("vcpu").asLong()).isEqualTo(vcpuOfSections);
        assertThat(review.get("dataCenters").valueStream().map(d -> d.get("code").asString())).contains(MAIN);

        // the year before knows nothing of this year's VPS or probes
        JsonNode before = section(http.get(PATH + "?year=" + (year() - 1)).auth(admin()).send().json(), a.opd());
        assertThat(before.get("vps").get("active").asInt()).isZero();
        assertThat(before.get("uptime").get("uptimePercent").isNull()).as("no data is not 100 %").isTrue();
    }

    @Test
    void anOpdOperatorGetsOnlyItsOwnSectionWithoutTotalsRegionRolesGetAll_D5() {
        Seeded a = seed("DISHUB");
        Seeded b = seed("DISPAR");
        JsonNode own = http.get(PATH + "?year=" + year()).auth(operator(a.opd())).send().json();
        assertThat(own.get("regionWide").asBoolean()).isFalse();
        assertThat(own.get("opds").valueStream().map(o -> o.get("opd").asString())).containsExactly(a.opd());
        assertThat(own.get("totals").isNull()).as("totals describe other OPDs").isTrue();
        assertThat(own.get("dataCenters")).isEmpty();
        assertThat(section(own, a.opd()).get("vps").get("vcpu").asLong()).isEqualTo(4L);

        for (String token : List.of(coordinator(), auditor(), admin())) {
            JsonNode all = http.get(PATH + "?year=" + year()).auth(token).send().json();
            assertThat(all.get("opds").valueStream().map(o -> o.get("opd").asString())).contains(a.opd(), b.opd());
        }
        assertProblem(http.get(PATH + "?year=" + year()).auth(machine(a.opd())).send(), 403, "forbidden");
        assertThat(http.get(PATH + "?year=" + year()).send().status()).isEqualTo(401);

        String csv = http.get(PATH + "/export.csv?year=" + year()).auth(operator(b.opd())).send().text();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(b.opd()).doesNotContain(a.opd()).doesNotContain("TOTAL");
    }

    @Test
    void yearlyUsageReviewCsvHasALinePerOpdAndTheTotals_D5() {
        Seeded a = seed("DPMPTSP");
        TestHttp.Reply reply = http.get(PATH + "/export.csv?year=" + year()).auth(coordinator()).send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        List<String> lines = reply.text().lines().toList();
        assertThat(lines.get(0)).startsWith("year,opd,opdName,vpsActive,vpsRequested,vpsDecommissioned,vcpu,ramGib,"
                + "diskGib");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(year() + "," + a.opd() + ",OPD " + a.opd()
                + ",1,2,0,4,8,200,").contains(",99.930,"));
        assertThat(lines.get(lines.size() - 1)).startsWith(year() + ",TOTAL,");
    }

    @Test
    void yearlyUsageReviewPdfIsAddressedToTheProfilesBodyWithTheFigures_D5() throws Exception {
        Seeded a = seed("BAPPEDA");
        Seeded b = seed("INSPEKTORAT");
        HttpResponse<byte[]> reply = pdf(PATH + "/report.pdf?year=" + year(), admin());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("tinjauan-pusat-data-" + year() + ".pdf");
        String text = text(reply.body());
        assertThat(text).contains("Tinjauan Tahunan Penggunaan Layanan Pusat Data Tahun " + year())
                .contains("Kepada Yth.").contains("Tim Koordinasi SPBE")
                .contains("Kabupaten Rejang Lebong").contains("Penggunaan per OPD").contains("Kapasitas pusat data")
                .contains("Jumlah seluruh OPD").contains(a.opd()).contains(b.opd())
                .contains("1 / 2 / 0 4 8 200").contains("99,930 %").contains("1 dari 1 patuh")
                .contains("1 lulus / 0 gagal").contains("1 memenuhi, 0 tidak");

        HttpResponse<byte[]> own = pdf(PATH + "/report.pdf?year=" + year(), operator(a.opd()));
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("tinjauan-pusat-data-" + year() + "-" + a.opd());
        String ownText = text(own.body());
        assertThat(ownText).contains(a.opd()).contains("99,930 %").contains("Laporan ini hanya memuat bagian OPD")
                .doesNotContain(b.opd()).doesNotContain("Kapasitas pusat data").doesNotContain("Jumlah seluruh OPD");
    }
}
