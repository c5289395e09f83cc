package id.go.spbe.monev.planning;

import id.go.spbe.monev.MonevTestSupport;
import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * G4 over HTTP, profile Kota Bitung: planning documents with period, decree and reviews; the overdue sweep on a
 * {@link MutableClock} (no sleeps) and as the leased platform job, one PlanningReviewOverdue per due date.
 */
@SpbeIntegrationTest
class PlanningDocumentIntegrationTest {

    static final String BASE = "/api/v1/evaluations/planning-documents";
    static final String TOPIC = "spbe.monev.planning.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PlanningDocumentRepository repository;

    @Autowired
    PlanningRules rules;

    @Autowired
    RegionProfile region;

    @Autowired
    ScheduledJobs jobs;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    TestHttp.Reply register(String kind, String title, int start, int end, String decreeDate) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "periodStart", start,
                "periodEnd", end, "decreeNumber", "188.45/" + start + "/" + kind, "decreeDate", decreeDate,
                "documentId", "doc-" + kind.toLowerCase()));
        return http.post(BASE).auth(dinas()).json(body).send();
    }

    @Test
    void dinasRegistersAndReviewsAndTheProfileSetsThePeriod_G4() {
        TestHttp.Reply created = register("RENCANA_INDUK", "Rencana Induk SPBE 2025-2044", 2025, 2044, "2025-04-01");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(body.get("reviewMonths").asInt()).as("BT p7(1): re-evaluated every 5 years").isEqualTo(60);
        assertThat(body.get("nextReviewDue").asString()).isEqualTo("2030-04-01");
        assertThat(body.get("overdue").asBoolean()).isFalse();
        MonevTestSupport.event(TOPIC, id, ".document-registered.v1", "planning-document-registered.v1", d -> true);

        TestHttp.Reply wrongPeriod = register("PETA_RENCANA", "Peta Rencana", 2025, 2027, "2025-04-01");
        assertThat(wrongPeriod.status()).isEqualTo(422);
        assertThat(wrongPeriod.json().get("obligation").asString()).isEqualTo("G4");

        Map<String, Object> review = Map.of("reviewedOn", "2026-03-01", "summary", "Revaluasi: penyelarasan RPJPD",
                "documentId", "doc-revaluasi");
        assertThat(http.post(BASE + "/" + id + "/reviews").auth(dinas()).header("If-Match", "\"42\"").json(review)
                .send().status()).isEqualTo(412);
        TestHttp.Reply reviewed = http.post(BASE + "/" + id + "/reviews").auth(dinas())
                .header("If-Match", created.header("ETag")).json(review).send();
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("nextReviewDue").asString()).isEqualTo("2031-03-01");
        assertThat(reviewed.json().get("reviews").size()).isEqualTo(1);
        MonevTestSupport.event(TOPIC, id, ".review-recorded.v1", "planning-review-recorded.v1", d -> true);
        TestHttp.Reply early = http.post(BASE + "/" + id + "/reviews").auth(dinas())
                .json(Map.of("reviewedOn", "2026-02-01", "summary", "x")).send();
        assertThat(early.status()).isEqualTo(422);

        // Region-wide documents: an operator reads them; the history is for Dinas and the oversight roles.
        assertThat(http.get(BASE + "/" + id).auth(operator("DINKES")).send().status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(BASE + "/" + id + "/history").auth(auditor())
                .send().json().get("entries").size() == 2);
    }

    @Test
    void theSweepFlagsAReviewOnceItIsLateAndOncePerDueDate_G4() {
        // Dates relative to the service's real today, so the real job never finds this one late during the test.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Makassar")); // Bitung: WITA
        LocalDate decree = today.minusMonths(10);
        String id = register("PETA_RENCANA", "Peta Rencana SPBE " + decree.getYear(), decree.getYear(),
                decree.getYear() + 4, decree.toString()).json().get("id").asString();
        LocalDate due = decree.plusMonths(12);
        MutableClock clock = new MutableClock(due.minusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant());
        PlanningDocuments sweep = new PlanningDocuments(repository, mongo, rules, region, clock);

        assertThat(sweep.flagOverdueReviews()).as("not due yet").isZero();
        clock.set(due.plusDays(5).atTime(6, 0).toInstant(ZoneOffset.UTC));
        assertThat(sweep.flagOverdueReviews()).isPositive();
        assertThat(repository.findById(id).orElseThrow().overdueFlaggedFor()).isEqualTo(due);
        JsonNode overdue = MonevTestSupport.event(TOPIC, id, ".review-overdue.v1", "planning-review-overdue.v1",
                d -> true);
        assertThat(overdue.get("data").get("daysOverdue").asLong()).isEqualTo(5);
        Long version = repository.findById(id).orElseThrow().version();
        clock.advance(Duration.ofDays(30));
        sweep.flagOverdueReviews();
        assertThat(repository.findById(id).orElseThrow().version()).as("flagged once per due date").isEqualTo(version);

        // A review recorded today (the service's clock) moves the due date a year on; once that passes, one more flag.
        TestHttp.Reply reviewed = http.post(BASE + "/" + id + "/reviews").auth(dinas())
                .json(Map.of("reviewedOn", today.minusDays(1).toString(), "summary", "Reviu tahunan")).send();
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        LocalDate next = today.minusDays(1).plusMonths(12);
        assertThat(repository.findById(id).orElseThrow().nextReviewDue()).isEqualTo(next);
        clock.set(next.plusDays(2).atTime(6, 0).toInstant(ZoneOffset.UTC));
        sweep.flagOverdueReviews();
        assertThat(repository.findById(id).orElseThrow().overdueFlaggedFor()).isEqualTo(next);
        assertThat(TestKafka.collect(TOPIC, r -> id.equals(r.key()) && r.value().contains(".review-overdue.v1"),
                Duration.ofSeconds(3))).hasSize(2);
    }

    @Test
    void theLeasedJobFlagsWhatIsOverdueOnTheServiceClockAndTheListFiltersIt_G4() {
        String id = register("ARSITEKTUR", "Arsitektur SPBE 2020-2024", 2020, 2024, "2020-01-10").json().get("id")
                .asString();
        assertThat(http.get(BASE + "/" + id).auth(dinas()).send().json().get("overdue").asBoolean())
                .as("BT p8(8): due at mid-term, 2022-07-10").isTrue();
        // The scheduler's own first run (a minute after start) holds the lease for half a period (3 h); the shared test
        // context can be older than that minute, so release the lease as its expiry would.
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(PlanningReviewJob.NAME)),
                "job_leases");
        assertThat(jobs.get(PlanningReviewJob.NAME).runNow()).isTrue();
        PlanningDocument flagged = repository.findById(id).orElseThrow();
        assertThat(flagged.overdueFlaggedFor()).isEqualTo(LocalDate.of(2022, 7, 10));
        jobs.get(PlanningReviewJob.NAME).runNow();
        assertThat(repository.findById(id).orElseThrow().version()).isEqualTo(flagged.version());

        JsonNode overdue = http.get(BASE + "?overdue=true&kind=ARSITEKTUR&size=100").auth(auditor()).send().json();
        assertThat(overdue.get("items").valueStream().map(i -> i.get("id").asString()).toList()).contains(id);
        JsonNode current = http.get(BASE + "?overdue=false&size=100").auth(auditor()).send().json();
        assertThat(current.get("items").valueStream().map(i -> i.get("id").asString()).toList())
                .doesNotContain(id);
        assertThat(http.get(BASE + "/terms").auth(operator("DINKES")).send().json().get("terms")
                .get("ARSITEKTUR").get("reviewMonths").asInt()).isEqualTo(30);
    }
}
