package id.go.spbe.servicedesk.supervision;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * S4 through HTTP in the Rejang Lebong profile (TIERED, WIB, default policy SEDANG: 60 min to own): June 2025, a
 * month no other test touches. DINKES opens two tickets on Monday 2 June 09:00 WIB: one its Tier 1 owns in 10 min and
 * resolves (SLA met), one escalated after an hour and owned by Tier 2 at 11:00 (time to own breached); DISDIK's one
 * stays open. The report of June, read on 10 July, gives those figures as JSON, CSV and PDF.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class SupervisionIntegrationTest {

    static final Instant MONDAY_0900_WIB = Instant.parse("2025-06-02T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;

    String open(String token) {
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(token)
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    void step(String token, String id, String action, Object body) {
        TestHttp.Call call = http.post("/api/v1/tickets/" + id + "/" + action).auth(token);
        if (body != null) {
            call.json(body);
        }
        TestHttp.Reply reply = call.send();
        assertThat(reply.status()).as(action + " " + reply).isBetween(200, 201);
    }

    byte[] pdf(String query, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/supervision/monthly.pdf" + query))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // table cells wrap
        }
    }

    static JsonNode row(JsonNode report, String opd) {
        return report.get("opds").valueStream().filter(r -> r.get("opd").asString().equals(opd)).findFirst()
                .orElseThrow(() -> new AssertionError(opd + " missing in " + report));
    }

    @Test
    void monthlyReportAsJsonCsvAndPdfToTheHeadOfDinas_S4() throws Exception {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
        Instant saved = clock.instant();
        String disdikOpen;
        try {
            clock.set(MONDAY_0900_WIB);
            String met = open(operator("DINKES"));
            String escalated = open(operator("DINKES"));
            disdikOpen = open(operator("DISDIK"));
            clock.set(MONDAY_0900_WIB.plus(Duration.ofMinutes(10)));
            String t1 = tier1("DINKES", "teknisi.dinkes");
            step(t1, met, "take", null);
            step(t1, met, "comments", Map.of("text", "Sedang kami periksa."));
            clock.set(MONDAY_0900_WIB.plus(Duration.ofMinutes(40)));
            step(t1, met, "resolve", Map.of("resolutionNote", "Kabel daya diganti."));
            clock.set(MONDAY_0900_WIB.plus(Duration.ofHours(1)));
            step(t1, escalated, "escalate", Map.of("reason", "Perlu akses server Dinas."));
            clock.set(MONDAY_0900_WIB.plus(Duration.ofHours(2)));
            String t2 = tier2("agen.tier2");
            step(t2, escalated, "take", null);
            step(t2, escalated, "comments", Map.of("text", "Kami tangani."));
            clock.set(MONDAY_0900_WIB.plus(Duration.ofHours(3)));
            step(t2, escalated, "resolve", Map.of("resolutionNote", "Server dipulihkan."));

            clock.set(Instant.parse("2025-07-10T03:00:00Z"));
            TestHttp.Reply json = http.get("/api/v1/supervision/monthly?month=2025-06").auth(admin()).send();
            assertThat(json.status()).as(json.toString()).isEqualTo(200);
            JsonNode report = json.json();
            assertThat(report.get("timeZone").asString()).isEqualTo("Asia/Jakarta");
            assertThat(report.get("from").asString()).isEqualTo("2025-05-31T17:00:00Z");
            assertThat(report.get("complete").asBoolean()).isTrue();
            assertThat(report.get("tiered").asBoolean()).isTrue();
            JsonNode dinkes = row(report, "DINKES");
            assertThat(dinkes.get("opened").asLong()).isEqualTo(2);
            assertThat(dinkes.get("openedAtTier1").asLong()).isEqualTo(2);
            assertThat(dinkes.get("escalated").asLong()).isEqualTo(1);
            assertThat(dinkes.get("escalationRatePercent").asDouble()).isEqualTo(50.0);
            assertThat(dinkes.get("resolved").asLong()).isEqualTo(2);
            assertThat(dinkes.get("slaMet").asLong()).isEqualTo(1);
            assertThat(dinkes.get("slaMetPercent").asDouble()).isEqualTo(50.0);
            assertThat(dinkes.get("backlog").asLong()).isZero();
            JsonNode disdik = row(report, "DISDIK");
            assertThat(disdik.get("opened").asLong()).isEqualTo(1);
            assertThat(disdik.get("backlog").asLong()).isEqualTo(1);
            assertThat(disdik.get("slaMetPercent").isNull()).isTrue();
            assertThat(row(report, "DISHUB").get("opened").asLong()).isZero();
            assertThat(report.get("desks").get(1).get("desk").asString()).isEqualTo("TIER2");
            assertThat(report.get("desks").get(1).get("received").asLong()).isGreaterThanOrEqualTo(1);

            // an OPD's Tier 1 sees its own row only, without the region's total or the desks
            JsonNode own = http.get("/api/v1/supervision/monthly?month=2025-06").auth(tier1("DINKES", "teknisi.dinkes"))
                    .send().json();
            assertThat(own.get("opd").asString()).isEqualTo("DINKES");
            assertThat(own.get("opds")).hasSize(1);
            assertThat(own.get("total").isNull()).isTrue();
            assertThat(own.get("desks")).isEmpty();
            assertThat(http.get("/api/v1/supervision/monthly?month=2025-06&opd=DISDIK")
                    .auth(operator("DINKES")).send().status()).isEqualTo(403);

            TestHttp.Reply csv = http.get("/api/v1/supervision/monthly.csv?month=2025-06&opd=DINKES").auth(admin())
                    .send();
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).contains("supervisi-layanan-2025-06-DINKES.csv");
            assertThat(csv.text().lines().toList()).containsExactly(
                    "bulan,opd,nama_opd,tiket_masuk,masuk_tier1,eskalasi,tingkat_eskalasi_persen,diselesaikan,"
                            + "sla_terpenuhi,sla_terpenuhi_persen,tunggakan,umur_tunggakan_rata_hari,"
                            + "umur_tunggakan_tertua_hari,csat_jumlah,csat_rata",
                    "2025-06,DINKES,Dinas DINKES,2,2,1,50.0,2,1,50.0,0,,,0,",
                    "2025-06,TOTAL,Jumlah,2,2,1,50.0,2,1,50.0,0,,,0,");

            String text = text(pdf("?month=2025-06", admin()));
            assertThat(text).contains("Laporan Supervisi Layanan Bantuan TIK — Juni 2025")
                    .contains("Kepada Yth.").contains("Kepala Dinas Komunikasi dan Informatika")
                    .contains("Kabupaten Rejang Lebong").contains("Kinerja Tier 1 per OPD")
                    .contains("Kinerja Tier 1 dan Tier 2").contains("SLA terpenuhi per OPD")
                    .contains("Tiket masuk 3").contains("Tingkat eskalasi Tier 1 33,3%")
                    .contains("SLA terpenuhi 50,0% (1 tiket)").contains("Tunggakan akhir bulan 1")
                    // DINKES: 2 opened, 1 of 2 escalated, 2 resolved, 50 % within SLA, no backlog
                    .contains("Dinas DINKES (DINKES) 2 1 dari 2 (50,0%) 2 50,0% 0")
                    .contains("Dinas DISDIK (DISDIK) 1 0 dari 1 (0,0%) 0 – 1")
                    // Tier 2 received the escalation and resolved it late, having held it 2 business hours
                    .contains("Tier 2 (Dinas) 1 1 0,0% 0 2,0");
            assertThat(text(pdf("?month=2025-06", TestJwtIssuer.shared().user("koordinator").roles("COORDINATOR")
                    .bearer()))).contains("Juni 2025");
            assertThat(http.get("/api/v1/supervision/monthly.pdf?month=2025-06").auth(tier1("DINKES",
                    "teknisi.dinkes")).send().status()).isEqualTo(403);

            // July 2025 is running on 10 July; August has not begun (in WIB): 400 naming the month
            JsonNode july = http.get("/api/v1/supervision/monthly?month=2025-07").auth(admin()).send().json();
            assertThat(july.get("complete").asBoolean()).isFalse();
            assertThat(july.get("asOf").asString()).isEqualTo("2025-07-10T03:00:00Z");
            TestHttp.Reply future = http.get("/api/v1/supervision/monthly?month=2025-08").auth(admin()).send();
            assertThat(future.status()).as(future.toString()).isEqualTo(400);
            assertThat(future.text()).contains("month");
        } finally {
            clock.set(saved);
        }
        // nothing of this test stays open for the others' SLA monitor
        step(tier1("DISDIK", "teknisi.disdik"), disdikOpen, "take", null);
        step(tier1("DISDIK", "teknisi.disdik"), disdikOpen, "resolve", Map.of("resolutionNote", "Selesai."));
    }

    @Test
    void theFutureIsMeasuredInTheRegionsTimeZone_S4() {
        http = TestHttp.onPort(port);
        Instant saved = clock.instant();
        try {
            // 31 Dec 2025 18:00 UTC is already 1 Jan 2026 01:00 WIB: January 2026 has begun in Rejang Lebong
            clock.set(Instant.parse("2025-12-31T18:00:00Z"));
            assertThat(http.get("/api/v1/supervision/monthly?month=2026-01").auth(admin()).send().status())
                    .isEqualTo(200);
            assertThat(http.get("/api/v1/supervision/monthly?month=2026-02").auth(admin()).send().status())
                    .isEqualTo(400);
            clock.set(Instant.parse("2025-12-31T16:00:00Z")); // 23:00 WIB on 31 December
            assertThat(http.get("/api/v1/supervision/monthly?month=2026-01").auth(admin()).send().status())
                    .isEqualTo(400);
        } finally {
            clock.set(saved);
        }
    }
}
