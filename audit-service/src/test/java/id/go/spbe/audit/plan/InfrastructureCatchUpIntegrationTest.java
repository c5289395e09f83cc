package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.AuditObligationEvents;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.audit.support.InventoryEvents;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import static id.go.spbe.audit.plan.InfrastructureUniverseIntegrationTest.DINAS_OPD;
import static id.go.spbe.audit.plan.InfrastructureUniverseIntegrationTest.code;
import static id.go.spbe.audit.plan.InfrastructureUniverseIntegrationTest.dataCenter;
import static id.go.spbe.audit.plan.InfrastructureUniverseIntegrationTest.vps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catch-up path of the infrastructure universe (AU4, AU6 in Rejang Lebong: every two years, RL p48, p50): a data
 * center belongs to the Dinas (RL p19(4)), so its inventory items wait while the OPD directory names no Dinas; when
 * app-registry's OPD event flags one, the waiting data center joins the plan at once — owned by that Dinas, due a
 * cycle from the day the data center was registered (not from the day the Dinas was named) — without a restart or a
 * new inventory event; a redelivered or later directory event plans nothing twice. Real events through the broker.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class InfrastructureCatchUpIntegrationTest {

    static final String DINAS_NAME = "Dinas Komunikasi, Informatika, Statistik dan Persandian";
    static final Instant UNFLAGGED = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant FLAGGED = Instant.parse("2026-06-02T00:00:00Z");
    static final String PLANNED = "id.go.spbe.audit-obligation.planned.v1";

    @Autowired
    MongoTemplate mongo;

    Document obligation(String id) {
        return mongo.findById(id, Document.class, "audit_obligations");
    }

    boolean aDinasIsKnown() {
        return mongo.exists(Query.query(Criteria.where("dinas").is(true).and("active").is(true)), "opd_references");
    }

    @Test
    void au4Au6ADataCenterThatArrivedBeforeTheDinasWasNamedIsPlannedWhenTheDirectoryFlagsIt() {
        String code = code();
        String objectId = "data-center:" + code;
        try {
            // The directory names no Dinas (the shared test context's DKISP loses its flag, restored below).
            AuditEvents.opdUpdated(DINAS_OPD, DINAS_NAME, false, UNFLAGGED);
            await().atMost(Duration.ofSeconds(30)).until(() -> !aDinasIsKnown());

            dataCenter("registered", code, "Pusat Data " + code, "2026-03-02T03:00:00Z");
            String hosted = UUID.randomUUID().toString();
            TestKafka.send(InventoryEvents.VPS, hosted, vps("activated", hosted, code, "2026-03-10T03:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("data-center:" + code, Document.class,
                    "infrastructure_components") != null && mongo.findById("vps:" + hosted, Document.class,
                    "infrastructure_components") != null);
            assertThat(mongo.findById(objectId, Document.class, "audit_objects"))
                    .as("no owner yet: the data center waits outside the universe").isNull();
            assertThat(obligation(objectId + ":INFRASTRUKTUR")).isNull();

            String flag = AuditEvents.opdUpdated(DINAS_OPD, DINAS_NAME, true, FLAGGED);
            await().atMost(Duration.ofSeconds(30)).until(() -> obligation(objectId + ":INFRASTRUKTUR") != null
                    && obligation(objectId + ":KEAMANAN") != null);
            for (String kind : new String[] {"INFRASTRUKTUR", "KEAMANAN"}) {
                AuditObligation o = mongo.findById(objectId + ":" + kind, AuditObligation.class);
                assertThat(o.opd()).as("the Dinas runs the data center, RL p19(4)").isEqualTo(DINAS_OPD);
                assertThat(o.status()).isEqualTo(ObligationStatus.ACTIVE);
                assertThat(o.dueDate()).as("two years from its registration, not from the flag (RL p48)")
                        .isEqualTo(LocalDate.of(2028, 3, 2));
            }
            JsonNode planned = AuditEvents.published(AuditObligationEvents.TOPIC, PLANNED,
                    objectId + ":INFRASTRUKTUR", 1).get(0);
            assertThat(planned.get("objectKind").asString()).isEqualTo("DATA_CENTER");
            assertThat(planned.get("opd").asString()).isEqualTo(DINAS_OPD);
            assertThat(planned.get("obligation").asString()).isEqualTo("AU4");
            Long version = mongo.findById(objectId + ":INFRASTRUKTUR", AuditObligation.class).version();

            // The same flag again (redelivery) and a later change of the Dinas's entry plan nothing twice.
            TestKafka.send(AuditEvents.OPDS, DINAS_OPD, flag);
            AuditEvents.opdUpdated(DINAS_OPD, DINAS_NAME, true, FLAGGED.plusSeconds(60));
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                    .is(DINAS_OPD).and("updatedAt").is(Date.from(FLAGGED.plusSeconds(60)))),
                    "opd_references"));
            assertThat(AuditEvents.all(AuditObligationEvents.TOPIC, PLANNED, objectId + ":INFRASTRUKTUR",
                    Duration.ofSeconds(3))).hasSize(1);
            assertThat(mongo.findById(objectId + ":INFRASTRUKTUR", AuditObligation.class).version())
                    .as("nothing rewritten").isEqualTo(version);
        } finally {
            AuditEvents.opdUpdated(DINAS_OPD, DINAS_NAME, true, FLAGGED.plusSeconds(120));
            await().atMost(Duration.ofSeconds(30)).until(this::aDinasIsKnown);
        }
    }
}
