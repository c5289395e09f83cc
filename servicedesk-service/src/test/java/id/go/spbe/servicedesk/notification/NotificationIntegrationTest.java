package id.go.spbe.servicedesk.notification;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.ServicedeskTestSupport;
import id.go.spbe.servicedesk.notification.domain.NotificationKind;
import id.go.spbe.servicedesk.notification.domain.TicketHappening;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications end to end: the desk's own ticket events (real Kafka) → inbox entries and queued mails → a real SMTP
 * server (GreenMail, {@link TestMailServer}) receiving them. DINKES's roster names teknisi.dinkes (with e-mail) and
 * teknisi2.dinkes (without); DISDIK's teknisi.disdik (with e-mail) must never hear of a DINKES ticket.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class NotificationIntegrationTest {

    static final String REQUESTER = "pelapor.dinkes";
    static final String REQUESTER_MAIL = "pelapor@dinkes.test";
    static final String T1 = "teknisi.dinkes";
    static final String T1_MAIL = "teknisi@dinkes.test";
    static final String OTHER_OPD_MAIL = "teknisi@disdik.test";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TicketNotifier notifier;

    @Autowired
    JavaMailSender mailSender;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        for (Map.Entry<String, String> e : Map.of("DINKES", """
                {"technicians":[{"username":"teknisi.dinkes","name":"Teknisi Dinkes","email":"teknisi@dinkes.test"},
                                {"username":"teknisi2.dinkes","name":"Teknisi Dua"}]}""",
                "DISDIK", """
                {"technicians":[{"username":"teknisi.disdik","name":"Teknisi Disdik","email":"teknisi@disdik.test"}]}
                """).entrySet()) {
            TestHttp.Reply reply = http.put("/api/v1/tier1-roster/" + e.getKey()).auth(admin())
                    .body("application/json", e.getValue()).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    static String requester() {
        return TestJwtIssuer.shared().user(REQUESTER).opd("DINKES").roles("OPD_OPERATOR").email(REQUESTER_MAIL).bearer();
    }

    String open(Map<String, Object> body) {
        clock.advance(Duration.ofSeconds(1));
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(requester()).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    /** One step on the ticket, a second after the previous one (the inbox lists newest first). */
    void act(String ticketId, String step, String token, Object body) {
        clock.advance(Duration.ofSeconds(1));
        TestHttp.Call call = http.post("/api/v1/tickets/" + ticketId + "/" + step).auth(token);
        TestHttp.Reply reply = (body == null ? call : call.json(body)).send();
        assertThat(reply.status()).as(step + ": " + reply).isBetween(200, 201);
    }

    /** The inbox entries of the ticket as "KIND → recipient", in the order they were written. */
    List<String> entries(String ticketId) {
        return mongo.find(Query.query(Criteria.where("ticketId").is(ticketId)), Notification.class).stream()
                .map(n -> n.kind() + " → " + n.recipient()).toList();
    }

    /** Waits until the entry {@code kind → recipient} exists: the consumer handled that event (and, per ticket, all before it). */
    void awaitEntry(String ticketId, NotificationKind kind, String recipient) {
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(ticketId).contains(kind + " → " + recipient));
    }

    static String number(String ticketId) {
        return ticketId.substring(0, 8).toUpperCase();
    }

    static List<String> mailsTo(String ticketId, String address) {
        return TestMailServer.received(number(ticketId)).stream().filter(m -> to(m).contains(address))
                .map(TestMailServer::subject).toList();
    }

    static String to(MimeMessage m) {
        try {
            return String.valueOf(List.of(m.getRecipients(Message.RecipientType.TO)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRequesterAndTheAgentHearOfWhatConcernsThem_neverOfTheirOwnActions_neverAnotherOpd_S2() throws Exception {
        String id = open(form("GANGGUAN", "LAINNYA", "SEDANG", "SEDANG"));
        awaitEntry(id, NotificationKind.TICKET_OPENED, "user:" + T1);

        act(id, "take", tier1("DINKES", T1), null);
        act(id, "comments", tier1("DINKES", T1), Map.of("text", "Sedang kami periksa.", "internal", false));
        act(id, "comments", tier1("DINKES", T1), Map.of("text", "Driver rusak, ganti unit.", "internal", true));
        act(id, "request-information", tier1("DINKES", T1), Map.of("question", "Nomor inventaris printernya?"));
        act(id, "comments", requester(), Map.of("text", "INV-2026-001"));
        act(id, "resolve", tier1("DINKES", T1), Map.of("resolutionNote", "Driver dipasang ulang."));
        awaitEntry(id, NotificationKind.TICKET_RESOLVED, "user:" + REQUESTER);

        assertThat(entries(id)).containsExactlyInAnyOrder(
                "TICKET_OPENED → user:teknisi.dinkes", "TICKET_OPENED → user:teknisi2.dinkes",
                "TICKET_ASSIGNED → user:pelapor.dinkes",
                "PUBLIC_COMMENT → user:pelapor.dinkes",
                "INFORMATION_REQUESTED → user:pelapor.dinkes",
                "PUBLIC_COMMENT → user:teknisi.dinkes",
                "TICKET_RESOLVED → user:pelapor.dinkes");

        outbox.sendDue();
        assertThat(mailsTo(id, REQUESTER_MAIL)).hasSize(4).allMatch(s -> s.startsWith("[Tiket " + number(id) + "] "))
                .anyMatch(s -> s.contains("Tiket ditugaskan: Printer tidak bisa mencetak"))
                .anyMatch(s -> s.contains("Permintaan informasi")).anyMatch(s -> s.contains("Tiket diselesaikan"));
        assertThat(mailsTo(id, T1_MAIL)).containsExactlyInAnyOrder(
                "[Tiket " + number(id) + "] Tiket baru di antrean: Printer tidak bisa mencetak",
                "[Tiket " + number(id) + "] Komentar baru: Printer tidak bisa mencetak");
        assertThat(mailsTo(id, OTHER_OPD_MAIL)).isEmpty();
        MimeMessage assigned = TestMailServer.received(number(id) + "] Tiket ditugaskan").get(0);
        assertThat(text(assigned)).contains("Tiket Anda sedang ditangani oleh teknisi.dinkes.")
                .contains("Nomor tiket : " + number(id)).contains("Judul       : Printer tidak bisa mencetak")
                .contains("Lihat tiket: https://spbe.test/layanan/tiket/" + id);
        assertThat(assigned.getFrom()[0].toString()).isEqualTo("layanan-tik@localhost");

        // the inbox over HTTP: the requester's own entries, newest first, with the unread filter and marks
        TestHttp.Reply inbox = http.get("/api/v1/notifications?unread=true&size=200").auth(requester()).send();
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        List<JsonNode> mine = inbox.json().get("items").valueStream()
                .filter(n -> n.get("ticketId").asString().equals(id)).toList();
        assertThat(mine).extracting(n -> n.get("kind").asString()).containsExactly("TICKET_RESOLVED",
                "INFORMATION_REQUESTED", "PUBLIC_COMMENT", "TICKET_ASSIGNED");
        assertThat(mine.get(0).get("ticketNumber").asString()).isEqualTo(number(id));
        assertThat(mine.get(0).get("read").asBoolean()).isFalse();
    }

    @Test
    void anInternalCommentNeverReachesTheRequester_evenATechnicianOfTheQueue() {
        // teknisi2.dinkes opens a ticket for the OPD: it sits unowned in DINKES's queue, which includes them
        String id;
        TestHttp.Reply opened = http.post("/api/v1/tickets").auth(tier1("DINKES", "teknisi2.dinkes"))
                .json(form("KELUHAN", "LAINNYA", "RENDAH", "RENDAH")).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        id = opened.json().get("id").asString();
        awaitEntry(id, NotificationKind.TICKET_OPENED, "user:" + T1);

        act(id, "comments", tier1("DINKES", T1), Map.of("text", "Catatan untuk tim saja.", "internal", true));
        act(id, "comments", tier1("DINKES", T1), Map.of("text", "Kami cek hari ini.", "internal", false));
        awaitEntry(id, NotificationKind.PUBLIC_COMMENT, "user:teknisi2.dinkes");

        assertThat(entries(id)).containsExactlyInAnyOrder("TICKET_OPENED → user:teknisi.dinkes",
                "PUBLIC_COMMENT → user:teknisi2.dinkes");
    }

    @Test
    void withoutATier2RosterEscalationsAndSecurityIncidentsReachTheTier2DeskAndMailbox_S3_S8() throws Exception {
        String incident = open(form("GANGGUAN", "KEAMANAN", "RENDAH", "RENDAH"));
        awaitEntry(incident, NotificationKind.TICKET_OPENED, "role:TIER2_AGENT");
        assertThat(entries(incident)).containsExactly("TICKET_OPENED → role:TIER2_AGENT");

        // one Tier 2 agent comments: the requester and the rest of the desk hear of it, the agent does not
        act(incident, "comments", tier2("agen.tier2"), Map.of("text", "Isolasi perangkat sekarang.", "internal",
                false));
        awaitEntry(incident, NotificationKind.PUBLIC_COMMENT, "user:" + REQUESTER);
        awaitEntry(incident, NotificationKind.PUBLIC_COMMENT, "role:TIER2_AGENT");
        assertThat(kinds(inboxOf(tier2("agen.tier2")), incident)).containsExactly("TICKET_OPENED");
        assertThat(kinds(inboxOf(tier2("agen2.tier2")), incident)).containsExactly("PUBLIC_COMMENT", "TICKET_OPENED");
        assertThat(kinds(inboxOf(tier1("DINKES", T1)), incident)).isEmpty();

        String escalated = open(form("GANGGUAN", "LAINNYA", "SEDANG", "SEDANG"));
        awaitEntry(escalated, NotificationKind.TICKET_OPENED, "user:" + T1);
        act(escalated, "escalate", tier1("DINKES", T1), Map.of("reason", "Butuh akses server Dinas."));
        awaitEntry(escalated, NotificationKind.TICKET_ESCALATED, "role:TIER2_AGENT");
        assertThat(entries(escalated)).contains("TICKET_ESCALATED → user:pelapor.dinkes")
                .doesNotContain("TICKET_ESCALATED → user:teknisi.dinkes");

        outbox.sendDue();
        assertThat(mailsTo(incident, "tier2@diskominfo.test")).containsExactlyInAnyOrder(
                "[Tiket " + number(incident) + "] Tiket baru di antrean: Printer tidak bisa mencetak",
                "[Tiket " + number(incident) + "] Komentar baru: Printer tidak bisa mencetak");
        assertThat(mailsTo(escalated, "tier2@diskominfo.test")).containsExactly(
                "[Tiket " + number(escalated) + "] Tiket dieskalasi ke Tier 2: Printer tidak bisa mencetak");
        MimeMessage toDesk = TestMailServer.received(number(escalated) + "] Tiket dieskalasi").stream()
                .filter(m -> to(m).contains("tier2@")).findFirst().orElseThrow();
        assertThat(text(toDesk)).contains("Alasan: Butuh akses server Dinas.");
        MimeMessage toRequester = TestMailServer.received(number(escalated) + "] Tiket dieskalasi").stream()
                .filter(m -> to(m).contains(REQUESTER_MAIL)).findFirst().orElseThrow();
        assertThat(text(toRequester)).contains("Tiket Anda dieskalasi ke Tier 2").doesNotContain("Alasan");
    }

    /** Sets the Tier 2 roster (Dinas); the If-Match is the roster's current ETag. */
    void tier2Roster(List<Map<String, Object>> agents) {
        String etag = http.get("/api/v1/tier2-roster").auth(admin()).send().header("ETag");
        TestHttp.Reply reply = http.put("/api/v1/tier2-roster").auth(admin()).header("If-Match", etag)
                .json(Map.of("agents", agents)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void withATier2RosterTheQueueIsToldByNameAtEachAgentsAddress_preferencesRespected_notTheDeskMailbox_S3_S8() {
        String piket = tier2("piket.tier2");
        String piket2 = TestJwtIssuer.shared().user("piket2.tier2").roles("TIER2_AGENT").bearer();
        // piket2 wants no mail for new tickets in the queue (ASSIGNMENT); the inbox still gets them
        assertThat(http.put("/api/v1/notifications/preferences").auth(piket2).header("If-Match", "\"0\"")
                .json(Map.of("mail", Map.of("ASSIGNMENT", false))).send().status()).isEqualTo(200);
        tier2Roster(List.of(
                Map.of("username", "piket.tier2", "name", "Piket Satu", "email", "piket@diskominfo.test",
                        "active", true),
                Map.of("username", "piket2.tier2", "name", "Piket Dua", "email", "piket2@diskominfo.test",
                        "active", true),
                Map.of("username", "cuti.tier2", "name", "Sedang Cuti", "email", "cuti@diskominfo.test",
                        "active", false)));
        try {
            String incident = open(form("GANGGUAN", "KEAMANAN", "RENDAH", "RENDAH"));
            awaitEntry(incident, NotificationKind.TICKET_OPENED, "user:piket2.tier2");
            // the agent's own comment tells the requester and the rest of the roster, not them
            act(incident, "comments", piket, Map.of("text", "Isolasi perangkat sekarang.", "internal", false));
            awaitEntry(incident, NotificationKind.PUBLIC_COMMENT, "user:piket2.tier2");
            awaitEntry(incident, NotificationKind.PUBLIC_COMMENT, "user:" + REQUESTER);
            assertThat(entries(incident)).containsExactlyInAnyOrder(
                    "TICKET_OPENED → user:piket.tier2", "TICKET_OPENED → user:piket2.tier2",
                    "PUBLIC_COMMENT → user:piket2.tier2", "PUBLIC_COMMENT → user:pelapor.dinkes");
            assertThat(kinds(inboxOf(tier2("agen2.tier2")), incident)).as("not on the roster").isEmpty();

            String escalated = open(form("GANGGUAN", "LAINNYA", "SEDANG", "SEDANG"));
            awaitEntry(escalated, NotificationKind.TICKET_OPENED, "user:" + T1);
            act(escalated, "escalate", tier1("DINKES", T1), Map.of("reason", "Butuh akses server Dinas."));
            awaitEntry(escalated, NotificationKind.TICKET_ESCALATED, "user:piket.tier2");
            awaitEntry(escalated, NotificationKind.TICKET_ESCALATED, "user:piket2.tier2");

            outbox.sendDue();
            assertThat(mailsTo(incident, "piket@diskominfo.test")).containsExactly(
                    "[Tiket " + number(incident) + "] Tiket baru di antrean: Printer tidak bisa mencetak");
            assertThat(mailsTo(incident, "piket2@diskominfo.test")).as("new-ticket mail switched off").containsExactly(
                    "[Tiket " + number(incident) + "] Komentar baru: Printer tidak bisa mencetak");
            assertThat(mailsTo(escalated, "piket2@diskominfo.test")).containsExactly(
                    "[Tiket " + number(escalated) + "] Tiket dieskalasi ke Tier 2: Printer tidak bisa mencetak");
            assertThat(mailsTo(incident, "tier2@diskominfo.test")).isEmpty();
            assertThat(mailsTo(escalated, "tier2@diskominfo.test")).isEmpty();
            assertThat(mailsTo(incident, "cuti@diskominfo.test")).isEmpty();
            assertThat(mailsTo(escalated, "cuti@diskominfo.test")).isEmpty();
        } finally {
            tier2Roster(List.of()); // the other tests expect the desk addressed as a whole
        }
    }

    JsonNode inboxOf(String token) {
        TestHttp.Reply reply = http.get("/api/v1/notifications?size=200").auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static List<String> kinds(JsonNode page, String ticketId) {
        return page.get("items").valueStream().filter(n -> n.get("ticketId").asString().equals(ticketId))
                .map(n -> n.get("kind").asString()).toList();
    }

    @Test
    void aRedeliveredEventNotifiesNobodyTwice() {
        String id = open(form("PERMINTAAN", "LAINNYA", "RENDAH", "RENDAH"));
        awaitEntry(id, NotificationKind.TICKET_OPENED, "user:" + T1);
        ConsumerRecord<String, String> published = TestKafka.await(ServicedeskTestSupport.TICKETS_TOPIC,
                r -> id.equals(r.key()) && r.value().contains("\"id.go.spbe.ticket.opened.v1\""),
                Duration.ofSeconds(30));

        // the broker delivers the same event again, then the next one of the ticket (same key, same partition)
        TestKafka.send(ServicedeskTestSupport.TICKETS_TOPIC, id, published.value());
        act(id, "take", tier1("DINKES", T1), null);
        awaitEntry(id, NotificationKind.TICKET_ASSIGNED, "user:" + REQUESTER);

        // and the handler runs again for it (as after a crash before the consumer's inbox marker)
        String eventId = mongo.findOne(Query.query(Criteria.where("ticketId").is(id).and("kind")
                .is(NotificationKind.TICKET_OPENED)), Notification.class).eventId();
        notifier.notify(new TicketHappening(eventId, NotificationKind.TICKET_OPENED, REQUESTER, Instant.now(), id,
                "Printer tidak bisa mencetak", "DINKES", REQUESTER, REQUESTER_MAIL, null, Tier.TIER1, null, null));

        assertThat(entries(id)).containsExactlyInAnyOrder("TICKET_OPENED → user:teknisi.dinkes",
                "TICKET_OPENED → user:teknisi2.dinkes", "TICKET_ASSIGNED → user:pelapor.dinkes");
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(eventId)), PendingMail.class)).isEqualTo(1);
        outbox.sendDue();
        outbox.sendDue();
        assertThat(mailsTo(id, T1_MAIL)).hasSize(1);
    }

    @Test
    void anSmtpOutageLosesNothing_retriedWithBackoff_thenFailedForDinasWhoQueuesItAgain() throws IOException {
        JavaMailSenderImpl smtp = (JavaMailSenderImpl) mailSender;
        int working = smtp.getPort();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try {
            // SMTP down when the ticket is opened: the queue's mail waits and is retried after a minute
            smtp.setPort(closed);
            String id = open(form("GANGGUAN", "LAINNYA", "SEDANG", "SEDANG"));
            awaitEntry(id, NotificationKind.TICKET_OPENED, "user:" + T1);
            outbox.sendDue();
            PendingMail first = mail(id, T1_MAIL);
            assertThat(first.status()).isEqualTo(MailStatus.PENDING);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.lastError()).isNotBlank();
            assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
            outbox.sendDue();
            assertThat(mail(id, T1_MAIL).attempts()).as("not due yet: no attempt").isEqualTo(1);

            smtp.setPort(working);
            clock.advance(Duration.ofMinutes(1));
            outbox.sendDue();
            assertThat(mail(id, T1_MAIL).status()).isEqualTo(MailStatus.SENT);
            assertThat(mailsTo(id, T1_MAIL)).containsExactly(
                    "[Tiket " + number(id) + "] Tiket baru di antrean: Printer tidak bisa mencetak");

            // down for good: 1 + 2 minutes of backoff, then the third attempt fails it (max-attempts 3 in tests)
            smtp.setPort(closed);
            act(id, "take", tier1("DINKES", T1), null);
            awaitEntry(id, NotificationKind.TICKET_ASSIGNED, "user:" + REQUESTER);
            outbox.sendDue();
            clock.advance(Duration.ofMinutes(1));
            outbox.sendDue();
            assertThat(mail(id, REQUESTER_MAIL).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
            clock.advance(Duration.ofMinutes(2));
            outbox.sendDue();
            PendingMail failed = mail(id, REQUESTER_MAIL);
            assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);

            TestHttp.Reply list = http.get("/api/v1/notifications/mails?status=FAILED&size=200").auth(admin()).send();
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            JsonNode row = list.json().get("items").valueStream()
                    .filter(m -> m.get("id").asString().equals(failed.id())).findFirst().orElseThrow();
            assertThat(row.get("to").asString()).isEqualTo(REQUESTER_MAIL);
            assertThat(row.get("lastError").asString()).isNotBlank();
            assertThat(http.get("/api/v1/notifications/mails?status=FAILED").auth(tier1("DINKES", T1)).send()
                    .status()).isEqualTo(403);

            smtp.setPort(working);
            TestHttp.Reply retry = http.post("/api/v1/notifications/mails/" + failed.id() + "/retry").auth(admin())
                    .send();
            assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
            assertThat(retry.json().get("status").asString()).isEqualTo("PENDING");
            outbox.sendDue();
            assertThat(mail(id, REQUESTER_MAIL).status()).isEqualTo(MailStatus.SENT);
            assertThat(mailsTo(id, REQUESTER_MAIL)).hasSize(1);
            assertThat(http.post("/api/v1/notifications/mails/" + failed.id() + "/retry").auth(admin()).send()
                    .status()).as("only a FAILED mail is queued again").isEqualTo(409);
        } finally {
            smtp.setPort(working);
        }
    }

    @Test
    void aKindSwitchedOffForEmailStillLandsInTheInbox_butSendsNoMail_otherKindsStillMailed() {
        String chooser = TestJwtIssuer.shared().user("pelapor.pilih").opd("DINKES").roles("OPD_OPERATOR")
                .email("pilih@dinkes.test").bearer();
        TestHttp.Reply fresh = http.get("/api/v1/notifications/preferences").auth(chooser).send();
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isEqualTo("\"0\"");
        assertThat(fresh.json().get("mail").get("COMMENT").asBoolean()).isTrue();
        assertThat(fresh.json().get("inbox").asBoolean()).isTrue();

        TestHttp.Reply saved = http.put("/api/v1/notifications/preferences").auth(chooser).header("If-Match", "\"0\"")
                .json(Map.of("mail", Map.of("COMMENT", false, "RESOLUTION", false, "ASSIGNMENT", true))).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().get("mail").get("COMMENT").asBoolean()).isFalse();
        assertThat(saved.json().get("mail").get("ESCALATION").asBoolean()).as("left out: still mailed").isTrue();
        TestHttp.Reply stale = http.put("/api/v1/notifications/preferences").auth(chooser)
                .header("If-Match", "\"0\"").json(Map.of("mail", Map.of("COMMENT", true))).send();
        assertThat(stale.status()).as("a second tab's stale write").isEqualTo(412);
        // own user only: another user's preferences are untouched (and there is no way to name another user)
        assertThat(http.get("/api/v1/notifications/preferences").auth(requester()).send().json().get("mail")
                .get("COMMENT").asBoolean()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        TestHttp.Reply opened = http.post("/api/v1/tickets").auth(chooser)
                .json(form("GANGGUAN", "LAINNYA", "SEDANG", "SEDANG")).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        act(id, "take", tier1("DINKES", T1), null);
        act(id, "comments", tier1("DINKES", T1), Map.of("text", "Sedang kami periksa.", "internal", false));
        act(id, "resolve", tier1("DINKES", T1), Map.of("resolutionNote", "Driver dipasang ulang."));
        awaitEntry(id, NotificationKind.TICKET_RESOLVED, "user:pelapor.pilih");

        // the inbox has every kind: it is the user's record of what concerned them
        assertThat(entries(id)).contains("TICKET_ASSIGNED → user:pelapor.pilih",
                "PUBLIC_COMMENT → user:pelapor.pilih", "TICKET_RESOLVED → user:pelapor.pilih");
        outbox.sendDue();
        assertThat(mailsTo(id, "pilih@dinkes.test")).containsExactly(
                "[Tiket " + number(id) + "] Tiket ditugaskan: Printer tidak bisa mencetak");
        assertThat(mongo.count(Query.query(Criteria.where("ticketId").is(id).and("to").is("pilih@dinkes.test")),
                PendingMail.class)).as("no mail even queued for the switched-off kinds").isEqualTo(1);
    }

    @Test
    void reopeningClosureAndTheRatingReachTheOtherSide_neverTheOneWhoActed() throws Exception {
        String id = open(form("GANGGUAN", "LAINNYA", "SEDANG", "SEDANG"));
        act(id, "take", tier1("DINKES", T1), null);
        act(id, "resolve", tier1("DINKES", T1), Map.of("resolutionNote", "Driver dipasang ulang."));
        act(id, "reopen", requester(), Map.of("reason", "Masih gagal mencetak"));
        awaitEntry(id, NotificationKind.TICKET_REOPENED, "user:" + T1);
        act(id, "resolve", tier1("DINKES", T1), Map.of("resolutionNote", "Kabel USB diganti."));
        act(id, "close", requester(), null);
        awaitEntry(id, NotificationKind.TICKET_CLOSED, "user:" + T1);
        act(id, "satisfaction", requester(), Map.of("score", 4, "comment", "Cepat"));
        awaitEntry(id, NotificationKind.SATISFACTION_RATED, "user:" + T1);

        assertThat(entries(id)).filteredOn(e -> !e.startsWith("TICKET_OPENED") && !e.startsWith("TICKET_ASSIGNED"))
                .containsExactlyInAnyOrder(
                        "TICKET_RESOLVED → user:pelapor.dinkes",
                        "TICKET_REOPENED → user:teknisi.dinkes",
                        "TICKET_RESOLVED → user:pelapor.dinkes",
                        "TICKET_CLOSED → user:teknisi.dinkes",
                        "SATISFACTION_RATED → user:teknisi.dinkes");
        Notification rating = mongo.findOne(Query.query(Criteria.where("ticketId").is(id).and("kind")
                .is(NotificationKind.SATISFACTION_RATED)), Notification.class);
        assertThat(rating.summary()).isEqualTo("Pelapor memberi penilaian kepuasan 4 dari 5.")
                .doesNotContain("Cepat");
        outbox.sendDue();
        assertThat(mailsTo(id, T1_MAIL)).contains(
                "[Tiket " + number(id) + "] Tiket dibuka kembali: Printer tidak bisa mencetak",
                "[Tiket " + number(id) + "] Tiket ditutup: Printer tidak bisa mencetak",
                "[Tiket " + number(id) + "] Penilaian kepuasan: Printer tidak bisa mencetak");
        MimeMessage reopened = TestMailServer.received(number(id) + "] Tiket dibuka kembali").get(0);
        assertThat(text(reopened)).contains("Tiket yang Anda selesaikan dibuka kembali oleh pelapor.dinkes. "
                + "Alasan: Masih gagal mencetak");

        // closed by the agent: now the requester hears of it, the agent does not
        String second = open(form("KELUHAN", "LAINNYA", "RENDAH", "RENDAH"));
        act(second, "take", tier1("DINKES", T1), null);
        act(second, "resolve", tier1("DINKES", T1), Map.of("resolutionNote", "Sudah dijawab."));
        act(second, "close", tier1("DINKES", T1), null);
        awaitEntry(second, NotificationKind.TICKET_CLOSED, "user:" + REQUESTER);
        assertThat(entries(second)).doesNotContain("TICKET_CLOSED → user:" + T1);
    }

    PendingMail mail(String ticketId, String to) {
        return mongo.findOne(Query.query(Criteria.where("ticketId").is(ticketId).and("to").is(to)),
                PendingMail.class);
    }
}
