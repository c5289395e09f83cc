package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/** D4 retirement reminders: VpsExpiring once per expiry date, on the service's clock, again after a renewal. */
@DatacenterIntegrationTest
class VpsExpiryIntegrationTest {

    static final String TOPIC = "spbe.datacenter.vps.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    VpsExpiryReminders reminders;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    List<JsonNode> reminders(String vps) {
        return TestKafka.collect(TOPIC, r -> vps.equals(r.key()) && r.value().contains("id.go.spbe.vps.expiring.v1"),
                Duration.ofSeconds(2)).stream().map(r -> JSON.readTree(r.value())).toList();
    }

    @Test
    void d4TheOpdIsRemindedOncePerExpiryDateAndAgainAfterARenewal() {
        String opd = newOpdCode("DISPAR");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIWISATA");
        String vps = http.post("/api/v1/vps-requests").auth(operator(opd)).json(Map.of("applicationId", app,
                "vcpu", 1, "ramGib", 2, "diskGib", 20, "osImage", "rocky-9", "purpose", "Portal wisata",
                "termMonths", 3)).send().json().get("id").asString();
        http.post("/api/v1/vps-requests/" + vps + "/approve").auth(admin()).json(Map.of("dataCenter", MAIN)).send();
        http.post("/api/v1/vps-requests/" + vps + "/provision").auth(admin()).json(Map.of("hostname",
                "wisata-" + opd.toLowerCase() + ".vps", "ipAddress", "10.60." + (vps.hashCode() & 0x7f) + ".8",
                "handover", Map.of("handedTo", "Rina", "method", "SSH_PUBLIC_KEY"))).send();
        JsonNode active = http.post("/api/v1/vps-requests/" + vps + "/activate").auth(operator(opd)).send().json();
        LocalDate expiresOn = LocalDate.parse(active.get("expiresOn").asString());

        reminders.remind();
        assertThat(reminders(vps)).as("three months ahead: not yet").isEmpty();

        ZoneId wib = ZoneId.of("Asia/Jakarta");
        while (LocalDate.ofInstant(clock.instant(), wib).isBefore(expiresOn.minusDays(30))) {
            clock.advance(Duration.ofDays(1));
        }
        reminders.remind();
        reminders.remind();
        assertThat(reminders.job().runNow()).isTrue();
        JsonNode reminder = published(TOPIC, vps, "id.go.spbe.vps.expiring.v1");
        assertThat(reminder.get("data").get("expiresOn").asString()).isEqualTo(expiresOn.toString());
        assertThat(reminder.get("data").get("daysLeft").asLong()).isEqualTo(30);
        assertThat(reminders(vps)).hasSize(1);

        LocalDate renewedTo = expiresOn.plusMonths(6);
        assertThat(http.post("/api/v1/vps-requests/" + vps + "/renew").auth(operator(opd))
                .json(Map.of("until", renewedTo.toString())).send().status()).isEqualTo(200);
        reminders.remind();
        assertThat(reminders(vps)).as("the new date is months away").hasSize(1);
        while (LocalDate.ofInstant(clock.instant(), wib).isBefore(renewedTo.minusDays(30))) {
            clock.advance(Duration.ofDays(1));
        }
        reminders.remind();
        List<JsonNode> all = reminders(vps);
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("data").get("expiresOn").asString()).isEqualTo(renewedTo.toString());
    }
}
