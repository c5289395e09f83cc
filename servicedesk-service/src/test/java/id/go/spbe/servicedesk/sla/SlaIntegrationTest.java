package id.go.spbe.servicedesk.sla;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.ticket.TicketEventsSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * S5 over HTTP and on the scheduler, with the service's clock moved by hand (no sleeps). The default profile is
 * rejang-lebong (WIB); the desk works Monday–Thursday 07:30–16:00 and Friday 07:30–16:30 (application.yml); the
 * default KRITIS policy is 15 min to own, 30 min to first response, 240 min to resolution.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class SlaIntegrationTest {

    static final String T1 = "teknisi.dinkes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    SlaMonitor monitor;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
    }

    String open(Map<String, Object> body) {
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    JsonNode sla(String id) {
        TestHttp.Reply reply = http.get("/api/v1/tickets/" + id + "/sla").auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static JsonNode clockOf(JsonNode sla, String kind) {
        return sla.get("clocks").valueStream().filter(c -> c.get("clock").asString().equals(kind)).findFirst()
                .orElseThrow();
    }

    @Test
    void aTicketNobodyTakesIsWarnedBreachedAndEscalatedOnceEach_S5_S3() {
        clock.set(Instant.parse("2027-01-11T01:00:00Z")); // Monday 08:00 WIB
        String id = open(form("GANGGUAN", "JARINGAN", "TINGGI", "TINGGI")); // KRITIS: 15 min to own

        clock.advance(Duration.ofMinutes(13)); // 80 % of 15 min is 12 min
        monitor.tick();
        JsonNode warning = TicketEventsSupport.published(id, "ticket.sla-warning");
        assertThat(warning.get("clock").asString()).isEqualTo("TIME_TO_OWN");
        assertThat(Instant.parse(warning.get("dueAt").asString())).isEqualTo(Instant.parse("2027-01-11T01:15:00Z"));
        assertThat(http.get("/api/v1/tickets/" + id).auth(operator("DINKES")).send().json().get("tier")
                .asString()).isEqualTo("TIER1");

        clock.advance(Duration.ofMinutes(3));
        monitor.tick();
        monitor.tick(); // repeated ticks (or another replica, or a restart) raise nothing again
        JsonNode breached = TicketEventsSupport.published(id, "ticket.sla-breached");
        assertThat(breached.get("clock").asString()).isEqualTo("TIME_TO_OWN");
        assertThat(Instant.parse(breached.get("breachedAt").asString()))
                .isEqualTo(Instant.parse("2027-01-11T01:15:00Z"));
        assertThat(breached.get("rule").asString())
                .isEqualTo("Kebijakan SLA GANGGUAN × KRITIS v1: waktu pengambilan 15 menit kerja");
        JsonNode escalated = TicketEventsSupport.published(id, "ticket.escalated");
        assertThat(escalated.get("automatic").asBoolean()).isTrue();
        assertThat(escalated.get("escalatedBy").asString()).isEqualTo("system");
        JsonNode ticket = http.get("/api/v1/tickets/" + id).auth(operator("DINKES")).send().json();
        assertThat(ticket.get("tier").asString()).isEqualTo("TIER2");
        assertThat(ticket.get("escalations").get(0).get("reason").asString()).startsWith("Otomatis");

        assertThat(TicketEventsSupport.all(id, "ticket.sla-breached", Duration.ofSeconds(3))).hasSize(1);
        assertThat(TicketEventsSupport.all(id, "ticket.sla-warning", Duration.ofSeconds(1))).hasSize(1);
        assertThat(TicketEventsSupport.all(id, "ticket.escalated", Duration.ofSeconds(1))).hasSize(1);

        JsonNode timeline = sla(id);
        assertThat(clockOf(timeline, "TIME_TO_OWN").get("status").asString()).isEqualTo("BREACHED");
        assertThat(clockOf(timeline, "OLA_TIER1").get("elapsedSeconds").asLong()).isEqualTo(16 * 60);
        assertThat(timeline.get("timeline").valueStream().filter(e -> e.get("kind").asString().equals("BREACH"))
                .map(e -> e.get("rule").asString()))
                .contains("Kebijakan SLA GANGGUAN × KRITIS v1: waktu pengambilan 15 menit kerja");
        assertThat(timeline.get("timeline").valueStream().map(e -> e.get("kind").asString()))
                .contains("START", "WARNING", "BREACH", "ESCALATED");
    }

    @Test
    void aTicketResolvedAfterItsTargetBetweenTwoPassesStillHasItsBreachReported_S5() {
        clock.set(Instant.parse("2027-01-25T01:00:00Z")); // Monday 08:00 WIB
        String id = open(form("GANGGUAN", "JARINGAN", "TINGGI", "TINGGI")); // KRITIS: resolution 240 min
        http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", T1)).send();
        clock.set(Instant.parse("2027-01-25T06:00:00Z")); // 13:00 WIB: 5 business hours later
        assertThat(http.post("/api/v1/tickets/" + id + "/resolve").auth(tier1("DINKES", T1))
                .json(Map.of("resolutionNote", "Kabel diganti")).send().status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        monitor.tick();
        JsonNode breached = TicketEventsSupport.published(id, "ticket.sla-breached", "\"clock\":\"RESOLUTION\"");
        // 240 business minutes from 08:00 WIB
        assertThat(Instant.parse(breached.get("breachedAt").asString()))
                .isEqualTo(Instant.parse("2027-01-25T05:00:00Z"));
        assertThat(clockOf(sla(id), "RESOLUTION").get("status").asString()).isEqualTo("BREACHED");
    }

    @Test
    void theQueueRowsCarryTheSlaStateAndNextDueOfTheSlaEndpoint_S5() {
        clock.set(Instant.parse("2031-03-03T01:00:00Z")); // Monday 08:00 WIB, later than every other test's tickets
        String fresh = open(form("GANGGUAN", "JARINGAN", "TINGGI", "TINGGI")); // KRITIS: 15 min to own
        String waiting = open(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG"));
        http.post("/api/v1/tickets/" + waiting + "/take").auth(tier1("DINKES", T1)).send();
        assertThat(http.post("/api/v1/tickets/" + waiting + "/request-information").auth(tier1("DINKES", T1))
                .json(Map.of("question", "Nomor inventaris printer?")).send().status()).isEqualTo(200);

        TestHttp.Reply reply = http.get("/api/v1/tickets?sort=openedAt,desc&size=10").auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode freshRow = rowOf(reply.json(), fresh);
        assertThat(freshRow.get("slaState").asString()).isEqualTo("ON_TRACK");
        // the earliest running clock: 15 min to own, the same instant the SLA endpoint gives
        assertThat(Instant.parse(freshRow.get("nextDueAt").asString()))
                .isEqualTo(Instant.parse("2031-03-03T01:15:00Z"))
                .isEqualTo(Instant.parse(clockOf(sla(fresh), "TIME_TO_OWN").get("dueAt").asString()));
        JsonNode waitingRow = rowOf(reply.json(), waiting);
        assertThat(waitingRow.get("slaState").asString()).isEqualTo("PAUSED");
        assertThat(waitingRow.get("nextDueAt").isNull()).isTrue();

        clock.advance(Duration.ofMinutes(13)); // past 80 % of the 15 min to own
        JsonNode later = http.get("/api/v1/tickets?sort=openedAt,desc&size=10").auth(operator("DINKES")).send()
                .json();
        assertThat(rowOf(later, fresh).get("slaState").asString()).isEqualTo("WARNING");
    }

    static JsonNode rowOf(JsonNode page, String id) {
        return page.get("items").valueStream().filter(r -> r.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + page));
    }

    @Test
    void theTimelineCountsInTheRegionsTimeZoneAndSkipsANationalHoliday_S5() {
        clock.set(Instant.parse("2027-01-04T08:00:00Z")); // Monday 15:00 WIB; Tuesday 2027-01-05 is Isra Mikraj
        String id = open(form("GANGGUAN", "JARINGAN", "TINGGI", "TINGGI"));
        http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", T1)).send();
        JsonNode sla = sla(id);
        assertThat(sla.get("timeZone").asString()).isEqualTo("Asia/Jakarta");
        // 240 min: Monday 15:00–16:00 (1 h), Tuesday is a holiday, Wednesday 07:30 + 3 h = 10:30 WIB
        assertThat(Instant.parse(clockOf(sla, "RESOLUTION").get("dueAt").asString()))
                .isEqualTo(Instant.parse("2027-01-06T03:30:00Z"));
        JsonNode gap = sla.get("timeline").valueStream().filter(e -> e.get("kind").asString()
                .equals("CALENDAR_GAP")).findFirst().orElseThrow();
        assertThat(gap.get("description").asString()).contains("Isra Mikraj");
        assertThat(Instant.parse(gap.get("at").asString())).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(Instant.parse(gap.get("until").asString())).isEqualTo(Instant.parse("2027-01-06T00:30:00Z"));
    }

    @Test
    void waitingPausesAndARaisedPriorityIsAppliedRetroactivelyKeepingThePause_S5() {
        clock.set(Instant.parse("2027-01-18T01:00:00Z")); // Monday 08:00 WIB
        String id = open(form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG"));
        clock.advance(Duration.ofMinutes(10));
        http.post("/api/v1/tickets/" + id + "/take").auth(tier1("DINKES", T1)).send();
        clock.set(Instant.parse("2027-01-18T03:00:00Z")); // 10:00 WIB
        assertThat(http.post("/api/v1/tickets/" + id + "/request-information").auth(tier1("DINKES", T1))
                .json(Map.of("question", "Nomor inventaris printer?")).send().status()).isEqualTo(200);
        assertThat(clockOf(sla(id), "RESOLUTION").get("status").asString()).isEqualTo("PAUSED");
        clock.set(Instant.parse("2027-01-19T02:00:00Z")); // Tuesday 09:00 WIB: the requester answers
        http.post("/api/v1/tickets/" + id + "/comments").auth(operator("DINKES"))
                .json(Map.of("text", "INV-2019-044")).send();
        clock.set(Instant.parse("2027-01-19T03:00:00Z")); // 10:00 WIB: it turns out to block the counter
        TestHttp.Reply raised = http.post("/api/v1/tickets/" + id + "/reprioritize").auth(tier1("DINKES", T1))
                .json(Map.of("impact", "TINGGI", "urgency", "TINGGI", "reason", "Loket pelayanan terhenti")).send();
        assertThat(raised.json().get("priority").asString()).isEqualTo("KRITIS");
        TicketEventsSupport.published(id, "ticket.reprioritized");

        // 2 h before the pause + 1 h after it = 3 h of 4 h; the pause (Monday 10:00–16:00 and Tuesday 07:30–09:00,
        // 7.5 business hours) is kept, so the ticket is due Tuesday 11:00 WIB and not breached.
        JsonNode resolution = clockOf(sla(id), "RESOLUTION");
        assertThat(resolution.get("status").asString()).isEqualTo("RUNNING");
        assertThat(resolution.get("targetSeconds").asLong()).isEqualTo(240 * 60);
        assertThat(resolution.get("elapsedSeconds").asLong()).isEqualTo(3 * 3600);
        assertThat(resolution.get("pausedSeconds").asLong()).isEqualTo(7 * 3600 + 1800);
        assertThat(Instant.parse(resolution.get("dueAt").asString())).isEqualTo(Instant.parse("2027-01-19T04:00:00Z"));
        assertThat(sla(id).get("timeline").valueStream().map(e -> e.get("kind").asString()))
                .contains("PAUSE", "RESUME", "PRIORITY_CHANGED");
    }

    @Test
    void dinasKeepsTheCalendarAndAnEditedDayMovesTheDueInstant_S5() {
        clock.set(Instant.parse("2027-02-01T08:00:00Z")); // Monday 15:00 WIB
        String id = open(form("GANGGUAN", "JARINGAN", "TINGGI", "TINGGI"));
        // 240 min: Monday 15:00–16:00, Tuesday 07:30 + 3 h = 10:30 WIB
        assertThat(Instant.parse(clockOf(sla(id), "RESOLUTION").get("dueAt").asString()))
                .isEqualTo(Instant.parse("2027-02-02T03:30:00Z"));

        Map<String, Object> day = Map.of("name", "Hari Jadi Kabupaten", "kind", "LIBUR_DAERAH");
        assertThat(http.put("/api/v1/business-calendar/days/2027-02-02").auth(operator("DINKES")).json(day).send()
                .status()).isEqualTo(403);
        TestHttp.Reply put = http.put("/api/v1/business-calendar/days/2027-02-02").auth(admin()).json(day).send();
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(Instant.parse(clockOf(sla(id), "RESOLUTION").get("dueAt").asString()))
                .isEqualTo(Instant.parse("2027-02-03T03:30:00Z"));

        JsonNode changed = TicketEventsSupport.publishedOn("spbe.servicedesk.business-calendar.v1",
                "Hari Jadi Kabupaten", "business-calendar-day-changed.v1");
        assertThat(changed.get("changedBy").asString()).isEqualTo("admin.dinas");
        assertThat(http.delete("/api/v1/business-calendar/days/2027-02-02").auth(admin())
                .header("If-Match", "\"99\"").send().status()).isEqualTo(412);
        TestHttp.Reply removed = http.delete("/api/v1/business-calendar/days/2027-02-02").auth(admin())
                .header("If-Match", put.header("ETag")).send();
        assertThat(removed.json().get("removed").asBoolean()).isTrue();
        assertThat(Instant.parse(clockOf(sla(id), "RESOLUTION").get("dueAt").asString()))
                .isEqualTo(Instant.parse("2027-02-02T03:30:00Z"));

        JsonNode seeded = http.get("/api/v1/business-calendar/days?year=2026&size=100").auth(operator("DINKES"))
                .send().json();
        assertThat(seeded.get("items").valueStream().filter(d -> d.get("date").asString().equals("2026-12-24"))
                .findFirst().orElseThrow().get("kind").asString()).isEqualTo("CUTI_BERSAMA");
        JsonNode calendar = http.get("/api/v1/business-calendar").auth(operator("DINKES")).send().json();
        assertThat(calendar.get("timeZone").asString()).isEqualTo("Asia/Jakarta");
        assertThat(calendar.get("workingHours").get("FRIDAY").asString()).isEqualTo("07:30-16:30");
        assertThat(http.put("/api/v1/business-calendar/days/2027-13-45").auth(admin()).json(day).send().status())
                .isEqualTo(400);
        assertThat(http.put("/api/v1/business-calendar/days/2027-02-09").auth(admin())
                .json(Map.of("name", "x", "kind", "LIBUR_SESUKA")).send().status()).isEqualTo(400);
    }

    @Test
    void dinasRevisesAPolicyAsANewVersion_S5() {
        TestHttp.Reply current = http.get("/api/v1/sla-policies/PERMINTAAN/RENDAH").auth(operator("DINKES")).send();
        assertThat(current.status()).isEqualTo(200);
        int versions = current.json().get("versions").size();
        Map<String, Object> revision = Map.of("timeToOwnMinutes", 120, "firstResponseMinutes", 240,
                "resolutionMinutes", 1800, "reason", "Penyesuaian jumlah teknisi");
        assertThat(http.put("/api/v1/sla-policies/PERMINTAAN/RENDAH").auth(operator("DINKES")).json(revision)
                .send().status()).isEqualTo(403);
        TestHttp.Reply inverted = http.put("/api/v1/sla-policies/PERMINTAAN/RENDAH").auth(admin())
                .json(Map.of("timeToOwnMinutes", 3000, "firstResponseMinutes", 240, "resolutionMinutes", 1800,
                        "reason", "salah ketik")).send();
        assertThat(inverted.status()).isEqualTo(422);
        assertThat(inverted.json().get("obligation").asString()).isEqualTo("S5");
        TestHttp.Reply noReason = http.put("/api/v1/sla-policies/PERMINTAAN/RENDAH").auth(admin())
                .json(Map.of("timeToOwnMinutes", 60, "firstResponseMinutes", 240, "resolutionMinutes", 1800))
                .send();
        assertThat(noReason.json().get("obligation").asString()).isEqualTo("S5");
        TestHttp.Reply revised = http.put("/api/v1/sla-policies/PERMINTAAN/RENDAH").auth(admin())
                .header("If-Match", current.header("ETag")).json(revision).send();
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("versions").size()).isEqualTo(versions + 1);
        assertThat(revised.json().get("current").get("resolutionMinutes").asInt()).isEqualTo(1800);
        assertThat(revised.json().get("current").get("changedBy").asString()).isEqualTo("admin.dinas");
        assertThat(http.put("/api/v1/sla-policies/PERMINTAAN/RENDAH").auth(admin())
                .header("If-Match", current.header("ETag")).json(revision).send().status()).isEqualTo(412);

        var record = TestKafka.await("spbe.servicedesk.sla-policy.v1",
                r -> r.value().contains("Penyesuaian jumlah teknisi"), Duration.ofSeconds(30));
        JsonNode data = JsonMapper.builder().build().readTree(record.value()).get("data");
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service", "sla-policy-revised.v1"),
                data.toString());
        assertThat(http.get("/api/v1/sla-policies").auth(operator("DINKES")).send().json().size()).isEqualTo(20);
        JsonNode history = http.get("/api/v1/sla-policies/PERMINTAAN/RENDAH/history").auth(operator("DINKES"))
                .send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).isEqualTo(versions + 1);
        assertThat(history.get("entries").get(versions).get("actor").asString()).isEqualTo("admin.dinas");
    }
}
