package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket list as CSV (the checklist's "long lists export to CSV"): the list's filters and scope, a row per ticket,
 * and a title typed as a formula neutralised. Same clock configuration as the other integration tests.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class TicketExportIntegrationTest {

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

    String open(String opd, String title) {
        Map<String, Object> body = form("PERMINTAAN", "LAINNYA", "RENDAH", "RENDAH");
        body.put("title", title);
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator(opd)).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    static List<String> lines(TestHttp.Reply reply) {
        return Arrays.asList(reply.text().split("\r\n"));
    }

    @Test
    void theListExportsAsCsvWithItsFiltersAndScope_formulasNeutralised_S1_SEC1() {
        String mine = open("DINKES", "=HYPERLINK(\"http://contoh.test\",\"klik\")");
        String other = open("DISDIK", "Proyektor ruang rapat mati");

        TestHttp.Reply reply = http.get("/api/v1/tickets/export.csv?type=PERMINTAAN&sort=openedAt")
                .auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("tiket-layanan.csv");
        List<String> lines = lines(reply);
        assertThat(lines.get(0)).startsWith("nomor,id,jenis,kategori,judul,prioritas,opd,antrean,status");
        String row = lines.stream().filter(l -> l.contains(mine)).findFirst().orElseThrow();
        // the formula is quoted and prefixed so a spreadsheet shows it as text
        assertThat(row).contains(",\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\",")
                .contains(",PERMINTAAN,LAINNYA,").contains(",DINKES,TIER1,NEW,");
        // an OPD's users export their OPD's tickets only; the header counts what matched
        assertThat(reply.text()).doesNotContain(other);
        assertThat(Long.parseLong(reply.header("X-Total-Count"))).isEqualTo(lines.size() - 1);

        TestHttp.Reply all = http.get("/api/v1/tickets/export.csv?opd=DISDIK").auth(admin()).send();
        assertThat(all.text()).contains(other).doesNotContain(mine);
        assertThat(http.get("/api/v1/tickets/export.csv?opd=DISDIK").auth(operator("DINKES")).send().status())
                .isEqualTo(403);
        for (String query : new String[] {"status=HILANG", "queue=TIER9", "sort=password", "open=mungkin"}) {
            TestHttp.Reply bad = http.get("/api/v1/tickets/export.csv?" + query).auth(admin()).send();
            assertThat(bad.status()).as(query + ": " + bad).isEqualTo(400);
        }
    }
}
