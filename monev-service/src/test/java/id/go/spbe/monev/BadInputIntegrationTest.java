package id.go.spbe.monev;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never gives a 5xx: every JSON endpoint answers malformed JSON, missing, null and wrongly typed fields
 * with a 400 naming the field, a wrong media type with 415; bad query parameters are 400 too.
 */
@SpbeIntegrationTest
class BadInputIntegrationTest {

    static final String E = "/api/v1/evaluations/2046-" + SPBE;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directoryKnowsTheOpds(mongo);
        if (http.get(E).auth(dinas()).send().status() == 404) {
            MonevTestSupport.open(http, 2046, SPBE);
        }
    }

    static final String M = "/api/v1/mandiri-tik-assessments";
    static final String MET = "{\"code\":\"HAS_ICT_STAFF\",\"verdict\":\"MET\",\"evidenceDocumentIds\":[\"d\"]}";

    static final String P = "/api/v1/evaluations/planning-documents";
    static final String C = "/api/v1/evaluations/competencies";
    static final String PLAN = "{\"kind\":\"ARSITEKTUR\",\"title\":\"A\",\"periodStart\":2025,\"periodEnd\":2029,"
            + "\"decreeNumber\":\"1\",\"decreeDate\":\"2025-01-01\",\"documentId\":\"d\"}";

    record Case(String method, String path, String token, String body, String field) {
    }

    @Test
    void everyBadBodyIsA400NamingTheFieldAndNeverA5xx() {
        String own = operator(BAPPEDA);
        List<Case> cases = List.of(
                new Case("POST", "/api/v1/evaluations", dinas(), "{\"year\":", null),
                new Case("POST", "/api/v1/evaluations", dinas(), "{\"frameworkId\":\"" + SPBE + "\"}", "year"),
                new Case("POST", "/api/v1/evaluations", dinas(), "{\"year\":\"tahun\",\"frameworkId\":\"x-y-z\"}",
                        "year"),
                new Case("POST", "/api/v1/evaluations", dinas(), "{\"year\":1990,\"frameworkId\":\"" + SPBE + "\"}",
                        "year"),
                new Case("POST", "/api/v1/evaluations", dinas(), "{\"year\":2047,\"frameworkId\":\"Bad Id\"}",
                        "frameworkId"),
                new Case("POST", "/api/v1/evaluations", dinas(),
                        "{\"year\":2047,\"frameworkId\":\"" + SPBE + "\",\"units\":{\"BAPPEDA\":\"lower case\"}}",
                        null),
                new Case("POST", "/api/v1/evaluations", dinas(),
                        "{\"year\":2047,\"frameworkId\":\"" + SPBE + "\",\"units\":{\"KECAMATAN\":\"DINKES\"}}",
                        null),
                new Case("PUT", E + "/indicators/23/proposal", own, "{\"explanation\":\"x\"}", "level"),
                new Case("PUT", E + "/indicators/23/proposal", own, "{\"level\":6,\"explanation\":\"x\"}", "level"),
                new Case("PUT", E + "/indicators/23/proposal", own, "{\"level\":0,\"explanation\":\"x\"}", "level"),
                new Case("PUT", E + "/indicators/23/proposal", own, "{\"level\":\"tiga\",\"explanation\":\"x\"}",
                        "level"),
                new Case("PUT", E + "/indicators/23/proposal", own, "{\"level\":3,\"explanation\":\" \"}",
                        "explanation"),
                new Case("PUT", E + "/indicators/23/proposal", own,
                        "{\"level\":3,\"explanation\":\"x\",\"evidenceDocumentIds\":[\"\"]}", null),
                new Case("PUT", E + "/indicators/23/proposal", own,
                        "{\"level\":3,\"explanation\":\"bidi \\u202e\"}", "explanation"),
                new Case("POST", E + "/indicators/23/adjust", evaluator(), "{\"level\":2,\"comment\":null}",
                        "comment"),
                new Case("POST", E + "/indicators/23/adjust", evaluator(), "[]", null),
                new Case("POST", E + "/advance", evaluator(), "{\"to\":\"SELESAI\"}", "to"),
                new Case("POST", E + "/advance", evaluator(), "{}", "to"),
                new Case("POST", E + "/what-if", dinas(), "{\"changes\":[]}", "changes"),
                new Case("POST", E + "/what-if", dinas(), "{\"changes\":[{\"indicator\":\"1\",\"level\":9}]}", null),
                new Case("POST", E + "/what-if", dinas(), "{\"changes\":[{\"level\":3}]}", null),
                new Case("POST", E + "/finalise", evaluator(), "{\"note\":{\"a\":1}}", "note"),
                new Case("POST", E + "/return", MonevTestSupport.coordinator(), "{}", "reason"),
                new Case("POST", E + "/return", MonevTestSupport.coordinator(), "{\"reason\":{\"a\":1}}", "reason"),
                new Case("POST", E + "/return", MonevTestSupport.coordinator(),
                        "{\"reason\":\"" + "x".repeat(2001) + "\"}", "reason"),
                new Case("POST", E + "/return", MonevTestSupport.coordinator(), "[]", null),
                new Case("POST", M, dinas(), "{\"opd\":", null),
                new Case("POST", M, dinas(), "{\"criteria\":[" + MET + "]}", "opd"),
                new Case("POST", M, dinas(), "{\"opd\":\"dinkes\",\"criteria\":[" + MET + "]}", "opd"),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\"}", "criteria"),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\",\"criteria\":[]}", "criteria"),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\",\"criteria\":[null]}", null),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\",\"criteria\":{\"code\":\"X\"}}", "criteria"),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\",\"criteria\":[{\"code\":\"HAS_ICT_STAFF\"}]}",
                        null),
                new Case("POST", M, dinas(),
                        "{\"opd\":\"DINKES\",\"criteria\":[{\"code\":\"HAS_ICT_STAFF\",\"verdict\":\"MUNGKIN\"}]}",
                        null),
                new Case("POST", M, dinas(),
                        "{\"opd\":\"DINKES\",\"criteria\":[{\"code\":\"has ict\",\"verdict\":\"MET\"}]}", null),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\",\"criteria\":[{\"code\":\"HAS_ICT_STAFF\","
                        + "\"verdict\":\"NOT_MET\",\"reason\":\"bidi \\u202e\"}]}", null),
                new Case("POST", M, dinas(), "{\"opd\":\"DINKES\",\"criteria\":[{\"code\":\"HAS_ICT_STAFF\","
                        + "\"verdict\":\"MET\",\"evidenceDocumentIds\":[\" \"]}]}", null),
                new Case("POST", M + "/00000000-0000-0000-0000-000000000000/withdraw", dinas(), "{}", "note"),
                new Case("POST", P, dinas(), "{\"kind\":", null),
                new Case("POST", C + "/staff", dinas(), "{\"name\":", null),
                new Case("POST", C + "/staff", dinas(), "{\"position\":\"p\",\"competencies\":[]}", "name"),
                new Case("POST", C + "/staff", dinas(), "{\"name\":\"n\",\"position\":\"p\"}", "competencies"),
                new Case("POST", C + "/staff", dinas(),
                        "{\"name\":\"n\",\"position\":\"p\",\"competencies\":[{\"role\":\"DBA\"}]}", null),
                new Case("POST", C + "/staff", dinas(), "{\"name\":\"n\",\"position\":\"p\",\"competencies\":"
                        + "[{\"role\":\"PROGRAMMER\",\"evidenceDocumentId\":\"d\",\"validUntil\":\"besok\"}]}", null),
                new Case("POST", C + "/staff", dinas(), "{\"name\":\"n\",\"position\":\"p\",\"competencies\":"
                        + "[{\"role\":\"PROGRAMMER\"}]}", null),
                new Case("POST", C + "/staff", dinas(), "{\"name\":\"bidi \\u202e\",\"position\":\"p\","
                        + "\"competencies\":[]}", "name"),
                new Case("POST", P, dinas(), PLAN.replace("\"kind\":\"ARSITEKTUR\",", ""), "kind"),
                new Case("POST", P, dinas(), PLAN.replace("ARSITEKTUR", "RENSTRA"), "kind"),
                new Case("POST", P, dinas(), PLAN.replace("\"title\":\"A\"", "\"title\":\" \""), "title"),
                new Case("POST", P, dinas(), PLAN.replace("2025,", "\"dua ribu\","), "periodStart"),
                new Case("POST", P, dinas(), PLAN.replace("2025,", "1999,"), "periodStart"),
                new Case("POST", P, dinas(), PLAN.replace("2025-01-01", "01/01/2025"), "decreeDate"),
                new Case("POST", P, dinas(), PLAN.replace("\"documentId\":\"d\"", "\"documentId\":null"),
                        "documentId"),
                new Case("POST", P + "/x/reviews", dinas(), "{\"summary\":\"x\"}", "reviewedOn"),
                new Case("POST", P + "/x/reviews", dinas(), "{\"reviewedOn\":\"kemarin\",\"summary\":\"x\"}",
                        "reviewedOn"),
                new Case("POST", P + "/x/reviews", dinas(), "{\"reviewedOn\":\"2026-01-01\",\"summary\":[]}",
                        "summary"),
                new Case("POST", M + "/00000000-0000-0000-0000-000000000000/withdraw", dinas(), "{\"note\":{\"a\":1}}",
                        null));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            TestHttp.Call call = c.method().equals("PUT") ? http.put(c.path()) : http.post(c.path());
            TestHttp.Reply reply = call.auth(c.token()).json(c.body()).send();
            boolean named = c.field() == null || reply.text().contains("\"field\":\"" + c.field() + "\"");
            if (reply.status() != 400 || !named || !reply.contentType().startsWith("application/problem+json")) {
                wrong.add(c.method() + " " + c.path() + " " + c.body() + " → " + reply.status() + " " + reply.text());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void wrongMediaTypesAre415AndBadQueriesAre400() {
        assertThat(http.post("/api/v1/evaluations").auth(dinas()).body("text/plain", "2047").send().status())
                .isEqualTo(415);
        assertThat(http.put(E + "/indicators/23/proposal").auth(operator(BAPPEDA))
                .body("application/xml", "<level>3</level>").send().status()).isEqualTo(415);
        assertThat(http.get("/api/v1/evaluations?year=abc").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/evaluations?year=1900").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/evaluations?size=500").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/evaluations?sort=secret").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/evaluations/frameworks?sort=name").auth(dinas()).send().status())
                .isEqualTo(400);
        assertThat(http.get(E + "/indicators?page=-1").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/evaluations/2046-tidak-ada").auth(dinas()).send().status()).isEqualTo(404);
        assertThat(http.get(E + "/indicators/99").auth(dinas()).send().status()).isEqualTo(404);
        // evidence from operations (issue 13): paged like the indicators, unknown or uncovered indicator 404
        assertThat(http.get(E + "/evidence?page=-1").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(E + "/evidence?size=500").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(E + "/evidence?page=satu").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(E + "/evidence?opd=" + "%27%20OR%201").auth(dinas()).send().status()).isEqualTo(200);
        assertThat(http.get(E + "/indicators/99/evidence").auth(dinas()).send().status()).isEqualTo(404);
        assertThat(http.get(E + "/indicators/23/evidence").auth(dinas()).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/evaluations/2046-tidak-ada/evidence").auth(dinas()).send().status())
                .isEqualTo(404);
        assertThat(http.post(M).auth(dinas()).body("text/plain", "DINKES").send().status()).isEqualTo(415);
        assertThat(http.get(M + "?status=LULUS").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(M + "?sort=criteria").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(M + "?size=0").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(M + "/tidak-ada").auth(dinas()).send().status()).isEqualTo(404);
        assertThat(http.get(P + "?kind=RENSTRA").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(P + "?overdue=mungkin").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(P + "?sort=title").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(P + "/tidak-ada").auth(dinas()).send().status()).isEqualTo(404);
        assertThat(http.get(C + "/staff?active=ya").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(C + "/staff?sort=nip").auth(dinas()).send().status()).isEqualTo(400);
        assertThat(http.get(C + "/staff/tidak-ada").auth(dinas()).send().status()).isEqualTo(404);
        assertThat(http.post(P).auth(dinas()).body("text/plain", "x").send().status()).isEqualTo(415);
    }
}
