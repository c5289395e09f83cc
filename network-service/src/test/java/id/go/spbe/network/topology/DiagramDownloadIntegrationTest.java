package id.go.spbe.network.topology;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.coordinator;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn LAN and WAN diagrams for offline use (N1–N3, "SVG and PNG/PDF for offline use"): a PDF on A4 landscape
 * with the region's header and a PNG, both from the same drawing, scoped like the SVG (another OPD's LAN 404).
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class DiagramDownloadIntegrationTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLanDiagramDownloadsAsPdfAndPngForThoseWhoMayReadTheLan_N3() throws Exception {
        TestHttp http = TestHttp.onPort(port);
        String opd = registerOpd(mongo, newOpd(), "Dinas Unduhan Diagram");
        assertStatus(http.post("/api/v1/lans/" + opd + "/devices").auth(admin()).json(Map.of("name", "rtr-unduh",
                "kind", "ROUTER", "interfaces", List.of(Map.of("name", "ge0")))).send(), 201);
        String base = "/api/v1/topology/lans/" + opd + "/diagram";

        HttpResponse<byte[]> pdf = get(base + ".pdf", operator(opd));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("topologi-lan-" + opd.toLowerCase() + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            assertThat(new PDFTextStripper().getText(document)).contains("Topologi LAN OPD " + opd)
                    .contains("Digambar otomatis dari inventaris");
        }

        HttpResponse<byte[]> png = get(base + ".png", admin());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(560);

        String other = registerOpd(mongo, newOpd(), "Dinas Lain Unduhan");
        assertThat(get(base + ".pdf", operator(other)).statusCode()).isEqualTo(404);
        assertThat(get(base + ".png", operator(other)).statusCode()).isEqualTo(404);
        assertThat(get(base + ".pdf", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theWanDiagramDownloadsAsPdfAndPngWithTheSvgsScope_N2() throws Exception {
        HttpResponse<byte[]> pdf = get("/api/v1/topology/wan/diagram.pdf", coordinator());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Topologi WAN");
        }
        HttpResponse<byte[]> png = get("/api/v1/topology/wan/diagram.png", admin());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body()))).isNotNull();
        assertThat(get("/api/v1/topology/wan/diagram.pdf?opd=TIDAKADA", admin()).statusCode()).isEqualTo(422);
        String opd = registerOpd(mongo, newOpd(), "Dinas WAN Unduhan");
        assertThat(get("/api/v1/topology/wan/diagram.png?opd=" + newOpd(), operator(opd)).statusCode())
                .isEqualTo(403);
    }
}
