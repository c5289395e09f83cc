package id.go.spbe.network.review;

import id.go.spbe.network.NetworkTestSupport;
import id.go.spbe.network.topology.TopologyDrawings;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.auditor;
import static id.go.spbe.network.NetworkTestSupport.coordinator;
import static id.go.spbe.network.NetworkTestSupport.integration;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly review of the intra-government network's use (N8, RL p23(7)) over HTTP: the figures of one OPD built up
 * through the API (site with an upstream interconnection, a radio circuit, three devices with end-of-life dates, a
 * change report and an uncovered change, an inspection with an overdue finding, the year's diagram task), the
 * scope per role, and the PDF addressed to the profile's network addressee with the same figures.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class NetworkReviewIntegrationTest {

    static final String PATH = "/api/v1/network-reviews";
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RegionProfile region;

    @Autowired
    Environment environment;

    @Autowired
    MutableClock clock;

    @Autowired
    TopologyDrawings drawings;

    TestHttp http;

    /**
     * The records are dated a few days around "today", so today is put in the middle of the current year: on 1 or 2
     * January an inspection two days back would fall in last year's review and the figures would not add up.
     */
    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        int year = LocalDate.now(region.region().timeZone()).getYear();
        clock.set(LocalDate.of(year, 6, 15).atTime(5, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void backToNow() {
        clock.set(Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    LocalDate today() {
        return NetworkTestSupport.today(clock, region);
    }

    String post(String path, Map<String, ?> body) {
        TestHttp.Reply reply = http.post(path).auth(admin()).json(body).send();
        assertStatus(reply, 201);
        return reply.json().get("id").asString();
    }

    /** One OPD whose LAN Dinas runs, with a known set of records in this year; returns its code and provider. */
    record Built(String opd, String provider) {
    }

    Built build(String name) {
        String hub = registerOpd(mongo, newOpd(), "Dinas Kominfo Rewiu");
        String opd = registerOpd(mongo, newOpd(), name);
        String lan = "/api/v1/lans/" + opd;
        String hubSite = post("/api/v1/sites", Map.of("opd", hub, "name", "NOC Rewiu"));
        String site = post("/api/v1/sites", Map.of("opd", opd, "name", "Kantor " + name, "uplinks",
                List.of(Map.of("network", "PROVINCIAL", "provider", "Diskominfo Provinsi", "bandwidthMbps", 50))));
        String router = post(lan + "/devices", Map.of("name", "rtr-1", "kind", "ROUTER", "hardwareEndOfLife",
                "2020-01-31", "interfaces", List.of(Map.of("name", "wan0"))));
        post(lan + "/devices", Map.of("name", "sw-1", "kind", "SWITCH", "softwareEndOfLife",
                today().plusMonths(6).toString()));
        post(lan + "/devices", Map.of("name", "fw-1", "kind", "FIREWALL", "hardwareEndOfLife",
                today().plusYears(5).toString()));
        String provider = "Penyedia " + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/wan-links", Map.of("provider", provider, "circuitId", "R-1", "medium", "RADIO",
                "bandwidthDownMbps", 250, "aEnd", Map.of("siteId", hubSite),
                "bEnd", Map.of("siteId", site, "deviceId", router, "interfaceName", "wan0")));
        post("/api/v1/lan-changes", Map.of("opd", opd, "what", "Perangkat awal dicatat", "why", "Inventarisasi",
                "performedOn", today().toString()));
        assertStatus(http.post(lan + "/vlans").auth(admin()).json(Map.of("vid", 20, "name", "Tamu")).send(), 201);
        String inspection = post("/api/v1/inspections", Map.of("opd", opd, "inspectedOn",
                today().minusDays(2).toString(), "summary", "Pemeriksaan ruang server"));
        assertStatus(http.post("/api/v1/inspections/" + inspection + "/findings").auth(admin()).json(Map.of(
                "title", "Rak tidak terkunci", "severity", "HIGH", "dueDate", today().minusDays(1).toString()))
                .send(), 201);
        return new Built(opd, provider);
    }

    @Test
    void theYearsFiguresOfAnOpdAreCountedFromItsRecords_N8() {
        int year = today().getYear();
        Built built = build("Dinas Perikanan Rewiu");
        TestHttp.Reply campaign = http.post("/api/v1/lan-diagrams/campaigns").auth(admin())
                .json(Map.of("year", year, "dueDate", LocalDate.of(year, 12, 31).toString())).send();
        assertStatus(campaign, 201);

        TestHttp.Reply reply = http.get(PATH + "/" + year + "?opd=" + built.opd()).auth(admin()).send();
        assertStatus(reply, 200);
        JsonNode review = reply.json();
        assertThat(review.get("complete").asBoolean()).isFalse();
        assertThat(review.get("asOf").asString()).isEqualTo(today().toString());
        assertThat(review.get("addressee").asString())
                .isEqualTo(environment.getProperty("spbe.regulation.network.report-to"));
        assertThat(review.get("opds")).hasSize(1);
        JsonNode opd = review.get("opds").get(0);
        assertThat(opd.get("code").asString()).isEqualTo(built.opd());
        assertThat(opd.get("sites").asInt()).isEqualTo(1);
        assertThat(opd.get("upstreamInterconnections").asInt()).isEqualTo(1);
        assertThat(opd.get("activeWanLinks").asInt()).isEqualTo(1);
        assertThat(opd.get("wanBandwidthMbps").asLong()).isEqualTo(250);
        assertThat(opd.get("devices").asInt()).isEqualTo(3);
        assertThat(opd.get("devicesByKind").get("ROUTER").asInt()).isEqualTo(1);
        assertThat(opd.get("devicesByKind").get("SWITCH").asInt()).isEqualTo(1);
        assertThat(opd.get("devicesByKind").get("FIREWALL").asInt()).isEqualTo(1);
        assertThat(opd.get("devicesByKind").get("SERVER").asInt()).isZero();
        assertThat(opd.get("securityDevices").asInt()).as("the firewall").isEqualTo(1);
        assertThat(opd.get("endOfLifePast").asInt()).as("the router, 2020").isEqualTo(1);
        assertThat(opd.get("endOfLifeWithin12Months").asInt()).as("the switch's software").isEqualTo(1);
        assertThat(opd.get("lanRevision").asLong()).as("3 devices and a VLAN").isEqualTo(4);
        assertThat(opd.get("diagram").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(opd.get("diagram").get("status").asString()).isEqualTo("OPEN");
        assertThat(opd.get("changes").get("reports").asInt()).isEqualTo(1);
        assertThat(opd.get("changes").get("awaitingAcknowledgement").asInt()).isEqualTo(1);
        assertThat(opd.get("changes").get("uncoveredChanges").asInt()).as("the VLAN after the report").isEqualTo(1);
        assertThat(opd.get("inspections").get("inspections").asInt()).isEqualTo(1);
        assertThat(opd.get("inspections").get("openFindings").asInt()).isEqualTo(1);
        assertThat(opd.get("inspections").get("overdueFindings").asInt()).isEqualTo(1);
        assertThat(opd.get("inspections").get("findingsBySeverity").get("HIGH").asInt()).isEqualTo(1);
        assertThat(review.get("totals").get("wanBandwidthMbps").asLong()).isEqualTo(250);
        assertThat(review.get("totals").get("diagrams").get("pending").asInt()).isEqualTo(1);
        assertThat(review.get("bandwidthByMedium").get(0).get("key").asString()).isEqualTo("RADIO");
        assertThat(review.get("bandwidthByProvider").get(0).get("key").asString()).isEqualTo(built.provider());

        JsonNode region = http.get(PATH + "/" + year).auth(coordinator()).send().json();
        assertThat(region.get("opd").isNull()).isTrue();
        assertThat(region.get("opds")).anySatisfy(o -> assertThat(o.get("code").asString()).isEqualTo(built.opd()));
        assertThat(region.get("bandwidthByProvider")).anySatisfy(l -> {
            assertThat(l.get("key").asString()).isEqualTo(built.provider());
            assertThat(l.get("bandwidthMbps").asLong()).isEqualTo(250);
        });

        JsonNode lastYear = http.get(PATH + "/" + (year - 1) + "?opd=" + built.opd()).auth(admin()).send().json();
        assertThat(lastYear.get("complete").asBoolean()).isTrue();
        assertThat(lastYear.get("asOf").asString()).isEqualTo((year - 1) + "-12-31");
        assertThat(lastYear.get("opds").get(0).get("devices").asInt()).as("nothing existed last year").isZero();
        assertThat(lastYear.get("totals").get("activeWanLinks").asInt()).isZero();
    }

    @Test
    void thePdfIsAddressedToTheProfilesBodyInBahasaIndonesiaWithTheFigures_N8() throws Exception {
        int year = today().getYear();
        Built built = build("Dinas Perhubungan Rewiu");

        HttpResponse<byte[]> pdf = bytes(PATH + "/" + year + "/report.pdf?opd=" + built.opd(), admin());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("rewiu-jaringan-" + year + "-" + built.opd().toLowerCase());
        String text = text(pdf.body());
        String addressee = environment.getProperty("spbe.regulation.network.report-to");
        assertThat(addressee).isNotBlank();
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Rewiu Tahunan Penggunaan Jaringan Intra Pemerintah Daerah Tahun " + year)
                .contains("Kepada Yth.").contains(addressee).contains(region.region().name())
                .contains("Pasal 23 ayat (7)")
                .contains("Jaringan antar OPD (WAN) dan bandwidth").contains("Inventaris LAN per OPD")
                .contains("Diagram LAN tahunan").contains("Laporan perubahan LAN").contains("Pemeriksaan LAN dan temuan")
                .contains("Topologi WAN")
                .contains("Dinas Perhubungan Rewiu (" + built.opd() + ")")
                .contains(built.provider()).contains("Radio")
                .contains("Total bandwidth WAN 250 Mbps")
                .contains("Perangkat LAN (keamanan) 3 (1)")
                .contains("Perubahan inventaris tanpa laporan: 1")
                .contains("lewat batas waktu: 1").contains("tinggi 1");

        HttpResponse<byte[]> own = bytes(PATH + "/" + year + "/report.pdf", operator(built.opd()));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(text(own.body())).contains(built.opd()).contains(built.provider());
    }

    /** A circuit switched off on 30 December and recorded in January was gone at that year's end; one switched off
     * on 2 January was still there. The date it stopped serving decides, not the day it was recorded. */
    @Test
    void aCircuitCountsAsActiveUntilTheDateItWasDecommissionedNotTheDayThatWasRecorded_N8_N2() throws Exception {
        int year = today().getYear() - 1;
        clock.set(LocalDate.of(year, 6, 15).atTime(5, 0).toInstant(ZoneOffset.UTC));
        String hub = registerOpd(mongo, newOpd(), "Dinas Kominfo Rewiu");
        String opd = registerOpd(mongo, newOpd(), "Dinas Pertanian Rewiu");
        String hubSite = post("/api/v1/sites", Map.of("opd", hub, "name", "NOC Rewiu"));
        String site = post("/api/v1/sites", Map.of("opd", opd, "name", "Kantor Pertanian"));
        Map<String, Object> circuit = Map.of("provider", "Telkom", "medium", "FIBER", "bandwidthDownMbps", 100,
                "aEnd", Map.of("siteId", hubSite), "bEnd", Map.of("siteId", site));
        String offBeforeYearEnd = post("/api/v1/wan-links", with(circuit, "circuitId", "T-" + opd + "-1"));
        String offAfterYearEnd = post("/api/v1/wan-links", with(circuit, "circuitId", "T-" + opd + "-2"));

        clock.set(LocalDate.of(year + 1, 1, 5).atTime(5, 0).toInstant(ZoneOffset.UTC));
        for (var off : Map.of(offBeforeYearEnd, year + "-12-30", offAfterYearEnd, (year + 1) + "-01-02").entrySet()) {
            assertStatus(http.post("/api/v1/wan-links/" + off.getKey() + "/decommission").auth(admin())
                    .json(Map.of("reason", "Pindah ke jaringan provinsi", "decommissionedOn", off.getValue()))
                    .send(), 200);
        }

        JsonNode review = http.get(PATH + "/" + year + "?opd=" + opd).auth(admin()).send().json();
        assertThat(review.get("totals").get("activeWanLinks").asInt()).as("the one switched off on 2 January")
                .isEqualTo(1);
        assertThat(review.get("totals").get("wanLinksRegistered").asInt()).isEqualTo(2);
        assertThat(review.get("totals").get("wanLinksDecommissioned").asInt()).as("30 December").isEqualTo(1);
        JsonNode next = http.get(PATH + "/" + (year + 1) + "?opd=" + opd).auth(admin()).send().json();
        assertThat(next.get("totals").get("activeWanLinks").asInt()).isZero();
        assertThat(next.get("totals").get("wanLinksDecommissioned").asInt()).as("2 January").isEqualTo(1);

        // the PDF's WAN diagram is the network at that year's end, not as printed in January (the drawing's text
        // is vector paths in the PDF, so the SVG it embeds is checked, and the PDF's caption)
        HttpResponse<byte[]> pdf = bytes(PATH + "/" + year + "/report.pdf?opd=" + opd, admin());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body()).replaceAll("\\s+", " ")).contains("aktif pada 31 Desember " + year);
        Caller dinas = new Caller("admin.dinas", "admin.dinas", "DISKOMINFO", Set.of("DINAS_ADMIN"), true);
        assertThat(drawings.wanSvgAsOf(dinas, opd, LocalDate.of(year, 12, 31))).contains("T-" + opd + "-2")
                .doesNotContain("T-" + opd + "-1").contains("31 Desember " + year);
        assertThat(drawings.wanSvgAsOf(dinas, opd, LocalDate.of(year, 6, 14)))
                .as("registered on 15 June").doesNotContain("T-" + opd + "-");
        assertThat(drawings.wanSvg(dinas, opd)).as("as it stands now").doesNotContain("T-" + opd + "-");
    }

    /**
     * A circuit renamed and upgraded after the review's date is drawn and counted with the name, provider, medium and
     * bandwidth it had on that date: the last state its history recorded before the year ended (September's
     * upgrade), not January's, and not the registration's. Likewise a site renamed, with its upstream interconnection
     * upgraded and a second one added, in January.
     */
    @Test
    void aPastYearsWanIsDrawnAndCountedWithTheCircuitTermsInForceAtItsEnd_N8_N2_N1() throws Exception {
        int year = today().getYear() - 1;
        clock.set(LocalDate.of(year, 6, 15).atTime(5, 0).toInstant(ZoneOffset.UTC));
        String hub = registerOpd(mongo, newOpd(), "Dinas Kominfo Rewiu");
        String opd = registerOpd(mongo, newOpd(), "Dinas Pariwisata Rewiu");
        String hubSite = post("/api/v1/sites", Map.of("opd", hub, "name", "NOC Rewiu"));
        String tag = opd.substring(opd.length() - 6);
        String site = post("/api/v1/sites", Map.of("opd", opd, "name", "Kantor " + tag, "uplinks",
                List.of(Map.of("network", "PROVINCIAL", "provider", "Diskominfo Provinsi", "bandwidthMbps", 30))));
        String id = post("/api/v1/wan-links", circuit("Radio Lama " + tag, "LAMA-" + tag, "RADIO", 20, hubSite, site));

        clock.set(LocalDate.of(year, 9, 1).atTime(5, 0).toInstant(ZoneOffset.UTC));
        assertStatus(http.put("/api/v1/wan-links/" + id).auth(admin())
                .json(circuit("Telkom Tengah " + tag, "TENGAH-" + tag, "FIBER", 75, hubSite, site)).send(), 200);
        clock.set(LocalDate.of(year + 1, 1, 5).atTime(5, 0).toInstant(ZoneOffset.UTC));
        assertStatus(http.put("/api/v1/wan-links/" + id).auth(admin())
                .json(circuit("Telkom Baru " + tag, "BARU-" + tag, "METRO_ETHERNET", 900, hubSite, site)).send(),
                200);
        assertStatus(http.put("/api/v1/sites/" + site).auth(admin()).json(Map.of("name", "Gedung " + tag,
                "uplinks", List.of(Map.of("network", "PROVINCIAL", "provider", "Diskominfo Provinsi",
                        "bandwidthMbps", 333), Map.of("network", "NATIONAL", "provider", "Kominfo Pusat")))).send(),
                200);

        Caller dinas = new Caller("admin.dinas", "admin.dinas", "DISKOMINFO", Set.of("DINAS_ADMIN"), true);
        String drawnThen = drawings.wanSvgAsOf(dinas, opd, LocalDate.of(year, 12, 31));
        assertThat(drawnThen).contains("TENGAH-" + tag).contains("75 Mbps")
                .doesNotContain("BARU-" + tag).doesNotContain("900 Mbps").doesNotContain("LAMA-" + tag);
        assertThat(drawnThen).as("the site as it stood").contains("Kantor " + tag).contains("30 Mbps")
                .doesNotContain("Gedung " + tag).doesNotContain("333 Mbps").doesNotContain("upstream-NATIONAL");
        assertThat(drawings.wanSvgAsOf(dinas, opd, LocalDate.of(year, 7, 1))).as("before September's upgrade")
                .contains("LAMA-" + tag).contains("20 Mbps").doesNotContain("TENGAH-" + tag);
        assertThat(drawings.wanSvg(dinas, opd)).as("as it stands now").contains("BARU-" + tag)
                .contains("900 Mbps").contains("Gedung " + tag).contains("333 Mbps").contains("upstream-NATIONAL");

        JsonNode review = http.get(PATH + "/" + year + "?opd=" + opd).auth(admin()).send().json();
        assertThat(review.get("totals").get("wanBandwidthMbps").asLong()).isEqualTo(75);
        assertThat(review.get("totals").get("upstreamInterconnections").asInt()).isEqualTo(1);
        assertThat(review.get("bandwidthByProvider")).extracting(l -> l.get("key").asString())
                .containsExactly("Telkom Tengah " + tag);
        assertThat(review.get("bandwidthByMedium")).extracting(l -> l.get("key").asString())
                .containsExactly("FIBER");
        JsonNode now = http.get(PATH + "/" + (year + 1) + "?opd=" + opd).auth(admin()).send().json();
        assertThat(now.get("totals").get("wanBandwidthMbps").asLong()).as("this year, as it stands")
                .isEqualTo(900);
        assertThat(now.get("totals").get("upstreamInterconnections").asInt()).isEqualTo(2);

        String text = text(bytes(PATH + "/" + year + "/report.pdf?opd=" + opd, admin()).body())
                .replaceAll("\\s+", " ");
        assertThat(text).contains("sebagaimana tercatat pada tanggal itu")
                .contains("Telkom Tengah " + tag).contains("Total bandwidth WAN 75 Mbps")
                .doesNotContain("Telkom Baru " + tag).doesNotContain("Radio Lama " + tag);
    }

    static Map<String, Object> circuit(String provider, String circuitId, String medium, int mbps, String a,
            String b) {
        return Map.of("provider", provider, "circuitId", circuitId, "medium", medium, "bandwidthDownMbps", mbps,
                "aEnd", Map.of("siteId", a), "bEnd", Map.of("siteId", b));
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @Test
    void dinasAndCoordinatorsReadTheRegionAndAnOperatorOnlyItsOwnOpd_N8() {
        int year = today().getYear();
        String opd = registerOpd(mongo, newOpd(), "Dinas Sosial Rewiu");
        String other = registerOpd(mongo, newOpd(), "Dinas Lain Rewiu");
        for (String suffix : List.of("", "/report.pdf")) {
            String path = PATH + "/" + year + suffix;
            assertStatus(http.get(path).auth(admin()).send(), 200);
            assertStatus(http.get(path).auth(coordinator()).send(), 200);
            assertStatus(http.get(path).auth(operator(opd)).send(), 200);
            assertStatus(http.get(path + "?opd=" + opd).auth(operator(opd)).send(), 200);
            assertStatus(http.get(path + "?opd=" + other).auth(operator(opd)).send(), 403);
            assertStatus(http.get(path).auth(auditor()).send(), 403);
            assertStatus(http.get(path).auth(integration(opd)).send(), 403);
            assertStatus(http.get(path).send(), 401);
        }
        JsonNode own = http.get(PATH + "/" + year).auth(operator(opd)).send().json();
        assertThat(own.get("opd").asString()).isEqualTo(opd);
        assertThat(own.get("opds")).extracting(o -> o.get("code").asString()).containsExactly(opd);
    }

    @Test
    void badYearsAndUnknownOpdsAreAnsweredWithProblems_N8() {
        int year = today().getYear();
        for (String suffix : List.of("", "/report.pdf")) {
            TestHttp.Reply early = http.get(PATH + "/1999" + suffix).auth(admin()).send();
            assertStatus(early, 400);
            assertThat(early.text()).contains("year");
            assertStatus(http.get(PATH + "/tahun" + suffix).auth(admin()).send(), 400);
            assertStatus(http.get(PATH + "/99999999999" + suffix).auth(admin()).send(), 400);
            assertRuleViolation(http.get(PATH + "/" + (year + 1) + suffix).auth(admin()).send(), "N8");
            assertRuleViolation(http.get(PATH + "/" + year + suffix + "?opd=TIDAKADA").auth(admin()).send(), "G1");
        }
    }

    HttpResponse<byte[]> bytes(String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
