package id.go.spbe.appregistry;

import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defects of issue 7 as they were reported against app-registry, through its real endpoints: each request here
 * got a 500, a 200 with the wrong page, an unnamed 400 or a 405 listing the wrong methods before the platform's web
 * layer was fixed.
 */
@SpbeIntegrationTest
class WebLayerIntegrationTest {

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static void assertProblem(TestHttp.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("https://spbe.github.io/problems/" + type);
    }

    /** Defect 3: invalid UTF-8 in the public catalogue's query, without a token, was a 500 with a stack trace. */
    @Test
    void invalidUtf8InThePublicCatalogueQueryIsA400NamingQ() {
        TestHttp.Reply reply = http.get("/api/v1/public/applications?q=%c0%af").send();
        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    /** Defect 3: /error asked for directly was a 500 {"status":999}. */
    @Test
    void errorAskedForDirectlyIsA404() {
        assertProblem(http.get("/error").send(), 404, "not-found");
    }

    /** Defect 4: a missing primitive field was "Malformed Request" without a field. */
    @Test
    void aMissingDinasFlagIsA400NamingTheFieldAsAJsonPointer() {
        String code = "OPD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestHttp.Reply reply = http.post("/api/v1/opds").auth(admin())
                .json(Map.of("code", code, "name", "Badan Baru", "kind", "BADAN")).send();
        assertProblem(reply, 400, "validation");
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("pointer").asString()).isEqualTo("/dinas");
        assertThat(error.get("field").asString()).isEqualTo("dinas");
        TestHttp.Reply wrongType = http.post("/api/v1/opds").auth(admin())
                .json(Map.of("code", code, "name", "Badan Baru", "kind", "BADAN", "dinas", "mungkin")).send();
        assertThat(wrongType.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/dinas");
    }

    /** Defect 4: the role matrix holds for any payload; the role is decided before the body is read. */
    @Test
    void anOperatorRegisteringAnOpdGets403WhateverTheBody() {
        for (String body : new String[] {"", "{", "{\"code\":1}", "x".repeat(300_000)}) {
            assertProblem(http.post("/api/v1/opds").auth(operator("DINKES")).json(body).send(), 403, "forbidden");
        }
    }

    /** Defect 7: metrics were open without a token. */
    @Test
    void prometheusNeedsTheOperatorRole() {
        assertProblem(http.get("/actuator/prometheus").send(), 401, "unauthenticated");
        assertProblem(http.get("/actuator/prometheus").auth(operator("DINKES")).send(), 403, "forbidden");
        assertThat(http.get("/actuator/prometheus").auth(admin()).send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }

    /** Defect 9: an application name with U+202E or NUL was stored (and exported as !!binary, defect 16). */
    @Test
    void anApplicationNameWithABidiOverrideOrNulIsRefusedNamingTheField() {
        for (String name : new String[] {"SIMPUS\u202Egpj.exe", "SIM\u0000PUS"}) {
            TestHttp.Reply reply = http.post("/api/v1/applications").auth(operator("DINKES"))
                    .json(Map.of("name", name, "applicationClass", "UMUM")).send();
            assertProblem(reply, 400, "validation");
            assertThat(reply.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/name");
        }
    }

    /** Defect 14: the offset overflowed and page 0 came back with a made-up total. */
    @Test
    void pagingPastTheReachableRangeIsA400NamingPage() {
        TestHttp.Reply reply = http.get("/api/v1/opds?page=2147483647&size=200").auth(operator("DINKES")).send();
        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(http.get("/api/v1/opds?page=0&size=200").auth(operator("DINKES")).send().status())
                .isEqualTo(200);
    }

    /** Defect 15: "tree" was taken for an OPD code, so POST answered 405 with Allow: GET, PUT. */
    @Test
    void postingToTheOpdTreeIs405AllowingGetOnly() {
        TestHttp.Reply reply = http.post("/api/v1/opds/tree").auth(admin()).json("{}")
                .unchecked().send(); // a method the document has no operation for
        assertProblem(reply, 405, "method-not-allowed");
        assertThat(reply.header("Allow")).isEqualTo("GET");
        // Codes still route; a name that cannot be a code is simply not found.
        assertThat(http.get("/api/v1/opds/DINKES").auth(operator("DINKES")).send().status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/opds/bukan-kode").auth(operator("DINKES")).send(), 404, "not-found");
        // The same clash for applications: "publiccode" is not an application id.
        TestHttp.Reply publiccode = http.put("/api/v1/applications/publiccode").auth(admin()).json("{}")
                .unchecked().send(); // a method the document has no operation for
        assertProblem(publiccode, 405, "method-not-allowed");
        assertThat(publiccode.header("Allow")).isEqualTo("POST");
        assertProblem(http.put("/api/v1/applications/bukan-id").auth(admin()).json("{}").send(), 404, "not-found");
    }

    /** OPD scope in one place: another OPD's list is a 403 before the 422 for an unknown code. */
    @Test
    void anOperatorListingAnotherOpdGets403EvenForAnUnknownCode() {
        for (String opd : new String[] {"DISDIK", "TIDAK-ADA"}) {
            assertProblem(http.get("/api/v1/applications?opd=" + opd).auth(operator("DINKES")).send(), 403,
                    "forbidden");
        }
        String dinas = TestJwtIssuer.shared().user("admin.dinas").opd("DISKOMINFO").roles(Roles.DINAS_ADMIN).bearer();
        assertProblem(http.get("/api/v1/applications?opd=TIDAK-ADA").auth(dinas).send(), 422, "rule-violation");
    }
}
