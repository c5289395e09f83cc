package id.go.spbe.servicedesk.alerts;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.ticket.TicketEventsSupport;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.registeredApplication;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Automatic tickets from other services' events (S1, S2, D3, D6, N5, N6, AU7–AU9), end to end over the real broker:
 * the producers' own sample events (copied to {@code resources/events/producers}, given fresh ids, checked against
 * the producer's schema file) are published as the producers publish them, and the tickets are read over HTTP.
 * The profile is rejang-lebong (TIERED); DINKES has a Tier 1 roster, DISHUB none.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class AutomaticTicketsIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String T1 = "teknisi.dinkes";
    /** The desk's clock during these tests: later than every sample's occurredAt, so the two cannot be confused. */
    static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    AlertReplay replay;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
        clock.set(NOW);
    }

    @Test
    void serviceDownOpensOneIncidentForTheOwnerOpdAndServiceUpResolvesItWithTheOutageLength_S1_S2_D3() {
        String monitor = UUID.randomUUID().toString();
        String outage = UUID.randomUUID().toString();
        ObjectNode down = sample("datacenter-service", "service-down.v1",
                Map.of("monitorId", monitor, "outageId", outage));
        String downEnvelope = publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1",
                monitor, down);

        String id = awaitTicket(monitor);
        JsonNode ticket = ticket(id);
        assertThat(ticket.get("type").asString()).isEqualTo("GANGGUAN");
        assertThat(ticket.get("category").asString()).isEqualTo("INFRASTRUKTUR");
        assertThat(ticket.get("priority").asString()).isEqualTo("TINGGI"); // impact SEDANG × urgency TINGGI
        assertThat(ticket.get("requesterOpd").asString()).isEqualTo("DINKES");
        assertThat(ticket.get("tier").asString()).isEqualTo("TIER1");
        assertThat(ticket.get("channel").asString()).isEqualTo("EVENT");
        assertThat(ticket.get("requester").asString()).isEqualTo("system");
        assertThat(ticket.get("title").asString()).isEqualTo("Layanan SIMPUS web tidak dapat diakses");
        // Opened at the desk's clock; the event's own time is kept in the source.
        assertThat(Instant.parse(ticket.get("openedAt").asString())).isEqualTo(NOW);
        JsonNode source = ticket.get("source");
        assertThat(source.get("service").asString()).isEqualTo("datacenter-service");
        assertThat(source.get("eventType").asString()).isEqualTo("id.go.spbe.service.down.v1");
        assertThat(source.get("subjectType").asString()).isEqualTo("monitor");
        assertThat(source.get("subjectId").asString()).isEqualTo(monitor);
        assertThat(source.get("eventId").asString()).isEqualTo(down.get("eventId").asString());
        assertThat(Instant.parse(source.get("eventTime").asString())).isEqualTo(Instant.parse("2026-12-01T03:02:00Z"));
        assertThat(TicketEventsSupport.published(id, "ticket.opened").get("channel").asString()).isEqualTo("EVENT");
        JsonNode fromDatacenter = http.get("/api/v1/tickets?source=datacenter-service&size=200")
                .auth(tier1("DINKES", T1)).send().json();
        assertThat(fromDatacenter.get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
        assertThat(fromDatacenter.get("items").valueStream().map(i -> i.get("sourceService").asString()))
                .containsOnly("datacenter-service");

        // The same event redelivered while the ticket is open: nothing new.
        TestKafka.send("spbe.datacenter.uptime.v1", monitor, downEnvelope);

        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.up.v1", monitor,
                sample("datacenter-service", "service-up.v1", Map.of("monitorId", monitor, "outageId", outage)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
        JsonNode resolved = ticket(id);
        assertThat(resolved.get("resolution").get("by").asString()).isEqualTo("system");
        assertThat(resolved.get("resolution").get("note").asString())
                .contains("pulih pada 2026-12-01T03:10:00Z", "lama gangguan 10 menit");
        assertThat(ticketsOf(monitor)).hasSize(1);
        assertThat(comments(id)).isEmpty();
        TicketEventsSupport.published(id, "ticket.resolved");

        // Redelivered again after the ticket was resolved, by a consumer that crashed before writing its inbox
        // marker: the ticket remembers the event, so no second ticket for the finished outage.
        mongo.remove(Query.query(Criteria.where("_id").is("servicedesk-alerts-datacenter:"
                + down.get("eventId").asString())), "processed_events");
        TestKafka.send("spbe.datacenter.uptime.v1", monitor, downEnvelope);
        // The next outage of the same service is a new incident: the first one's ticket is finished. Same key, same
        // partition: once its ticket exists, the redelivery before it has been handled.
        String nextOutage = UUID.randomUUID().toString();
        ObjectNode nextDown = sample("datacenter-service", "service-down.v1",
                Map.of("monitorId", monitor, "outageId", nextOutage));
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", monitor, nextDown);
        Query next = Query.query(Criteria.where("sourceCauses").is("outage:" + nextOutage));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(next, "tickets"));
        assertThat(mongo.findOne(next, Document.class, "tickets").get("source", Document.class).getString("eventId"))
                .as("the next outage opened its own ticket").isEqualTo(nextDown.get("eventId").asString());
        assertThat(ticketsOf(monitor)).hasSize(2);
        assertThat(ticket(id).get("status").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void aSecondAlarmForTheSameSubjectWhileItsTicketIsOpenAddsACommentAndASuccessfulBackupResolvesIt_D6() {
        String policy = "vps-" + UUID.randomUUID();
        publish("datacenter-service", "spbe.datacenter.backup.v1", "id.go.spbe.backup.overdue.v1", policy,
                sample("datacenter-service", "backup-overdue.v1", Map.of("policyId", policy)));
        String id = awaitTicket(policy);
        JsonNode missed = ticket(id);
        assertThat(missed.get("type").asString()).isEqualTo("GANGGUAN");
        assertThat(missed.get("priority").asString()).isEqualTo("SEDANG"); // MISSED once: SEDANG × SEDANG
        assertThat(missed.get("title").asString()).isEqualTo("Pencadangan SIMPUS terlewat");

        publish("datacenter-service", "spbe.datacenter.backup.v1", "id.go.spbe.backup.overdue.v1", policy,
                sample("datacenter-service", "backup-overdue.v1.failed", Map.of("policyId", policy)));
        await().atMost(Duration.ofSeconds(30)).until(() -> comments(id).size() == 1);
        assertThat(comments(id).get(0).get("text").asString()).startsWith("Pencadangan SIMPUS kembali gagal.");
        assertThat(comments(id).get(0).get("author").asString()).isEqualTo("system");
        assertThat(ticketsOf(policy)).hasSize(1);

        publish("datacenter-service", "spbe.datacenter.backup.v1", "id.go.spbe.backup-run.reported.v1", policy,
                sample("datacenter-service", "backup-run-reported.v1", Map.of("policyId", policy)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
        assertThat(ticket(id).get("resolution").get("note").asString()).startsWith("Pencadangan berhasil kembali");
    }

    @Test
    void serviceUpNeverResolvesATicketAPersonReopenedOrClosed_D3() {
        // Reopened by a person: the recovery is only a comment.
        String monitor = UUID.randomUUID().toString();
        String outage = UUID.randomUUID().toString();
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", monitor,
                sample("datacenter-service", "service-down.v1", Map.of("monitorId", monitor, "outageId", outage)));
        String id = awaitTicket(monitor);
        step(id, "take", null);
        step(id, "resolve", Map.of("resolutionNote", "Server dinyalakan ulang"));
        step(id, "reopen", Map.of("reason", "Masih lambat"));
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.up.v1", monitor,
                sample("datacenter-service", "service-up.v1", Map.of("monitorId", monitor, "outageId", outage)));
        await().atMost(Duration.ofSeconds(30)).until(() -> comments(id).size() == 1);
        assertThat(comments(id).get(0).get("text").asString()).contains("lama gangguan 10 menit");
        assertThat(ticket(id).get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(ticket(id).get("assignee").asString()).isEqualTo(T1);

        // Closed by a person: nothing changes (a closed ticket takes no comment).
        String other = UUID.randomUUID().toString();
        String otherOutage = UUID.randomUUID().toString();
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", other,
                sample("datacenter-service", "service-down.v1", Map.of("monitorId", other, "outageId", otherOutage)));
        String closed = awaitTicket(other);
        step(closed, "take", null);
        step(closed, "resolve", Map.of("resolutionNote", "Dialihkan ke server cadangan"));
        step(closed, "close", null);
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.up.v1", other,
                sample("datacenter-service", "service-up.v1", Map.of("monitorId", other, "outageId", otherOutage)));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is(closed).and("sourceEvents.1").exists(true)), "tickets"));
        assertThat(ticket(closed).get("status").asString()).isEqualTo("CLOSED");
        assertThat(ticket(closed).get("resolution").get("by").asString()).isEqualTo(T1);
        assertThat(comments(closed)).isEmpty();
    }

    @Test
    void aRecoveryThatArrivesBeforeItsOutageLeavesOneTicketAlreadyResolved_D3() {
        String monitor = UUID.randomUUID().toString();
        String outage = UUID.randomUUID().toString();
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.up.v1", monitor,
                sample("datacenter-service", "service-up.v1", Map.of("monitorId", monitor, "outageId", outage)));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is("outage:" + outage)), "alert_cleared_causes"));
        assertThat(ticketsOf(monitor)).isEmpty();

        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", monitor,
                sample("datacenter-service", "service-down.v1", Map.of("monitorId", monitor, "outageId", outage)));
        String id = awaitTicket(monitor);
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
        assertThat(ticket(id).get("resolution").get("note").asString()).contains("lama gangguan 10 menit");
        assertThat(ticketsOf(monitor)).hasSize(1);
    }

    @Test
    void restoreTestFailureIsAProblemAndVpsExpiryARequestLinkedToItsApplication_D4_D6() {
        String policy = "vps-" + UUID.randomUUID();
        publish("datacenter-service", "spbe.datacenter.backup.v1", "id.go.spbe.restore-test.failed.v1", policy,
                sample("datacenter-service", "restore-test-failed.v1", Map.of("policyId", policy)));
        JsonNode restore = ticket(awaitTicket(policy));
        assertThat(restore.get("type").asString()).isEqualTo("MASALAH");
        assertThat(restore.get("priority").asString()).isEqualTo("TINGGI"); // TINGGI × SEDANG
        assertThat(restore.get("source").get("subjectType").asString()).isEqualTo("restore-test");

        String appId = registeredApplication(mongo, "SIMPUS", "DINKES");
        String vps = UUID.randomUUID().toString();
        publish("datacenter-service", "spbe.datacenter.vps.v1", "id.go.spbe.vps.expiring.v1", vps,
                sample("datacenter-service", "vps-expiring.v1", Map.of("vpsId", vps, "applicationId", appId)));
        String id = awaitTicket(vps);
        JsonNode expiring = ticket(id);
        assertThat(expiring.get("type").asString()).isEqualTo("PERMINTAAN");
        assertThat(expiring.get("priority").asString()).isEqualTo("SEDANG"); // 29 days left: SEDANG × SEDANG
        assertThat(expiring.get("affectedApplication").get("id").asString()).isEqualTo(appId);
        assertThat(expiring.get("source").get("dueDate").asString()).isEqualTo("2027-11-30");

        publish("datacenter-service", "spbe.datacenter.vps.v1", "id.go.spbe.vps.renewed.v1", vps,
                sample("datacenter-service", "vps-renewed.v1", Map.of("vpsId", vps)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
        assertThat(ticket(id).get("resolution").get("note").asString()).contains("diperpanjang sampai 2028-06-30");
    }

    @Test
    void networkAlarmsBecomeRequestsAndProblemsOfTheOpdAndAnOpdWithoutTier1GoesToTier2_N5_N6_S2() {
        String task = "2027-DISHUB-" + UUID.randomUUID();
        publish("network-service", "spbe.network.lan-diagram.v1", "id.go.spbe.lan-diagram.overdue.v1", task,
                sample("network-service", "lan-diagram-overdue.v1", Map.of("taskId", task, "opdCode", "DISHUB")));
        String diagram = awaitTicket(task);
        JsonNode overdue = ticket(diagram);
        assertThat(overdue.get("type").asString()).isEqualTo("PERMINTAAN");
        assertThat(overdue.get("category").asString()).isEqualTo("JARINGAN");
        assertThat(overdue.get("priority").asString()).isEqualTo("RENDAH");
        assertThat(overdue.get("requesterOpd").asString()).isEqualTo("DISHUB");
        assertThat(overdue.get("tier").asString()).isEqualTo("TIER2");
        assertThat(overdue.get("routingReason").asString()).startsWith("S2:");
        publish("network-service", "spbe.network.lan-diagram.v1", "id.go.spbe.lan-diagram.accepted.v1", task,
                sample("network-service", "lan-diagram-accepted.v1", Map.of("taskId", task, "opdCode", "DISHUB")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "RESOLVED".equals(ticket(diagram).get("status").asString()));

        String inspection = UUID.randomUUID().toString();
        String finding = UUID.randomUUID().toString();
        publish("network-service", "spbe.network.inspection.v1", "id.go.spbe.inspection.finding-opened.v1",
                inspection, sample("network-service", "inspection-finding-opened.v1",
                        Map.of("inspectionId", inspection, "findingId", finding)));
        String id = awaitTicket(finding);
        JsonNode problem = ticket(id);
        assertThat(problem.get("type").asString()).isEqualTo("MASALAH");
        // HIGH severity → impact TINGGI; due 2027-03-03, 92 days after the desk's clock → urgency RENDAH.
        assertThat(problem.get("priority").asString()).isEqualTo("SEDANG");
        assertThat(problem.get("title").asString()).isEqualTo("Temuan inspeksi LAN: Firewall tanpa pembaruan");
        publish("network-service", "spbe.network.inspection.v1", "id.go.spbe.inspection.finding-resolved.v1",
                inspection, sample("network-service", "inspection-finding-resolved.v1",
                        Map.of("inspectionId", inspection, "findingId", finding)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
    }

    @Test
    void auditFindingsBecomeProblemsWithSeverityAndDueDateAndCertificatesExpiringRequests_AU7_AU8_AU9() {
        String finding = UUID.randomUUID().toString();
        ObjectNode opened = sample("audit-service", "finding-opened.v1", Map.of("findingId", finding));
        String envelope = publish("audit-service", "spbe.audit.finding.v1", "id.go.spbe.finding.opened.v1", finding,
                opened);
        String id = awaitTicket(finding);
        JsonNode problem = ticket(id);
        assertThat(problem.get("type").asString()).isEqualTo("MASALAH");
        assertThat(problem.get("category").asString()).isEqualTo("APLIKASI");
        assertThat(problem.get("impact").asString()).isEqualTo("TINGGI"); // severity HIGH
        assertThat(problem.get("urgency").asString()).isEqualTo("RENDAH"); // due 2027-06-30, > 30 days away
        assertThat(problem.get("source").get("dueDate").asString()).isEqualTo("2027-06-30");
        assertThat(problem.get("description").asString()).contains("keparahan HIGH", "batas tindak lanjut 2027-06-30");

        TestKafka.send("spbe.audit.finding.v1", finding, envelope); // redelivered
        publish("audit-service", "spbe.audit.finding.v1", "id.go.spbe.finding.closed.v1", finding,
                sample("audit-service", "finding-closed.v1", Map.of("findingId", finding)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
        assertThat(ticketsOf(finding)).hasSize(1);
        assertThat(comments(id)).isEmpty();

        String certificate = UUID.randomUUID().toString();
        publish("audit-service", "spbe.audit.certificate.v1", "id.go.spbe.certificate.expiring.v1", certificate,
                sample("audit-service", "certificate-expiring.v1", Map.of("certificateId", certificate)));
        String cert = awaitTicket(certificate);
        JsonNode request = ticket(cert);
        assertThat(request.get("type").asString()).isEqualTo("PERMINTAAN");
        assertThat(request.get("category").asString()).isEqualTo("AKUN_DAN_AKSES");
        assertThat(request.get("priority").asString()).isEqualTo("SEDANG"); // 29 days left
        assertThat(request.get("source").get("dueDate").asString()).isEqualTo("2027-12-31");
        // The next threshold's reminder while the request is open: a comment, not a second ticket.
        publish("audit-service", "spbe.audit.certificate.v1", "id.go.spbe.certificate.expiring.v1", certificate,
                sample("audit-service", "certificate-expiring.v1",
                        Map.of("certificateId", certificate, "thresholdDays", 7, "daysLeft", 6)));
        await().atMost(Duration.ofSeconds(30)).until(() -> comments(cert).size() == 1);
        assertThat(ticketsOf(certificate)).hasSize(1);
    }

    @Test
    void securityAssessmentFindingsBecomeProblemsNotSecurityIncidentsAndResolvingClearsThem_AU8() {
        String assessment = UUID.randomUUID().toString();
        String finding = UUID.randomUUID().toString();
        ObjectNode opened = sample("audit-service", "security-assessment-finding-opened.v1",
                Map.of("assessmentId", assessment, "findingId", finding));
        String envelope = publish("audit-service", "spbe.audit.assessment.v1",
                "id.go.spbe.security-assessment.finding-opened.v1", assessment, opened);
        String id = awaitTicket(finding);
        JsonNode problem = ticket(id);
        assertThat(problem.get("type").asString()).isEqualTo("MASALAH");
        // a vulnerability assessment's finding is remediation of a system, not an S8 incident (KEAMANAN, KRITIS,
        // evidence checklist)
        assertThat(problem.get("category").asString()).isEqualTo("INFRASTRUKTUR");
        assertThat(problem.get("evidenceChecklist")).isEmpty();
        assertThat(problem.get("requesterOpd").asString()).isEqualTo("DINKES");
        assertThat(problem.get("impact").asString()).isEqualTo("TINGGI"); // severity HIGH
        assertThat(problem.get("priority").asString()).isEqualTo("SEDANG"); // due 2027-01-31, > 30 days away
        assertThat(problem.get("title").asString()).isEqualTo("Temuan asesmen keamanan: TLS 1.0 masih aktif");
        assertThat(problem.get("source").get("eventType").asString())
                .isEqualTo("id.go.spbe.security-assessment.finding-opened.v1");
        assertThat(problem.get("source").get("dueDate").asString()).isEqualTo("2027-01-31");

        TestKafka.send("spbe.audit.assessment.v1", assessment, envelope); // redelivered
        publish("audit-service", "spbe.audit.assessment.v1", "id.go.spbe.security-assessment.finding-resolved.v1",
                assessment, sample("audit-service", "security-assessment-finding-resolved.v1",
                        Map.of("assessmentId", assessment, "findingId", finding)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(ticket(id).get("status").asString()));
        assertThat(ticketsOf(finding)).hasSize(1);
    }

    @Test
    void aReplayedAlarmWhoseCauseClearedInTheReplayOpensNothing_aStandingOneOpensAfterTheHold_aLiveOneAtOnce_D3() {
        // weeks after the samples' time: the desk reads the uptime topic from its start (first deployment)
        Instant replayAt = Instant.parse("2027-06-01T04:00:00Z");
        clock.set(replayAt);
        String over = UUID.randomUUID().toString();
        String overOutage = UUID.randomUUID().toString();
        String standing = UUID.randomUUID().toString();
        ObjectNode standingDown = sample("datacenter-service", "service-down.v1",
                Map.of("monitorId", standing, "outageId", UUID.randomUUID().toString()));
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", over,
                sample("datacenter-service", "service-down.v1", Map.of("monitorId", over, "outageId", overOutage)));
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", standing,
                standingDown);
        ObjectNode up = sample("datacenter-service", "service-up.v1", Map.of("monitorId", over, "outageId",
                overOutage));
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.up.v1", over, up);

        Query standingHeld = Query.query(Criteria.where("_id").is(standingDown.get("eventId").asString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(standingHeld, "alert_held")
                && mongo.exists(Query.query(Criteria.where("eventId").is(up.get("eventId").asString())),
                        "alert_cleared_causes"));
        // the outage that ended within the replay: no ticket, nothing held, nobody told
        assertThat(ticketsOf(over)).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("cause").is("outage:" + overOutage)), "alert_held"))
                .isFalse();
        // the standing one waits out the hold for a clearing, then opens — nothing read is lost
        assertThat(ticketsOf(standing)).isEmpty();
        assertThat(replay.promoteDue()).isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(replay.promoteDue()).isEqualTo(1);
        String id = awaitTicket(standing);
        JsonNode ticket = ticket(id);
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(Instant.parse(ticket.get("openedAt").asString())).isEqualTo(replayAt.plus(Duration.ofMinutes(10)));
        assertThat(Instant.parse(ticket.get("source").get("eventTime").asString()))
                .isEqualTo(Instant.parse("2026-12-01T03:02:00Z"));
        assertThat(mongo.exists(standingHeld, "alert_held")).isFalse();
        assertThat(replay.promoteDue()).as("promoted once").isZero();

        // a live alarm (read as it happens) opens its ticket at once, as always
        String live = UUID.randomUUID().toString();
        ObjectNode liveDown = sample("datacenter-service", "service-down.v1", Map.of("monitorId", live, "outageId",
                UUID.randomUUID().toString(), "occurredAt", clock.instant().minusSeconds(60).toString()));
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", live, liveDown);
        assertThat(awaitTicket(live)).isNotBlank();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The producer's sample with a fresh event id and the given fields, checked against the producer's schema. */
    static ObjectNode sample(String producer, String file, Map<String, Object> fields) {
        ObjectNode data = (ObjectNode) JSON.readTree(resource("/events/producers/" + producer + "/" + file + ".json"));
        data.put("eventId", UUID.randomUUID().toString());
        fields.forEach((name, value) -> data.set(name, JSON.valueToTree(value)));
        String schema = file.substring(0, file.indexOf(".v1") + 3);
        EventSchemas.assertValid(EventSchemas.producerSchema(producer, schema), data.toString());
        return data;
    }

    /** Publishes {@code data} in the envelope the platform's outbox relay writes; returns the record value. */
    static String publish(String producer, String topic, String type, String key, ObjectNode data) {
        JsonNode opd = data.has("opd") ? data.get("opd") : data.has("opdCode") ? data.get("opdCode")
                : data.get("ownerOpd");
        String envelope = """
                {"specversion":"1.0","id":"%s","source":"/spbe/%s","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","opd":"%s","actor":"system","data":%s}"""
                .formatted(data.get("eventId").asString(), producer, type, key, data.get("occurredAt").asString(),
                        opd.asString(), data);
        TestKafka.send(topic, key, envelope);
        return envelope;
    }

    static String resource(String path) {
        try (InputStream in = AutomaticTicketsIntegrationTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Document> ticketsOf(String subjectId) {
        return mongo.find(Query.query(Criteria.where("source.subjectId").is(subjectId)), Document.class, "tickets");
    }

    String awaitTicket(String subjectId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !ticketsOf(subjectId).isEmpty());
        return ticketsOf(subjectId).get(0).getString("_id");
    }

    JsonNode ticket(String id) {
        TestHttp.Reply reply = http.get("/api/v1/tickets/" + id).auth(admin()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    List<JsonNode> comments(String id) {
        TestHttp.Reply reply = http.get("/api/v1/tickets/" + id + "/comments?size=200").auth(admin()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().toList();
    }

    void step(String id, String verb, Object body) {
        TestHttp.Call call = http.post("/api/v1/tickets/" + id + "/" + verb).auth(tier1("DINKES", T1));
        TestHttp.Reply reply = (body == null ? call : call.json(body)).send();
        assertThat(reply.status()).as(verb + ": " + reply).isEqualTo(200);
    }
}
