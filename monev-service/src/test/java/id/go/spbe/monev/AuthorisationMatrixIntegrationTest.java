package id.go.spbe.monev;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.ISSUER;
import static id.go.spbe.monev.MonevTestSupport.OTHER;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.multipart;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC1, M3: every endpoint × every role × own/other OPD. Indicator 23 (Penerapan Manajemen Data) is Bappeda's in
 * Kota Bitung (data domain, BT p8(7)); "own" is Bappeda's operator, "other" Dinkes's. An evaluation in
 * self-assessment answers adjust/advance/finalise with 409 to the roles that may ask.
 */
@SpbeIntegrationTest
class AuthorisationMatrixIntegrationTest {

    static final String YEAR = "2045";
    static final String ID = YEAR + "-" + SPBE;
    static final String E = "/api/v1/evaluations/" + ID;

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
            MonevTestSupport.open(http, Integer.parseInt(YEAR), SPBE);
        }
        if (assessment == null) {
            TestHttp.Reply reply = http.post(M).auth(dinas()).json(Map.of("opd", BAPPEDA, "criteria", List.of(
                    Map.of("code", "HAS_ICT_STAFF", "verdict", "MET", "evidenceDocumentIds", List.of("doc-sk")),
                    Map.of("code", "BUILDS_APPS_OR_LAN", "verdict", "NOT_MET", "reason", "Belum ada")))).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            assessment = M + "/" + reply.json().get("id").asString();
        }
        if (planning == null) {
            TestHttp.Reply reply = http.post(P).auth(dinas()).json(Map.of("kind", "PETA_RENCANA", "title",
                    "Peta Rencana SPBE 2025-2029", "periodStart", 2025, "periodEnd", 2029, "decreeNumber", "1/2025",
                    "decreeDate", "2025-02-01", "documentId", "doc-peta")).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            planning = P + "/" + reply.json().get("id").asString();
        }
        if (member == null) {
            TestHttp.Reply reply = http.post(C + "/staff").auth(dinas()).json(Map.of("name", "Sari", "position",
                    "Pranata Komputer", "competencies", List.of(Map.of("role", "PROGRAMMER", "evidenceDocumentId",
                            "doc-sertifikat")))).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            member = C + "/staff/" + reply.json().get("id").asString();
            assertThat(http.post(member + "/leave").auth(dinas()).send().status()).isEqualTo(200);
        }
    }

    static final String M = "/api/v1/mandiri-tik-assessments";
    static final String P = "/api/v1/evaluations/planning-documents";
    static final String C = "/api/v1/evaluations/competencies";
    /** A Dinas ICT staff member (M5). */
    static String member;
    /** A registered roadmap (G4): the region's, not an OPD's. */
    static String planning;
    /** A NOT_PASSED Mandiri TIK assessment of BAPPEDA (G3), the own operator's OPD. */
    static String assessment;

    record Call(String method, String path, String contentType, String body) {
    }

    static Call get(String path) {
        return new Call("GET", path, null, null);
    }

    static Call json(String method, String path, String body) {
        return new Call(method, path, "application/json", body);
    }

    /** Role (column) → token. */
    static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("dinas", dinas());
        callers.put("evaluator", evaluator());
        callers.put("coordinator", coordinator());
        callers.put("auditor", auditor());
        callers.put("ownOperator", operator(BAPPEDA));
        callers.put("otherOperator", operator(OTHER));
        callers.put("tier1", ISSUER.user("agent").opd(BAPPEDA).roles("TIER1_AGENT").bearer());
        callers.put("integration", ISSUER.user("svc").opd(BAPPEDA).roles("INTEGRATION").bearer());
        callers.put("federation", ISSUER.user("provinsi").roles("FEDERATION").bearer());
        callers.put("anonymous", null);
        return callers;
    }

    /** Expected status per column, in {@link #callers()} order; 401 for anonymous everywhere. */
    static int[] row(int dinas, int evaluator, int coordinator, int auditor, int own, int other, int tier1,
            int integration, int federation) {
        return new int[] {dinas, evaluator, coordinator, auditor, own, other, tier1, integration, federation, 401};
    }

    @Test
    void everyEndpointAnswersEachRoleAndOpdAsTheRulesSay_SEC1_M3_M5_G3_G4() {
        String boundary = "matrix";
        String badImport = multipart(boundary, Map.of("id", "X", "name", "x", "regulation", "x"),
                Map.of("indicators", "a", "predicates", "b"));
        Map<Call, int[]> matrix = new LinkedHashMap<>();
        matrix.put(get("/api/v1/evaluations/frameworks"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get("/api/v1/evaluations/frameworks/" + SPBE), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get("/api/v1/evaluations/frameworks/" + SPBE + "/history"),
                row(404, 404, 404, 404, 403, 403, 403, 403, 403));
        matrix.put(new Call("POST", "/api/v1/evaluations/frameworks", "multipart/form-data; boundary=" + boundary,
                badImport), row(400, 400, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(json("POST", "/api/v1/evaluations", "{\"year\":" + YEAR + ",\"frameworkId\":\"" + SPBE + "\"}"),
                row(409, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get("/api/v1/evaluations"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/indicators"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/indicators?opd=" + BAPPEDA), row(200, 200, 200, 200, 200, 403, 403, 403, 403));
        matrix.put(get(E + "/indicators/23"), row(200, 200, 200, 200, 200, 404, 403, 403, 403));
        // evidence from operations (issue 13): read like the indicators; 28 is Bagian Organisasi's, not Bappeda's
        matrix.put(get(E + "/evidence"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/evidence?opd=" + BAPPEDA), row(200, 200, 200, 200, 200, 403, 403, 403, 403));
        matrix.put(get(E + "/indicators/28/evidence"), row(200, 200, 200, 200, 404, 404, 403, 403, 403));
        // evidence documents (M1, M3): the unit uploads (no file here: 400 once authorised), readers list/download
        matrix.put(new Call("POST", E + "/indicators/23/evidence-documents", "multipart/form-data; boundary="
                + boundary, multipart(boundary, Map.of("title", "Perbup"), Map.of())),
                row(403, 403, 403, 403, 400, 404, 403, 403, 403));
        matrix.put(get(E + "/indicators/23/evidence-documents"), row(200, 200, 200, 200, 200, 404, 403, 403, 403));
        matrix.put(get(E + "/indicators/23/evidence-documents/0123456789abcdef01234567"),
                row(404, 404, 404, 404, 404, 404, 403, 403, 403));
        matrix.put(json("PUT", E + "/indicators/23/proposal", "{\"level\":3,\"explanation\":\"Perbup Satu Data\"}"),
                row(403, 403, 403, 403, 200, 404, 403, 403, 403));
        matrix.put(json("POST", E + "/indicators/23/adjust", "{\"level\":2,\"comment\":\"kurang bukti\"}"),
                row(403, 409, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(json("POST", E + "/advance", "{\"to\":\"VISITASI\"}"),
                row(403, 409, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(json("POST", E + "/finalise", "{}"), row(403, 409, 403, 403, 403, 403, 403, 403, 403));
        // G2: only the coordinator signs off, and a result still in self-assessment is a 409.
        matrix.put(json("POST", E + "/approve", null), row(403, 403, 409, 403, 403, 403, 403, 403, 403));
        matrix.put(json("POST", E + "/return", "{\"reason\":\"bukti kurang\"}"),
                row(403, 403, 409, 403, 403, 403, 403, 403, 403));
        // M2: the report holds every unit's indicators: region-wide readers only.
        matrix.put(get(E + "/report.pdf"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        // SEC4: region-wide readers; Bitung sets no deadline, so the view says it does not apply.
        matrix.put(get("/api/v1/evaluations/compliance"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(get(E + "/index"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(json("POST", E + "/what-if", "{\"changes\":[{\"indicator\":\"23\",\"level\":5}]}"),
                row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/comparison?previous=" + ID), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/opds"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/opds/" + BAPPEDA), row(200, 200, 200, 200, 200, 404, 403, 403, 403));
        matrix.put(get(E + "/index.csv"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/indicators.csv"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(E + "/indicators.csv?opd=" + BAPPEDA), row(200, 200, 200, 200, 200, 403, 403, 403, 403));
        matrix.put(get(E + "/history"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(get(M + "/criteria"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(json("POST", M, "{\"opd\":\"" + MonevTestSupport.DINAS + "\",\"criteria\":[{\"code\":\"HAS_ICT_STAFF\","
                + "\"verdict\":\"MET\",\"evidenceDocumentIds\":[\"d\"]}]}"),
                row(422, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get(M), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(M + "?opd=" + BAPPEDA), row(200, 200, 200, 200, 200, 403, 403, 403, 403));
        matrix.put(get(assessment), row(200, 200, 200, 200, 200, 404, 403, 403, 403));
        matrix.put(json("POST", assessment + "/withdraw", "{\"note\":\"tarik\"}"),
                row(409, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get(assessment + "/history"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(get(P + "/terms"), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(json("POST", P, "{\"kind\":\"ARSITEKTUR\",\"title\":\"A\",\"periodStart\":2025,"
                + "\"periodEnd\":2026,\"decreeNumber\":\"1\",\"decreeDate\":\"2025-01-01\",\"documentId\":\"d\"}"),
                row(422, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get(P), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(get(planning), row(200, 200, 200, 200, 200, 200, 403, 403, 403));
        matrix.put(json("POST", planning + "/reviews", "{\"reviewedOn\":\"2099-01-01\",\"summary\":\"x\"}"),
                row(422, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get(planning + "/history"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        String staffBody = "{\"name\":\"X\",\"position\":\"Y\",\"competencies\":[{\"role\":\"PROGRAMMER\","
                + "\"evidenceDocumentId\":\"a\"},{\"role\":\"PROGRAMMER\",\"evidenceDocumentId\":\"b\"}]}";
        matrix.put(json("POST", C + "/staff", staffBody), row(422, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get(C + "/staff"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(get(C + "/staff/export.csv"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(get(member), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(json("PUT", member, staffBody), row(409, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(json("POST", member + "/leave", null), row(409, 403, 403, 403, 403, 403, 403, 403, 403));
        matrix.put(get(member + "/history"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));
        matrix.put(get(C + "/gap"), row(200, 200, 200, 200, 403, 403, 403, 403, 403));

        List<String> wrong = new ArrayList<>();
        Map<String, String> callers = callers();
        matrix.forEach((call, expected) -> {
            int column = 0;
            for (var caller : callers.entrySet()) {
                TestHttp.Call request = switch (call.method()) {
                    case "GET" -> http.get(call.path());
                    case "PUT" -> http.put(call.path());
                    default -> http.post(call.path());
                };
                if (call.body() != null) {
                    request.body(call.contentType(), call.body());
                }
                TestHttp.Reply reply = request.auth(caller.getValue()).send();
                if (reply.status() != expected[column]) {
                    wrong.add(call.method() + " " + call.path() + " as " + caller.getKey() + ": " + reply.status()
                            + " (expected " + expected[column] + ") " + reply.text());
                }
                column++;
            }
        });
        assertThat(wrong).isEmpty();
    }
}
