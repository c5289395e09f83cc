package id.go.spbe.platform.it;

import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.testapp.TestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service web layer from outside, as the fuzzer and the security prober of issue 7 met it: every answer to bad
 * input is an RFC 9457 problem with a stable type, whichever layer (Tomcat, a filter, the security chain, Spring MVC)
 * refuses it.
 */
@SpbeIntegrationTest
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WebLayerIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    @LocalServerPort
    int port;

    @Autowired
    OpdReferences opds;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        StarterIntegrationTest.publishOpd("DINKES", "Dinas Kesehatan", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> opds.find("DINKES").isPresent());
    }

    static String operator() {
        return StarterIntegrationTest.operator("DINKES");
    }

    static String admin() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles(Roles.DINAS_ADMIN).bearer();
    }

    static void assertProblem(int status, String contentType, JsonNode body, int expected, String type) {
        assertThat(status).as(body.toString()).isEqualTo(expected);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(body.get("status").asInt()).isEqualTo(expected);
        assertThat(body.get("type").asString()).isEqualTo("https://spbe.github.io/problems/" + type);
    }

    String widget() {
        TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator())
                .json(Map.of("name", "Alat", "opd", "DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    /** Issue 7, defect 3: the container and the error page answer problem+json, and bad UTF-8 is a 400. */
    @Nested
    class EveryErrorIsAProblem {

        @Test
        void invalidUtf8InAQueryParameterIsA400NamingItAndLeavesNoStackTraceInTheLog(CapturedOutput log) {
            TestHttp.Reply reply = http.get("/api/v1/widgets?q=%c0%af").send();
            assertProblem(reply.status(), reply.contentType(), reply.json(), 400, "malformed-request");
            assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
            TestHttp.Reply withToken = http.get("/api/v1/widgets?q=%ff").auth(operator()).send();
            assertThat(withToken.status()).isEqualTo(400);
            assertThat(log.getAll()).doesNotContain("MalformedInput").doesNotContain("\tat org.apache");
        }

        @Test
        void unencodedBracketsInTheQueryReachTheServiceInsteadOfTomcatsHtmlPage() throws IOException {
            RawHttp.Answer answer = RawHttp.send(port, "GET /api/v1/widgets?sort=[name]&q={x}|y HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + operator(), null);
            // Reaches PageRequests, which names the unusable sort field: a problem from the service, not Tomcat.
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        }

        @Test
        void whatTomcatStillRefusesIsAProblemJsonToo() throws IOException {
            for (String target : new String[] {"/api/v1/wid\\gets", "/api/v1/\"widgets\"",
                    "/api/v1/widgets?q=" + "x".repeat(10_000)}) {
                RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost", null);
                assertThat(answer.status()).as(target + " -> " + answer.head()).isBetween(400, 499);
                assertThat(answer.header("Content-Type")).as(target + " -> " + answer.head())
                        .startsWith("application/problem+json");
                assertThat(answer.json().get("type").asString()).startsWith("https://spbe.github.io/problems/");
                assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception");
            }
        }

        @Test
        void traceIsRefusedAsAProblemWithoutEchoingTheRequest() throws IOException {
            RawHttp.Answer answer = RawHttp.send(port, "TRACE /api/v1/widgets HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + operator(), null);
            assertThat(answer.status()).as(answer.head()).isIn(400, 405);
            assertThat(answer.header("Content-Type")).as(answer.head()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Bearer");
        }

        @Test
        void errorAskedForDirectlyIsA404Problem() {
            for (String token : new String[] {null, operator()}) {
                TestHttp.Reply reply = http.get("/error").auth(token).send();
                assertProblem(reply.status(), reply.contentType(), reply.json(), 404, "not-found");
            }
        }

        @Test
        void aPathTheSecurityFirewallRejectsIsAProblem() {
            TestHttp.Reply reply = http.get("/api/v1/widgets/a%2F..%2Fb").auth(operator()).send();
            assertThat(reply.status()).isBetween(400, 404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    /** Issue 7, defect 2: a body refused early still gets its 413 over the same connection, never a reset. */
    @Nested
    class LargeBodies {

        @Test
        void anUploadFarOverTheLimitSentInFullGetsA413Problem() throws IOException {
            String id = widget();
            String boundary = "spbe-boundary";
            byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"besar.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[start.length + 12 * 1024 * 1024 + end.length];
            System.arraycopy(start, 0, body, 0, start.length);
            Arrays.fill(body, start.length, body.length - end.length, (byte) 'A');
            System.arraycopy(end, 0, body, body.length - end.length, end.length);
            RawHttp.Answer answer = RawHttp.send(port, "POST /api/v1/widgets/" + id + "/attachment HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + operator() + "\r\nContent-Type: multipart/form-data; "
                    + "boundary=" + boundary + "\r\nContent-Length: " + body.length, body);
            assertThat(answer.status()).as(answer.head()).isEqualTo(413);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asString()).endsWith("/payload-too-large");
            assertThat(answer.json().get("detail").asString()).contains("1MB");
            // A caller without the role learns nothing about the limit: 403 before the multipart body is parsed.
            String auditor = ISSUER.user("auditor").roles(Roles.AUDITOR).bearer();
            RawHttp.Answer refused = RawHttp.send(port, "POST /api/v1/widgets/" + id + "/attachment HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + auditor + "\r\nContent-Type: multipart/form-data; "
                    + "boundary=" + boundary + "\r\nContent-Length: " + body.length, body);
            assertThat(refused.status()).as(refused.head()).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).endsWith("/forbidden");
        }

        @Test
        void aLargeBodyFromACallerWithoutTheRoleGetsItsFullAnswer() throws IOException {
            String id = widget();
            byte[] garbage = new byte[8 * 1024 * 1024];
            Arrays.fill(garbage, (byte) '{');
            RawHttp.Answer answer = RawHttp.send(port, "POST /api/v1/widgets/" + id + "/count HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + operator() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + garbage.length, garbage);
            assertThat(answer.status()).as(answer.head()).isEqualTo(403);
            assertThat(answer.json().get("type").asString()).endsWith("/forbidden");
        }
    }

    /** Issue 7, defect 4: fields are named in every 400, and the role is decided before the body is read. */
    @Nested
    class BodiesAndRoles {

        @Test
        void aCallerWithoutTheRoleGets403WhateverTheBody() {
            String id = widget();
            for (String body : new String[] {"", "{\"count\": ", "not json at all", "{\"count\":\"x\"}",
                    "{\"count\":1,\"recount\":true}"}) {
                TestHttp.Reply reply = http.post("/api/v1/widgets/" + id + "/count").auth(operator()).json(body)
                        .send();
                assertProblem(reply.status(), reply.contentType(), reply.json(), 403, "forbidden");
            }
            // The same for a @PreAuthorize role expression: an auditor may not create widgets, whatever it sends.
            String auditor = ISSUER.user("auditor").roles(Roles.AUDITOR).bearer();
            for (String body : new String[] {"", "{\"name\": ", "{\"name\":{}}"}) {
                TestHttp.Reply reply = http.post("/api/v1/widgets").auth(auditor).json(body).send();
                assertProblem(reply.status(), reply.contentType(), reply.json(), 403, "forbidden");
            }
        }

        @Test
        void aMissingNullOrWronglyTypedFieldIsA400NamingItAsAJsonPointer() {
            String id = widget();
            Map<String, String> cases = Map.of(
                    "{\"recount\":true}", "/count",
                    "{\"count\":null,\"recount\":true}", "/count",
                    "{\"count\":3}", "/recount",
                    "{\"count\":\"tiga\",\"recount\":true}", "/count",
                    "{\"count\":3,\"recount\":true,\"note\":{\"a\":1}}", "/note");
            cases.forEach((body, pointer) -> {
                TestHttp.Reply reply = http.post("/api/v1/widgets/" + id + "/count").auth(admin()).json(body).send();
                assertProblem(reply.status(), reply.contentType(), reply.json(), 400, "validation");
                JsonNode error = reply.json().get("errors").get(0);
                assertThat(error.get("pointer").asString()).as(body).isEqualTo(pointer);
                assertThat(error.get("field").asString()).isEqualTo(pointer.substring(1));
                assertThat(error.get("message").asString()).isNotBlank();
            });
            TestHttp.Reply ok = http.post("/api/v1/widgets/" + id + "/count").auth(admin())
                    .json("{\"count\":3,\"recount\":false}").send();
            assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        }

        @Test
        void beanValidationErrorsCarryTheJsonPointerToo() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator())
                    .json(Map.of("name", "", "opd", "DINKES")).send();
            assertThat(reply.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/name");
        }

        /** Issue 8: the web application shows field messages in the user's language (it sends Accept-Language). */
        @Test
        void fieldMessagesSpeakTheCallersLanguage() {
            Map<String, String> blank = Map.of("name", "", "opd", "DINKES");
            TestHttp.Reply indonesian = http.post("/api/v1/widgets").auth(operator())
                    .header("Accept-Language", "id-ID,id;q=0.9").json(blank).send();
            assertThat(indonesian.json().get("errors").get(0).get("message").asString()).isEqualTo("wajib diisi");
            TestHttp.Reply english = http.post("/api/v1/widgets").auth(operator())
                    .header("Accept-Language", "en").json(blank).send();
            assertThat(english.json().get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
        }
    }

    /** Issue 7, defect 9: one rule for free text, through a real endpoint. */
    @Nested
    class FreeText {

        @Test
        void bidiOverridesNulAndOtherInvisibleCharactersAreRefusedNamingTheField() {
            for (String name : new String[] {"Alat\u202Eukur", "Alat\u0000ukur", "Alat\u2066x\u2069", "A\u200Bb",
                    "A\u0085b", "A\uFEFFb"}) {
                TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator())
                        .json(Map.of("name", name, "opd", "DINKES")).send();
                assertProblem(reply.status(), reply.contentType(), reply.json(), 400, "validation");
                assertThat(reply.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/name");
                assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("U+");
            }
        }

        @Test
        void ordinaryTextWithAccentsEmojiAndLineBreaksIsKept() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator())
                    .json(Map.of("name", "Café 👩‍💻 baris\nkedua", "opd", "DINKES")).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            assertThat(reply.json().get("name").asString()).isEqualTo("Café 👩‍💻 baris\nkedua");
        }

        @Test
        void queryParametersAreSingleLineAndFreeOfBidiCharacters() {
            for (String value : new String[] {"%E2%80%AE", "a%0Ab", "%00"}) {
                TestHttp.Reply reply = http.get("/api/v1/widgets?q=" + value).auth(operator()).send();
                assertProblem(reply.status(), reply.contentType(), reply.json(), 400, "malformed-request");
                assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
            }
        }
    }

    /** Issue 7, defect 7: only the health probes are public. */
    @Nested
    class Actuator {

        @Test
        void metricsNeedTheOperatorRoleWhileHealthProbesStayPublic() {
            for (String path : new String[] {"/actuator/prometheus", "/actuator/info"}) {
                TestHttp.Reply anonymous = http.get(path).send();
                assertProblem(anonymous.status(), anonymous.contentType(), anonymous.json(), 401,
                        "unauthenticated");
                TestHttp.Reply operator = http.get(path).auth(operator()).send();
                assertProblem(operator.status(), operator.contentType(), operator.json(), 403, "forbidden");
            }
            TestHttp.Reply metrics = http.get("/actuator/prometheus").auth(admin()).send();
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.text()).contains("jvm_memory_used_bytes");
            String scraper = ISSUER.user("service-account-prometheus").roles(Roles.SERVICE).bearer();
            assertThat(http.get("/actuator/prometheus").auth(scraper).send().status()).isEqualTo(200);
            assertThat(http.get("/actuator/health/liveness").send().status()).isEqualTo(200);
            assertThat(http.get("/actuator/health/readiness").send().status()).isEqualTo(200);
        }
    }

    /** Issue 7, defect 14: paging past the reachable range is a 400 naming the parameter, never page 0. */
    @Nested
    class Paging {

        @Test
        void aHugePageIsA400NamingPageInsteadOfTheFirstPage() {
            widget();
            TestHttp.Reply reply = http.get("/api/v1/widgets?page=2147483647&size=200").auth(operator()).send();
            assertProblem(reply.status(), reply.contentType(), reply.json(), 400, "malformed-request");
            assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
            TestHttp.Reply fine = http.get("/api/v1/widgets?page=0&size=200").auth(operator()).send();
            assertThat(fine.status()).isEqualTo(200);
            assertThat(fine.json().get("totalItems").asLong()).isPositive();
        }
    }

    /** 405, 406 and 415 from Spring MVC are problems with stable types; 405 lists only the methods that exist. */
    @Nested
    class Negotiation {

        @Test
        void methodNotAllowedListsTheRealMethodsAndNotAcceptableIsAProblem() {
            String id = widget();
            TestHttp.Reply wrongMethod = http.delete("/api/v1/widgets/" + id).auth(operator()).send();
            assertProblem(wrongMethod.status(), wrongMethod.contentType(), wrongMethod.json(), 405,
                    "method-not-allowed");
            assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
            assertThat(http.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
            // An unknown path is a 404 for every method, not a 405 from a catch-all static resource handler.
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
                TestHttp.Call call = switch (method) {
                    case "POST" -> http.post("/api/v1/nothing-here");
                    case "PUT" -> http.put("/api/v1/nothing-here");
                    case "DELETE" -> http.delete("/api/v1/nothing-here");
                    default -> http.get("/api/v1/nothing-here");
                };
                TestHttp.Reply unknown = call.auth(operator()).send();
                assertProblem(unknown.status(), unknown.contentType(), unknown.json(), 404, "not-found");
            }
            TestHttp.Reply notAcceptable = http.get("/api/v1/widgets/" + id).auth(operator())
                    .header("Accept", "application/xml").send();
            assertThat(notAcceptable.status()).isEqualTo(406);
        }
    }
}
