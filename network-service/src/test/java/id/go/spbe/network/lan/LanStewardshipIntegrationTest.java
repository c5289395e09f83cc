package id.go.spbe.network.lan;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.auditor;
import static id.go.spbe.network.NetworkTestSupport.designate;
import static id.go.spbe.network.NetworkTestSupport.integration;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * N3: who runs an OPD's LAN follows its Mandiri TIK status, read from app-registry's real
 * {@code OpdMandiriTikDesignated} events; N4: the OPD runs its SPECIAL devices itself in any case.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanStewardshipIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static Map<String, Object> device(String name, String kind) {
        return Map.of("name", name, "kind", kind, "interfaces", List.of(Map.of("name", "eth0")));
    }

    TestHttp.Reply addDevice(String token, String opd, Map<String, Object> body) {
        return http.post("/api/v1/lans/" + opd + "/devices").auth(token).json(body).send();
    }

    @Test
    void theSameOperatorMayEditItsLanOnlyAfterDesignationAndDinasOnlyBefore_N3() {
        String opd = registerOpd(mongo, newOpd(), "Dinas Kesehatan Uji");

        TestHttp.Reply before = addDevice(operator(opd), opd, device("sw-op-1", "SWITCH"));
        assertRuleViolation(before, "N3");
        assertThat(before.json().get("detail").asString()).contains("dikelola Dinas");
        assertStatus(addDevice(admin(), opd, device("sw-dinas-1", "SWITCH")), 201);
        TestHttp.Reply read = http.get("/api/v1/lans/" + opd).auth(operator(opd)).send();
        assertStatus(read, 200);
        assertThat(read.json().get("steward").asString()).isEqualTo("DINAS");
        assertThat(read.json().get("mayEdit").asBoolean()).isFalse();

        designate(mongo, opd, "Dinas Kesehatan Uji", true);

        assertStatus(addDevice(operator(opd), opd, device("sw-op-1", "SWITCH")), 201);
        assertStatus(addDevice(integration(opd), opd, device("sw-client-1", "SWITCH")), 201);
        TestHttp.Reply dinasAfter = addDevice(admin(), opd, device("sw-dinas-2", "SWITCH"));
        assertRuleViolation(dinasAfter, "N3");
        assertThat(dinasAfter.json().get("detail").asString()).contains("Mandiri TIK");
        TestHttp.Reply after = http.get("/api/v1/lans/" + opd).auth(operator(opd)).send();
        assertThat(after.json().get("steward").asString()).isEqualTo("OPD");
        assertThat(after.json().get("mayEdit").asBoolean()).isTrue();
        assertThat(after.json().get("devices")).hasSize(3);

        designate(mongo, opd, "Dinas Kesehatan Uji", false);
        assertRuleViolation(addDevice(operator(opd), opd, device("sw-op-2", "SWITCH")), "N3");
        assertStatus(addDevice(admin(), opd, device("sw-dinas-2", "SWITCH")), 201);
    }

    @Test
    void theOpdRunsItsSpecialDevicesWhoeverRunsTheRestOfItsLan_N4() {
        String opd = registerOpd(mongo, newOpd(), "Dinas Perhubungan Uji");

        TestHttp.Reply sensor = addDevice(operator(opd), opd, device("rfid-gerbang-1", "SPECIAL"));
        assertStatus(sensor, 201);
        String sensorId = sensor.json().get("id").asString();
        TestHttp.Reply toSwitch = http.put("/api/v1/lans/" + opd + "/devices/" + sensorId).auth(operator(opd))
                .json(device("rfid-gerbang-1", "SWITCH")).send();
        assertRuleViolation(toSwitch, "N3");
        assertStatus(http.delete("/api/v1/lans/" + opd + "/devices/" + sensorId).auth(operator(opd)).send(), 204);
    }

    @Test
    void anotherOpdsLanIsNotFoundAndReadOnlyRolesMayNotWrite_N3() {
        String opd = registerOpd(mongo, newOpd(), "Badan Uji");
        String other = registerOpd(mongo, newOpd(), "Kecamatan Uji");
        designate(mongo, other, "Kecamatan Uji", true);

        assertStatus(http.get("/api/v1/lans/" + opd).auth(operator(other)).send(), 404);
        assertStatus(addDevice(operator(other), opd, device("x", "SWITCH")), 404);
        assertStatus(http.get("/api/v1/topology/lans/" + opd).auth(operator(other)).send(), 404);
        assertStatus(addDevice(auditor(), opd, device("x", "SWITCH")), 403);
        assertStatus(http.get("/api/v1/lans/" + opd).auth(auditor()).send(), 200);
        assertStatus(http.get("/api/v1/lans/UNKNOWNOPD").auth(admin()).send(), 404);
        assertRuleViolation(addDevice(admin(), "UNKNOWNOPD", device("x", "SWITCH")), "G1");
        assertStatus(http.get("/api/v1/lans").auth(operator(other)).header("Accept", "application/json").send(), 200);
        assertStatus(http.get("/api/v1/lans?opd=" + opd).auth(operator(other)).send(), 403);
    }
}
