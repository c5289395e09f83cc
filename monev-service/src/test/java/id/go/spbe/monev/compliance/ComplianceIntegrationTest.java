package id.go.spbe.monev.compliance;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC4 through HTTP in Kota Bitung's profile: its regulation sets no compliance deadline (only Samarinda's does, SM
 * p36 — see ComplianceAssessmentTest), so the view answers 200 saying the rule does not apply, with no checks.
 */
@SpbeIntegrationTest
class ComplianceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void bitungHasNoComplianceDeadlineAndTheViewSaysSoInsteadOfFailing_SEC4() {
        TestHttp.Reply reply = TestHttp.onPort(port).get("/api/v1/evaluations/compliance").auth(coordinator()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode view = reply.json();
        assertThat(view.get("applies").asBoolean()).isFalse();
        assertThat(view.get("obligation").asString()).isEqualTo("SEC4");
        assertThat(view.get("regulation").asString()).isEqualTo("Peraturan Walikota Bitung Nomor 69 Tahun 2021");
        assertThat(view.get("deadline").isNull()).isTrue();
        assertThat(view.get("message").asString()).contains("tidak menetapkan batas waktu");
        assertThat(view.get("checks").isEmpty()).isTrue();
    }
}
