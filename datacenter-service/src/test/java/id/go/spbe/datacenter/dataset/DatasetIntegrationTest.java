package id.go.spbe.datacenter.dataset;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.DatacenterTestSupport;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D8 over the API: an OPD registers the datasets it stores in the data center with a classification of the
 * profile's levels; every read of a record and every custody action on its system (D7) lands in the owner's access
 * log, which no other OPD sees.
 */
@DatacenterIntegrationTest
class DatasetIntegrationTest {

    static final String TOPIC = "spbe.datacenter.dataset.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    List<String> log(String token, String query) {
        JsonNode items = http.get("/api/v1/dataset-access?" + query + "&size=100").auth(token).send().json()
                .get("items");
        List<String> entries = new ArrayList<>();
        items.forEach(i -> entries.add(i.get("action").asString() + ":" + i.get("allowed").asBoolean() + ":"
                + i.get("actor").asString()));
        return entries;
    }

    @Test
    void d8ADatasetCarriesAProfileClassificationAndEveryReadIsLoggedForItsOwner() {
        String opd = newOpdCode("DINKES");
        String other = newOpdCode("DISDIK");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String app = application(mongo, opd, "SITT");
        String othersApp = application(mongo, other, "DAPODIK");

        assertThat(http.get("/api/v1/datasets/levels").auth(operator(opd)).send().json().get("levels").toString())
                .isEqualTo("[\"BIASA\",\"TERBATAS\",\"RAHASIA\",\"SANGAT_RAHASIA\"]");
        TestHttp.Reply unknownLevel = http.post("/api/v1/datasets").auth(operator(opd)).json(Map.of("name",
                "Pasien TB", "systemKind", "APPLICATION", "systemId", app, "classification", "GEHEIM", "owner",
                "Bidang P2P")).send();
        assertProblem(unknownLevel, 400, "malformed-request");
        assertThat(unknownLevel.text()).contains("classification");
        assertRule(http.post("/api/v1/datasets").auth(operator(opd)).json(Map.of("name", "Siswa",
                "systemKind", "APPLICATION", "systemId", othersApp, "classification", "BIASA", "owner", "x"))
                .send(), "D8");

        TestHttp.Reply registered = http.post("/api/v1/datasets").auth(operator(opd)).json(Map.of("name",
                "Pasien TB", "systemKind", "APPLICATION", "systemId", app, "classification", "RAHASIA", "owner",
                "Bidang P2P", "description", "Rekam pengobatan TB per puskesmas")).send();
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(registered.json().get("systemName").asString()).isEqualTo("SITT");
        published(TOPIC, id, "id.go.spbe.dataset.registered.v1");

        // Reads: the owner's, an auditor's (logged, no consent: D7 binds Dinas's management), Dinas's refused
        // without a consent (logged as refused), then allowed under one (logged with it).
        assertThat(http.get("/api/v1/datasets/" + id).auth(operator(opd)).send().json().get("description")
                .asString()).contains("TB");
        assertThat(http.get("/api/v1/datasets/" + id).auth(auditor()).send().status()).isEqualTo(200);
        TestHttp.Reply refused = http.get("/api/v1/datasets/" + id).auth(admin()).send();
        assertProblem(refused, 403, "forbidden");
        assertThat(refused.json().get("obligation").asString()).isEqualTo("D7");
        String consent = DatacenterTestSupport.consentForDinas(http, clock, opd, "DATASET_ACCESS");
        assertThat(http.get("/api/v1/datasets/" + id).auth(admin()).send().status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/datasets/" + id).auth(operator(other)).send(), 404, "not-found");

        // A custody action on the system holding the dataset is an access to it too.
        String policy = http.post("/api/v1/backup-policies").auth(operator(opd)).json(Map.of("systemKind",
                "APPLICATION", "systemId", app, "frequencyHours", 24, "retentionDays", 30, "rpoHours", 24,
                "offsiteCopy", true)).send().json().get("id").asString();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        assertThat(http.post("/api/v1/backup-policies/" + policy + "/restore-tests").auth(admin()).json(Map.of(
                "testedOn", today.toString(), "durationMinutes", 30, "result", "PASSED")).send().status())
                .isEqualTo(403);

        List<String> entries = log(operator(opd), "datasetId=" + id);
        assertThat(entries).containsExactly("RESTORE_TEST:false:admin.dinas", "READ:true:admin.dinas",
                "DATASET_ACCESS:false:admin.dinas", "READ:true:auditor", "READ:true:operator." + opd.toLowerCase(),
                "REGISTER:true:operator." + opd.toLowerCase());
        JsonNode underConsent = http.get("/api/v1/dataset-access?datasetId=" + id).auth(operator(opd)).send().json()
                .get("items").get(1);
        assertThat(underConsent.get("consentId").asString()).isEqualTo(consent);
        assertThat(log(admin(), "opd=" + opd)).hasSize(6);
        JsonNode page = http.get("/api/v1/dataset-access?opd=" + opd + "&size=2&page=1").auth(operator(opd)).send()
                .json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(6);
        assertThat(page.get("items")).hasSize(2);
        assertThat(http.get("/api/v1/dataset-access?opd=" + opd).auth(operator(other)).send().status())
                .isEqualTo(403);
        assertProblem(http.get("/api/v1/dataset-access?datasetId=" + id).auth(operator(other)).send(), 404,
                "not-found");
        assertThat(log(operator(other), "opd=" + other)).isEmpty();

        // Reclassification is the owner OPD's: If-Match, same level 409, Dinas 403.
        String path = "/api/v1/datasets/" + id + "/reclassify";
        assertProblem(http.post(path).auth(operator(opd)).header("If-Match", "\"99\"").json(Map.of(
                "classification", "TERBATAS", "reason", "x")).send(), 412, "precondition-failed");
        assertProblem(http.post(path).auth(admin()).json(Map.of("classification", "TERBATAS", "reason", "x"))
                .send(), 403, "forbidden");
        TestHttp.Reply reclassified = http.post(path).auth(operator(opd)).header("If-Match",
                registered.header("ETag")).json(Map.of("classification", "TERBATAS", "reason",
                "Data dianonimkan")).send();
        assertThat(reclassified.status()).as(reclassified.text()).isEqualTo(200);
        JsonNode event = published(TOPIC, id, "id.go.spbe.dataset.reclassified.v1");
        assertThat(event.get("data").get("from").asString()).isEqualTo("RAHASIA");
        assertProblem(http.post(path).auth(operator(opd)).json(Map.of("classification", "TERBATAS", "reason", "x"))
                .send(), 409, "state-conflict");
        assertThat(http.get("/api/v1/datasets?opd=" + opd + "&classification=TERBATAS").auth(admin()).send().json()
                .get("totalItems").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/datasets").auth(operator(other)).send().json().get("items").toString())
                .doesNotContain(id);
    }
}
