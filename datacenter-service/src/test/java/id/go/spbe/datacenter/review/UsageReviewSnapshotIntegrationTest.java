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
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D5 dated snapshots: the review of a closed year, once frozen (by Dinas, or by the job on 1 January in the region's
 * time zone), answers as it stood then — JSON, CSV and PDF — whatever data arrives later. The years used here
 * (2019, 2011–2012) are far from the movable clock's, so no other test's review is frozen.
 */
@DatacenterIntegrationTest
class UsageReviewSnapshotIntegrationTest {

    static final String PATH = "/api/v1/usage-reviews";
    static final String TOPIC = "spbe.datacenter.usage-review.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MonitorRepository monitors;

    @Autowired
    MutableClock clock;

    @Autowired
    RegionProfile region;

    @Autowired
    UsageReviewFreezing freezing;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    /** A monitor of {@code opd} whose month {@code month} counted {@code probes} with {@code failures}. */
    String monitorWithMonth(String opd, String month, long probes, long failures) {
        Monitor monitor = monitors.insert(Monitor.configure(opd, "Portal " + opd, null, ProbeTarget.parse("target",
                "https://portal." + opd.toLowerCase() + ".example.go.id/"), 60, 3, new BigDecimal("99.5"),
                "operator", clock.instant()));
        month(monitor.id(), opd, month, probes, failures);
        return monitor.id();
    }

    void month(String monitorId, String opd, String month, long probes, long failures) {
        mongo.insert(new Document("_id", monitorId + "/" + month).append("monitorId", monitorId).append("opd", opd)
                .append("month", month).append("probes", probes).append("failures", failures)
                .append("latencyMillis", probes * 20), "uptime_months");
    }

    static JsonNode section(JsonNode review, String opd) {
        return review.get("opds").valueStream().filter(o -> opd.equals(o.get("opd").asString())).findFirst()
                .orElse(null);
    }

    @Test
    void aFrozenYearAnswersAsItStoodWhenFrozenWhateverDataArrivesLater_D5() throws Exception {
        String opd = newOpdCode("DISPORA");
        opd(mongo, opd, false);
        String monitor = monitorWithMonth(opd, "2019-03", 100_000, 70);
        JsonNode live = http.get(PATH + "?year=2019").auth(admin()).send().json();
        assertThat(live.hasNonNull("frozenAt")).as("computed from today's data").isFalse();
        assertThat(section(live, opd).get("uptime").get("uptimePercent").decimalValue()).isEqualByComparingTo("99.930");

        assertThat(http.post(PATH + "/2019/snapshot").auth(operator(opd)).send().status()).isEqualTo(403);
        TestHttp.Reply frozen = http.post(PATH + "/2019/snapshot").auth(admin()).send();
        assertThat(frozen.status()).as(frozen.text()).isEqualTo(201);
        assertThat(frozen.json().hasNonNull("frozenAt")).as(frozen.text()).isTrue();
        String frozenAt = frozen.json().get("frozenAt").asString();
        assertThat(frozen.json().get("frozenBy").asString()).isEqualTo("admin.dinas");
        JsonNode event = published(TOPIC, "2019", "id.go.spbe.usage-review.frozen.v1");
        assertThat(event.get("data").get("automatic").asBoolean()).isFalse();
        assertThat(event.get("data").get("summary").get("opds").asInt())
                .isEqualTo(frozen.json().get("opds").size());

        assertProblem(http.post(PATH + "/2019/snapshot").auth(admin()).send(), 409, "state-conflict");
        int current = LocalDate.ofInstant(clock.instant(), region.region().timeZone()).getYear();
        assertRule(http.post(PATH + "/" + current + "/snapshot").auth(admin()).send(), "D5");
        TestHttp.Reply outOfRange = http.post(PATH + "/1999/snapshot").auth(admin()).send();
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("year");

        // later data of 2019: a month of failures for the same monitor, and an OPD registered after the freeze
        month(monitor, opd, "2019-05", 1_000, 1_000);
        String late = newOpdCode("DISPERKIM");
        opd(mongo, late, false);

        JsonNode after = http.get(PATH + "?year=2019").auth(admin()).send().json();
        assertThat(after.get("frozenAt").asString()).isEqualTo(frozenAt);
        assertThat(after.get("generatedAt").asString()).isEqualTo(frozenAt);
        assertThat(section(after, opd).get("uptime").get("uptimePercent").decimalValue())
                .as("the May failures came after the freeze").isEqualByComparingTo("99.930");
        assertThat(section(after, opd).get("uptime").get("countedProbes").asLong()).isEqualTo(100_000L);
        assertThat(section(after, late)).as("not in the directory when frozen").isNull();

        // an OPD operator still sees only its own section of the snapshot; an OPD it does not list gets zeros
        JsonNode own = http.get(PATH + "?year=2019").auth(operator(opd)).send().json();
        assertThat(own.get("regionWide").asBoolean()).isFalse();
        assertThat(own.hasNonNull("totals")).isFalse();
        assertThat(own.get("frozenAt").asString()).isEqualTo(frozenAt);
        assertThat(own.get("opds")).hasSize(1);
        assertThat(own.get("opds").get(0).get("uptime").get("uptimePercent").decimalValue())
                .isEqualByComparingTo("99.930");
        JsonNode lateOwn = http.get(PATH + "?year=2019").auth(operator(late)).send().json();
        assertThat(lateOwn.get("opds").get(0).get("opd").asString()).isEqualTo(late);
        assertThat(lateOwn.get("opds").get(0).get("uptime").get("monitors").asInt()).isZero();

        String csv = http.get(PATH + "/export.csv?year=2019").auth(admin()).send().text();
        assertThat(csv.lines().filter(l -> l.startsWith("2019," + opd + ",")).findFirst().orElseThrow())
                .contains("99.930").endsWith(frozenAt);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + PATH + "/report.pdf?year=2019")).header("Authorization", admin())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains("Tinjauan Tahunan Penggunaan Layanan Pusat Data Tahun 2019")
                .contains("Tinjauan ini dibekukan pada").contains("99,930 %").doesNotContain(late);
    }

    @Test
    void theJobFreezesTheYearBeforeOnFirstJanuaryInTheRegionsTimeZoneOnce_D5() {
        ZoneId zone = region.region().timeZone();
        Instant lastEveningOf2012 = LocalDate.of(2012, 12, 31).atTime(23, 30).atZone(zone).toInstant();
        assertThat(freezing.freezeDue(lastEveningOf2012)).as("still 2012 in the region: 2011 is the year before")
                .isEqualTo(OptionalInt.of(2011));
        assertThat(http.get(PATH + "?year=2012").auth(admin()).send().json().hasNonNull("frozenAt")).isFalse();

        Instant newYear = LocalDate.of(2013, 1, 1).atTime(0, 30).atZone(zone).toInstant();
        assertThat(freezing.freezeDue(newYear)).isEqualTo(OptionalInt.of(2012));
        JsonNode frozen = http.get(PATH + "?year=2012").auth(admin()).send().json();
        assertThat(frozen.hasNonNull("frozenAt")).isTrue();
        assertThat(frozen.get("frozenBy").asString()).isEqualTo("sistem:pembekuan-tinjauan");
        assertThat(published(TOPIC, "2012", "id.go.spbe.usage-review.frozen.v1").get("data").get("automatic")
                .asBoolean()).isTrue();
        assertThat(freezing.freezeDue(newYear.plusSeconds(3600))).as("one freeze per year").isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
