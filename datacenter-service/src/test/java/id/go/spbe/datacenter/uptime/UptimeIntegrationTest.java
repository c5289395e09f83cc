package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.stub.StubServer;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.decommissionApplication;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * D3 uptime: monitors probe loopback targets (a stub HTTP server, a local server socket — never the internet) on the
 * service's MutableClock; outages open after N failures in a row and close on recovery with exactly one ServiceDown
 * and one ServiceUp; maintenance is left out of the SLO; monthly and yearly reports per monitor and per OPD.
 */
@DatacenterIntegrationTest
class UptimeIntegrationTest {

    static final String TOPIC = "spbe.datacenter.uptime.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    UptimeProbing probing;

    @Autowired
    MonitorRepository monitors;

    @Autowired
    RegionProfile region;

    TestHttp http;
    StubServer stub;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        stub = StubServer.start();
    }

    @AfterEach
    void tearDown() {
        stub.close();
    }

    String monitor(String opd, String target, int threshold) {
        TestHttp.Reply created = http.post("/api/v1/monitors").auth(operator(opd)).json(Map.of("name",
                "Layanan " + opd, "target", target, "intervalSeconds", 60, "failureThreshold", threshold,
                "sloPercent", 99.9)).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    JsonNode state(String id, String token) {
        return http.get("/api/v1/monitors/" + id).auth(token).send().json();
    }

    List<JsonNode> events(String id, String type) {
        return TestKafka.collect(TOPIC, r -> id.equals(r.key()) && r.value().contains(type), Duration.ofSeconds(2))
                .stream().map(r -> JSON.readTree(r.value())).toList();
    }

    /** Moves the clock one probe interval on and runs one probing pass. */
    void nextPass() {
        clock.advance(Duration.ofSeconds(60));
        probing.probeDue();
    }

    void answer(int status) {
        stub.reset();
        if (status < 400) {
            stub.on("GET", "/health").json(status, "{\"status\":\"UP\"}");
        } else {
            stub.on("GET", "/health").problem(status, "unavailable", "Sedang gangguan");
        }
    }

    @Test
    void d3AnOutageOpensAfterNFailuresInARowAndClosesOnRecoveryWithOneEventEach() {
        String opd = newOpdCode("DINKES");
        opd(mongo, opd, false);
        answer(200);
        String id = monitor(opd, stub.url() + "/health", 3);
        probing.probeDue();
        assertThat(state(id, operator(opd)).get("state").asString()).isEqualTo("UP");
        assertThat(stub.received("GET", "/health")).hasSize(1);

        answer(503);
        nextPass();
        Instant firstFailure = clock.instant();
        nextPass();
        JsonNode failing = state(id, operator(opd));
        assertThat(failing.get("state").asString()).isEqualTo("FAILING");
        assertThat(failing.get("consecutiveFailures").asInt()).isEqualTo(2);
        assertThat(events(id, "id.go.spbe.service.down.v1")).as("two failures of three: no outage yet").isEmpty();

        nextPass();
        nextPass();
        nextPass();
        JsonNode down = published(TOPIC, id, "id.go.spbe.service.down.v1");
        assertThat(down.get("data").get("since").asString()).isEqualTo(firstFailure.toString());
        assertThat(down.get("data").get("failedProbes").asInt()).isEqualTo(3);
        assertThat(down.get("data").get("error").asString()).isEqualTo("HTTP 503");
        assertThat(down.get("opd").asString()).isEqualTo(opd);
        assertThat(state(id, admin()).get("state").asString()).isEqualTo("DOWN");

        answer(200);
        nextPass();
        Instant recovered = clock.instant();
        nextPass();
        JsonNode up = published(TOPIC, id, "id.go.spbe.service.up.v1");
        assertThat(up.get("data").get("outageId").asString()).isEqualTo(down.get("data").get("outageId").asString());
        assertThat(up.get("data").get("downSeconds").asLong())
                .isEqualTo(Duration.between(firstFailure, recovered).toSeconds());
        assertThat(events(id, "id.go.spbe.service.down.v1")).as("five failed probes, one outage").hasSize(1);
        assertThat(events(id, "id.go.spbe.service.up.v1")).hasSize(1);
        JsonNode after = state(id, operator(opd));
        assertThat(after.get("state").asString()).isEqualTo("UP");
        assertThat(after.get("lastOutage").get("endedAt").asString()).isEqualTo(recovered.toString());
        assertThat(http.get("/api/v1/monitors/" + id + "/history").auth(operator(opd)).send().text())
                .contains("id.go.spbe.service.down.v1").contains("id.go.spbe.service.up.v1");
    }

    @Test
    void d3ARestartOrSecondReplicaMidProbeNeitherLosesNorDoublesTheOutage() {
        String opd = newOpdCode("DISDIK");
        opd(mongo, opd, false);
        String id = monitor(opd, stub.url() + "/nothing-here", 1); // the stub answers 404: down
        // two replicas (or a replica and the one restarted after it) read the monitor before either wrote
        Monitor first = monitors.findById(id).orElseThrow();
        Monitor second = monitors.findById(id).orElseThrow();
        Instant now = clock.instant();
        first.recordProbe(ProbeResult.down(3, 404, "HTTP 404"), now);
        second.recordProbe(ProbeResult.down(4, 404, "HTTP 404"), now);
        monitors.save(first);
        assertThatThrownBy(() -> monitors.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        published(TOPIC, id, "id.go.spbe.service.down.v1");

        // a probe that died before its write leaves the stored state as it was; the next pass carries on from it
        Monitor lost = monitors.findById(id).orElseThrow();
        lost.recordProbe(ProbeResult.up(2, 200), now.plusSeconds(30));
        nextPass();
        assertThat(events(id, "id.go.spbe.service.down.v1")).hasSize(1);
        assertThat(events(id, "id.go.spbe.service.up.v1")).isEmpty();
        assertThat(state(id, admin()).get("state").asString()).isEqualTo("DOWN");
    }

    @Test
    void d3TcpTargetsAreUpWhileTheyAcceptConnectionsAndTheLeasedJobProbesThem() throws IOException {
        String opd = newOpdCode("BAPPEDA");
        opd(mongo, opd, false);
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int tcpPort = socket.getLocalPort();
        String id = monitor(opd, "tcp://127.0.0.1:" + tcpPort, 1);
        try (socket) {
            assertThat(probing.job().runNow()).isTrue();
            JsonNode up = state(id, operator(opd));
            assertThat(up.get("state").asString()).isEqualTo("UP");
            assertThat(up.get("target").asString()).isEqualTo("tcp://127.0.0.1:" + tcpPort);
        }
        nextPass();
        JsonNode down = published(TOPIC, id, "id.go.spbe.service.down.v1");
        assertThat(down.get("data").get("error").asString()).contains("Connect");
    }

    @Test
    void d3AProbeIsBoundedByTheReadTimeout() {
        String opd = newOpdCode("DISPAR");
        opd(mongo, opd, false);
        stub.on("GET", "/lambat").delayed(Duration.ofSeconds(5), 200, "{}");
        String id = monitor(opd, stub.url() + "/lambat", 1);
        long start = System.nanoTime();
        probing.probeDue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4500));
        JsonNode state = state(id, operator(opd));
        assertThat(state.get("state").asString()).isEqualTo("DOWN");
        assertThat(state.get("lastResult").get("error").asString()).startsWith("timeout");
    }

    @Test
    void d3PlannedMaintenanceOpensNoOutageAndIsLeftOutOfTheSloAndTheReports() {
        String opd = newOpdCode("DISHUB");
        opd(mongo, opd, false);
        answer(200);
        String id = monitor(opd, stub.url() + "/health", 1);
        TestHttp.Reply read = http.get("/api/v1/monitors/" + id).auth(operator(opd)).send();
        Instant start = clock.instant().plusSeconds(30);
        TestHttp.Reply planned = http.post("/api/v1/monitors/" + id + "/maintenance-windows").auth(operator(opd))
                .header("If-Match", read.header("ETag")).json(Map.of("from", start.toString(), "until",
                        start.plusSeconds(150).toString(), "reason", "Pembaruan basis data")).send();
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        assertProblem(http.post("/api/v1/monitors/" + id + "/maintenance-windows").auth(operator(opd))
                .header("If-Match", read.header("ETag")).json(Map.of("from", start.toString(), "until",
                        start.plusSeconds(60).toString(), "reason", "x")).send(), 412, "precondition-failed");

        probing.probeDue(); // before the window: up
        answer(503);
        nextPass(); // +60 s: in the window
        nextPass(); // +120 s: in the window
        JsonNode inWindow = state(id, operator(opd));
        assertThat(inWindow.get("state").asString()).isEqualTo("MAINTENANCE");
        assertThat(inWindow.get("consecutiveFailures").asInt()).isZero();
        nextPass(); // +180 s: after the window, failing: outage (threshold 1)
        answer(200);
        nextPass();
        nextPass();
        assertThat(events(id, "id.go.spbe.service.down.v1")).as("only the failure outside the window").hasSize(1);
        published(TOPIC, id, "id.go.spbe.monitor.maintenance-planned.v1");

        LocalDate today = LocalDate.ofInstant(clock.instant(), region.region().timeZone());
        String query = "?year=" + today.getYear() + "&month=" + today.getMonthValue();
        JsonNode month = http.get("/api/v1/monitors/" + id + "/report" + query).auth(operator(opd)).send().json();
        assertThat(month.get("period").asString()).isEqualTo(today.toString().substring(0, 7));
        JsonNode uptime = month.get("uptime");
        assertThat(uptime.get("probes").asLong()).isEqualTo(6);
        assertThat(uptime.get("maintenanceProbes").asLong()).isEqualTo(2);
        assertThat(uptime.get("failures").asLong()).isEqualTo(1);
        assertThat(uptime.get("countedProbes").asLong()).isEqualTo(4);
        assertThat(uptime.get("uptimePercent").decimalValue()).isEqualByComparingTo("75.000");
        assertThat(month.get("sloMet").asBoolean()).isFalse();

        JsonNode year = http.get("/api/v1/monitors/" + id + "/report?year=" + today.getYear()).auth(admin()).send()
                .json();
        assertThat(year.get("period").asString()).isEqualTo(String.valueOf(today.getYear()));
        assertThat(year.get("months")).hasSize(1);
        assertThat(year.get("months").get(0).get("uptime").get("countedProbes").asLong()).isEqualTo(4);
        assertThat(http.get("/api/v1/monitors/" + id + "/report?year=" + (today.getYear() - 1)).auth(admin()).send()
                .json().get("uptime").get("uptimePercent").isNull()).as("no data is not 100 %").isTrue();

        JsonNode perOpd = http.get("/api/v1/monitors/reports/opds" + query).auth(operator(opd)).send().json();
        assertThat(perOpd.get("totalItems").asLong()).isEqualTo(1);
        assertThat(perOpd.get("items").get(0).get("opd").asString()).isEqualTo(opd);
        assertThat(perOpd.get("items").get(0).get("monitorsMissingSlo").asInt()).isEqualTo(1);
        assertThat(perOpd.get("items").get(0).get("uptime").get("uptimePercent").decimalValue())
                .isEqualByComparingTo("75.000");

        TestHttp.Reply csv = http.get("/api/v1/monitors/reports/export.csv" + query + "&opd=" + opd)
                .auth(operator(opd)).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(id).contains(",75.000,").contains(",99.900,");
        assertThat(http.get("/api/v1/monitors/reports/opds/export.csv" + query + "&opd=" + opd).auth(admin())
                .send().text()).contains(opd + ",1,6,1,2,4,75.000,0,1,0");
    }

    @Test
    void d3OnlyHttpHttpsAndTcpTargetsWithHostAndPortOfTheOpdsOwnApplications() {
        String opd = newOpdCode("DPMPTSP");
        String other = newOpdCode("LAIN");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        for (String bad : List.of("ftp://127.0.0.1/", "file:///etc/passwd", "tcp://127.0.0.1", "http:///health",
                "https://user:rahasia@127.0.0.1/", "tcp://127.0.0.1:70000", "bukan target")) {
            TestHttp.Reply reply = http.post("/api/v1/monitors").auth(operator(opd)).json(Map.of("name", "x",
                    "target", bad)).send();
            assertProblem(reply, 400, "malformed-request");
            assertThat(reply.text()).as(bad).contains("target");
        }
        String app = application(mongo, opd, "SIPERIZINAN");
        assertRule(http.post("/api/v1/monitors").auth(operator(other)).json(Map.of("opd", other, "name", "x",
                "target", "https://127.0.0.1/", "applicationId", app)).send(), "A1");
        assertProblem(http.post("/api/v1/monitors").auth(operator(other)).json(Map.of("opd", opd, "name", "x",
                "target", "https://127.0.0.1/")).send(), 403, "forbidden");
        assertProblem(http.post("/api/v1/monitors").auth(auditor()).json(Map.of("opd", opd, "name", "x",
                "target", "https://127.0.0.1/")).send(), 403, "forbidden");

        TestHttp.Reply created = http.post("/api/v1/monitors").auth(admin()).json(Map.of("opd", opd, "name",
                "Perizinan", "target", "HTTPS://Perizinan.Example.GO.ID/status?x=1", "applicationId", app)).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode monitor = created.json();
        assertThat(monitor.get("target").asString()).isEqualTo("https://perizinan.example.go.id:443/status?x=1");
        assertThat(monitor.get("sloPercent").decimalValue()).isEqualByComparingTo("99.5");
        String id = monitor.get("id").asString();
        assertProblem(http.get("/api/v1/monitors/" + id).auth(operator(other)).send(), 404, "not-found");
        assertThat(http.get("/api/v1/monitors?opd=" + opd).auth(operator(other)).send().status()).isEqualTo(403);

        Map<String, Object> pause = new HashMap<>(Map.of("name", "Perizinan", "target", "tcp://127.0.0.1:9",
                "active", false));
        assertProblem(http.put("/api/v1/monitors/" + id).auth(operator(opd)).header("If-Match", "\"99\"")
                .json(pause).send(), 412, "precondition-failed");
        TestHttp.Reply paused = http.put("/api/v1/monitors/" + id).auth(operator(opd))
                .header("If-Match", created.header("ETag")).json(pause).send();
        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(paused.json().get("active").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/monitors?opd=" + opd + "&active=false").auth(operator(opd)).send().json()
                .get("totalItems").asLong()).isEqualTo(1);
        assertRule(http.post("/api/v1/monitors/" + id + "/maintenance-windows").auth(operator(opd)).json(Map.of(
                "from", "2020-01-01T00:00:00Z", "until", "2020-01-01T02:00:00Z", "reason", "surut")).send(), "D3");

        decommissionApplication(mongo, app, opd, "SIPERIZINAN");
        pause.put("applicationId", app);
        assertRule(http.put("/api/v1/monitors/" + id).auth(operator(opd)).json(pause).send(), "A1");
        published(TOPIC, id, "id.go.spbe.monitor.configured.v1");
    }

    @Test
    void d3APauseSentWithTheListedVersionSurvivesProbesButNotAnotherPersonsChange() {
        String opd = newOpdCode("DISKOMINFO");
        opd(mongo, opd, false);
        answer(200);
        String id = monitor(opd, stub.url() + "/health", 1);
        JsonNode row = http.get("/api/v1/monitors?opd=" + opd).auth(operator(opd)).send().json().get("items").get(0);
        long seen = row.get("version").asLong();
        assertThat(http.get("/api/v1/monitors/" + id).auth(operator(opd)).send().header("ETag"))
                .as("the row's version is the number of the monitor's ETag").isEqualTo("\"" + seen + "\"");

        nextPass();
        nextPass(); // two probes wrote the document: they are not changes a person could overwrite
        Map<String, Object> pause = Map.of("name", "Layanan " + opd, "target", stub.url() + "/health",
                "active", false);
        TestHttp.Reply paused = http.put("/api/v1/monitors/" + id).auth(operator(opd))
                .header("If-Match", "\"" + seen + "\"").json(pause).send();
        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(paused.json().get("version").asLong()).isEqualTo(seen + 1);

        // Dinas resumed it meanwhile; the operator's screen still shows the paused version: 412, nothing overwritten
        Map<String, Object> resume = Map.of("name", "Layanan " + opd, "target", stub.url() + "/health");
        assertThat(http.put("/api/v1/monitors/" + id).auth(admin()).header("If-Match", paused.header("ETag"))
                .json(resume).send().status()).isEqualTo(200);
        assertProblem(http.put("/api/v1/monitors/" + id).auth(operator(opd)).header("If-Match", paused.header("ETag"))
                .json(Map.of("name", "Ganti nama", "target", stub.url() + "/health", "active", false)).send(), 412,
                "precondition-failed");
        assertThat(state(id, operator(opd)).get("active").asBoolean()).isTrue();
    }
}
