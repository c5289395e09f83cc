package id.go.spbe.network.diagram;

import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.FormUpload.FilePart;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.designate;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yearly LAN diagrams over HTTP (N6, SEC3) in rejang-lebong, whose profile requires them: campaign, submission with
 * a snapshot and a sniffed file, review, the diff against last year, the overdue job. Each test opens its own
 * campaign year, since campaigns are region-wide and the tests share one database.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class YearlyDiagramIntegrationTest {

    static final String TOPIC = "spbe.network.lan-diagram.v1";
    static final String PATH = "/api/v1/lan-diagrams";
    static final AtomicInteger YEARS = new AtomicInteger(2060);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RegionProfile region;

    TestHttp http;
    FormUpload upload;
    String opd;
    String lan;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        upload = new FormUpload(port);
        opd = registerOpd(mongo, newOpd(), "Dinas Kesehatan Uji");
        lan = "/api/v1/lans/" + opd;
    }

    int openCampaign(LocalDate dueDate) {
        int year = dueDate.getYear();
        TestHttp.Reply opened = http.post(PATH + "/campaigns").auth(admin())
                .json(Map.of("year", year, "dueDate", dueDate.toString())).send();
        assertStatus(opened, 201);
        return year;
    }

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theStewardSubmitsASnapshotWithAFileAndDinasReturnsThenAcceptsIt_N6_SEC3() {
        int year = openCampaign(LocalDate.of(YEARS.getAndAdd(1), 3, 31));
        String task = PATH + "/tasks/" + year + "-" + opd;
        assertStatus(http.post(PATH + "/campaigns").auth(admin())
                .json(Map.of("year", year, "dueDate", year + "-04-30")).send(), 409);
        assertStatus(http.get(task).auth(operator(opd)).send(), 200);
        assertStatus(http.get(task).auth(operator(newOpd())).send(), 404);

        assertStatus(http.post(lan + "/devices").auth(admin())
                .json(Map.of("name", "rtr-pusat", "kind", "ROUTER")).send(), 201);
        // Dinas runs this LAN (not Mandiri TIK), so the OPD's operator may not submit its diagram
        TestHttp.Reply notSteward = upload.multipart(task + "/submissions", operator(opd), null, Map.of(), null);
        assertThat(notSteward.status()).as(notSteward.toString()).isEqualTo(422);
        assertThat(notSteward.json().get("obligation").asString()).isEqualTo("N3");

        TestHttp.Reply submitted = upload.multipart(task + "/submissions", admin(), null,
                Map.of("note", "Diagram 2027"), new FilePart("diagram.png", "image/png", png()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        JsonNode body = submitted.json();
        assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode first = body.get("submissions").get(0);
        assertThat(first.get("revision").asLong()).isEqualTo(1);
        assertThat(first.get("uncoveredRevisions")).extracting(JsonNode::asLong).containsExactly(1L);
        assertThat(first.get("attachment").get("mediaType").asString()).isEqualTo("image/png");
        assertThat(first.get("attachment").get("signatureStatus").asString()).isEqualTo("UNSIGNED");
        JsonNode event = awaitEvent(TOPIC, year + "-" + opd, "id.go.spbe.lan-diagram.submitted.v1", opd);
        assertThat(event.get("data").get("uncoveredChanges").asInt()).isEqualTo(1);
        assertSchemaValid(event, "lan-diagram-submitted.v1");

        assertThat(upload.multipart(task + "/submissions", admin(), null, Map.of(), null).status()).isEqualTo(409);
        TestHttp.Reply svg = upload.get(task + "/diagram", operator(opd));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).contains("<svg").contains("rtr-pusat");
        TestHttp.Reply file = upload.get(task + "/attachment", operator(opd));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(png());
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");

        TestHttp.Reply returned = http.post(task + "/return").auth(admin()).header("If-Match", "\"0\"")
                .json(Map.of("reason", "Ruang server belum digambar")).send();
        assertStatus(returned, 412);
        returned = http.post(task + "/return").auth(admin()).json(Map.of("reason", "Ruang server belum digambar"))
                .send();
        assertStatus(returned, 200);
        assertThat(returned.json().get("returnReason").asString()).isEqualTo("Ruang server belum digambar");
        assertSchemaValid(awaitEvent(TOPIC, year + "-" + opd, "id.go.spbe.lan-diagram.returned.v1", "Ruang server"),
                "lan-diagram-returned.v1");

        // a file that is not a diagram is refused from its bytes, whatever it claims to be
        TestHttp.Reply text = upload.multipart(task + "/submissions", admin(), null, Map.of(),
                new FilePart("diagram.png", "image/png", "bukan gambar".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.status()).as(text.toString()).isEqualTo(415);
        TestHttp.Reply again = upload.multipart(task + "/submissions", admin(), null, Map.of(), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("submissions")).hasSize(2);
        assertThat(upload.get(task + "/attachment", admin()).status()).isEqualTo(404);

        TestHttp.Reply accepted = http.post(task + "/accept").auth(admin()).send();
        assertStatus(accepted, 200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertSchemaValid(awaitEvent(TOPIC, year + "-" + opd, "id.go.spbe.lan-diagram.accepted.v1", opd),
                "lan-diagram-accepted.v1");
        assertStatus(http.post(task + "/accept").auth(admin()).send(), 409);

        TestHttp.Reply history = http.get(task + "/history").auth(operator(opd)).send();
        assertThat(history.json().get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("entries")).hasSize(4);
        TestHttp.Reply listed = http.get(PATH + "/tasks?opd=" + opd + "&year=" + year).auth(operator(opd)).send();
        assertStatus(listed, 200);
        assertThat(listed.json().get("items")).hasSize(1);
    }

    @Test
    void theDiffComparesWithLastYearsAcceptedSnapshot_N6() {
        int base = YEARS.getAndAdd(2);
        int last = openCampaign(LocalDate.of(base, 3, 31));
        int next = openCampaign(LocalDate.of(base + 1, 3, 31));
        assertStatus(http.post(lan + "/vlans").auth(admin()).json(Map.of("vid", 10, "name", "Staf")).send(), 201);
        String nextTask = PATH + "/tasks/" + next + "-" + opd;
        JsonNode none = http.get(nextTask + "/diff").auth(admin()).send().json();
        assertThat(none.get("previousYear").isNull()).isTrue();
        assertThat(none.get("added").asLong()).isEqualTo(1);

        String lastTask = PATH + "/tasks/" + last + "-" + opd;
        assertThat(upload.multipart(lastTask + "/submissions", admin(), null, Map.of(), null).status()).isEqualTo(200);
        assertStatus(http.post(lastTask + "/accept").auth(admin()).send(), 200);
        assertStatus(http.post(lan + "/devices").auth(admin()).json(Map.of("name", "sw-baru", "kind", "SWITCH"))
                .send(), 201);

        TestHttp.Reply diff = http.get(nextTask + "/diff").auth(operator(opd)).send();
        assertStatus(diff, 200);
        assertThat(diff.json().get("previousYear").asInt()).isEqualTo(last);
        assertThat(diff.json().get("entries")).extracting(e -> e.get("label").asString())
                .containsExactly("SWITCH sw-baru");
    }

    @Test
    void aLateDiagramRaisesLanDiagramOverdueExactlyOnce_N6() {
        int year = openCampaign(LocalDate.of(YEARS.getAndAdd(1), 3, 31));
        String taskId = year + "-" + opd;
        MutableClock clock = new MutableClock(Instant.parse(year + "-03-31T12:00:00Z"));
        OverdueDiagrams overdue = new OverdueDiagrams(mongo, region, clock);
        overdue.sweep();
        assertThat(http.get(PATH + "/tasks/" + taskId).auth(admin()).send().json().get("overdue").asBoolean())
                .as("on the due date").isFalse();

        clock.advance(java.time.Duration.ofDays(2));
        assertThat(overdue.sweep()).isPositive();
        assertThat(overdue.sweep()).as("a second run raises nothing again").isZero();
        JsonNode task = http.get(PATH + "/tasks/" + taskId).auth(operator(opd)).send().json();
        assertThat(task.get("overdue").asBoolean()).isTrue();
        JsonNode event = awaitEvent(TOPIC, taskId, "id.go.spbe.lan-diagram.overdue.v1", opd);
        assertSchemaValid(event, "lan-diagram-overdue.v1");
        List<JsonNode> entries = http.get(PATH + "/tasks/" + taskId + "/history").auth(admin()).send().json()
                .get("entries").valueStream().toList();
        assertThat(entries).hasSize(1);
    }

    @Test
    void pdfSvgAndDrawioFilesAreAcceptedByTheirBytes_N6_SEC3() {
        int year = openCampaign(LocalDate.of(YEARS.getAndAdd(1), 3, 31));
        String task = PATH + "/tasks/" + year + "-" + opd;
        List<FilePart> files = List.of(
                new FilePart("diagram.pdf", "application/pdf", TestPdfs.unsigned("Diagram LAN " + year)),
                new FilePart("diagram.svg", "image/svg+xml", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org"
                        + "/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>")
                        .getBytes(StandardCharsets.UTF_8)),
                new FilePart("diagram.drawio", "application/octet-stream", ("<?xml version=\"1.0\"?><mxfile host=\"app"
                        + ".diagrams.net\"><diagram id=\"a\" name=\"LAN\"><mxGraphModel><root><mxCell id=\"0\"/>"
                        + "</root></mxGraphModel></diagram></mxfile>").getBytes(StandardCharsets.UTF_8)));
        List<String> types = new java.util.ArrayList<>();
        for (FilePart file : files) {
            TestHttp.Reply submitted = upload.multipart(task + "/submissions", admin(), null, Map.of(), file);
            assertThat(submitted.status()).as(file.filename() + " " + submitted).isEqualTo(200);
            JsonNode attachment = submitted.json().get("submissions").get(types.size()).get("attachment");
            types.add(attachment.get("mediaType").asString());
            if (file.filename().endsWith(".pdf")) {
                assertThat(attachment.get("signatureStatus").asString()).isEqualTo("UNSIGNED");
            }
            assertStatus(http.post(task + "/return").auth(admin()).json(Map.of("reason", "uji format")).send(), 200);
        }
        assertThat(types).containsExactly("application/pdf", "image/svg+xml", "application/xml");
    }

    @Test
    void afterItsMandiriTikDesignationTheOpdSubmitsItsOwnDiagramAndDinasNoLonger_N6_N3() {
        int year = openCampaign(LocalDate.of(YEARS.getAndAdd(1), 3, 31));
        String task = PATH + "/tasks/" + year + "-" + opd;
        TestHttp.Reply before = upload.multipart(task + "/submissions", operator(opd), null, Map.of(), null);
        assertThat(before.status()).as(before.toString()).isEqualTo(422);

        designate(mongo, opd, "Dinas Kesehatan Uji", true);
        TestHttp.Reply dinas = upload.multipart(task + "/submissions", admin(), null, Map.of(), null);
        assertThat(dinas.status()).as(dinas.toString()).isEqualTo(422);
        assertThat(dinas.json().get("obligation").asString()).isEqualTo("N3");
        TestHttp.Reply own = upload.multipart(task + "/submissions", operator(opd), null, Map.of(), null);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("submissions").get(0).get("submittedBy").asString())
                .isEqualTo("operator." + opd.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void campaignsAreRefusedForADueDateInThePast_N6() {
        TestHttp.Reply past = http.post(PATH + "/campaigns").auth(admin())
                .json(Map.of("year", 2020, "dueDate", "2020-03-31")).send();
        assertRuleViolation(past, "N6");
        assertThat(past.json().get("detail").asString()).contains("dueDate");
    }
}
