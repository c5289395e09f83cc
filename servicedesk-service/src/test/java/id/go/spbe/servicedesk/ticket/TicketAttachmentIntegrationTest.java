package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.test.http.OpenApiContract;
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
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/** Attachments through the platform's document store: type sniffed from the bytes, SHA-256 kept, OPD-scoped. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class TicketAttachmentIntegrationTest {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
    }

    record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {

        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }
    }

    Reply send(String method, String path, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body)).header("Authorization", token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        OpenApiContract.check("http://127.0.0.1:" + port, method, path, response.statusCode(),
                response.headers().map(), new String(response.body(), type.contains("json") ? StandardCharsets.UTF_8
                        : StandardCharsets.ISO_8859_1));
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    Reply upload(String ticketId, String token, String filename, byte[] content) throws Exception {
        String boundary = "----sd-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", "/api/v1/tickets/" + ticketId + "/attachments", token,
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aScreenshotIsAttachedCheckedAndDownloadedByThoseWhoSeeTheTicket_S1_SEC1() throws Exception {
        String id = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG")).send().json().get("id").asString();
        byte[] png = png();
        Reply uploaded = upload(id, operator("DINKES"), "layar galat.jpg", png);
        assertThat(uploaded.status()).as(new String(uploaded.body())).isEqualTo(201);
        JsonNode attachment = uploaded.json();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(attachment.get("mediaType").asString()).isEqualTo("image/png"); // sniffed, not declared
        assertThat(attachment.get("sha256").asString()).isEqualTo(sha);
        assertThat(attachment.get("filename").asString()).endsWith(".png");
        JsonNode event = TicketEventsSupport.published(id, "ticket.attachment-added");
        assertThat(event.get("sha256").asString()).isEqualTo(sha);

        String fileId = attachment.get("fileId").asString();
        Reply download = send("GET", "/api/v1/tickets/" + id + "/attachments/" + fileId,
                tier1("DINKES", "teknisi.dinkes"), null, null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(http.get("/api/v1/tickets/" + id).auth(operator("DINKES")).send().json().get("attachments")
                .get(0).get("fileId").asString()).isEqualTo(fileId);

        assertThat(send("GET", "/api/v1/tickets/" + id + "/attachments/" + fileId, operator("DISDIK"), null, null)
                .status()).isEqualTo(404);
        assertThat(upload(id, operator("DISDIK"), "x.png", png).status()).isEqualTo(404);
        assertThat(upload(id, tier2("agen.tier2"), "x.png", png).status()).isEqualTo(403); // Tier 1 holds it
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(upload(id, operator("DINKES"), "foto.png", exe).status()).isEqualTo(415);

        http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", "teknisi.dinkes")).send();
        http.post("/api/v1/tickets/" + id + "/resolve").auth(tier1("DINKES", "teknisi.dinkes"))
                .json(Map.of("resolutionNote", "Driver dipasang ulang")).send();
        http.post("/api/v1/tickets/" + id + "/close").auth(operator("DINKES")).send();
        assertThat(upload(id, operator("DINKES"), "lagi.png", png).status()).isEqualTo(409);
    }
}
