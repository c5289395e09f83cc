package id.go.spbe.appregistry.integration.domain;

import id.go.spbe.appregistry.integration.domain.Integration.Party;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationEnded;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationRecorded;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegrationTest {

    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    static final Party SIMPUS = new Party("simpus", "DINKES");
    static final Party DAPODIK = new Party("dapodik", "DISDIK");

    @Test
    void a13ARelationBetweenTwoApplicationsIsRecordedWithBothOwners() {
        Integration i = Integration.record(SIMPUS, DAPODIK, IntegrationKind.API, " Data siswa sakit ", "  ",
                "operator.dinkes", NOW);
        assertThat(i.status()).isEqualTo(IntegrationStatus.ACTIVE);
        assertThat(i.purpose()).isEqualTo("Data siswa sakit");
        assertThat(i.dataExchanged()).isNull();
        assertThat(i.raisedEvents()).singleElement().isInstanceOfSatisfying(IntegrationRecorded.class, e -> {
            assertThat(e.aggregateId()).isEqualTo(i.id());
            assertThat(e.opdCode()).isEqualTo("DINKES");
            assertThat(e.consumerOpd()).isEqualTo("DISDIK");
        });
    }

    @Test
    void a13AnApplicationCannotBeIntegratedWithItself() {
        assertThatThrownBy(() -> Integration.record(SIMPUS, new Party("simpus", "DINKES"), IntegrationKind.SSO,
                "x", null, "admin.dinas", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("A13"));
    }

    @Test
    void a13AnIntegrationEndsOnceAndStaysOnRecord() {
        Integration i = Integration.record(SIMPUS, DAPODIK, IntegrationKind.CONNECTOR, "Penghubung", null,
                "admin.dinas", NOW);
        i.end("admin.dinas", "Diganti SPLP", NOW.plusSeconds(5));
        assertThat(i.status()).isEqualTo(IntegrationStatus.ENDED);
        assertThat(i.endReason()).isEqualTo("Diganti SPLP");
        assertThat(i.raisedEvents()).last().isInstanceOf(IntegrationEnded.class);
        assertThatThrownBy(() -> i.end("admin.dinas", "lagi", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void theActiveKeyDistinguishesDirectionAndKind() {
        assertThat(Integration.activeKey("a", "b", IntegrationKind.API))
                .isNotEqualTo(Integration.activeKey("b", "a", IntegrationKind.API))
                .isNotEqualTo(Integration.activeKey("a", "b", IntegrationKind.SSO));
    }
}
