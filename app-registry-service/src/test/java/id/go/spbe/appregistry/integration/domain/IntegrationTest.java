package id.go.spbe.appregistry.integration.domain;

import id.go.spbe.appregistry.integration.domain.Integration.Party;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationAccepted;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationDeclined;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationEnded;
import id.go.spbe.appregistry.integration.domain.IntegrationEvents.IntegrationProposed;
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

    @Test
    void a13ARelationAcrossOpdsIsProposedAndWaitsForTheOtherOwner() {
        Integration i = Integration.propose(SIMPUS, DAPODIK, IntegrationKind.API, "Data siswa sakit", null, "DISDIK",
                "operator.disdik", NOW);
        assertThat(i.status()).isEqualTo(IntegrationStatus.PROPOSED);
        assertThat(i.proposedByOpd()).isEqualTo("DISDIK");
        assertThat(i.awaitingOpd()).isEqualTo("DINKES");
        assertThat(i.raisedEvents()).singleElement().isInstanceOfSatisfying(IntegrationProposed.class,
                e -> assertThat(e.awaitingOpd()).isEqualTo("DINKES"));
        assertThatThrownBy(() -> i.end("operator.dinkes", "x", NOW)).isInstanceOf(StateConflictException.class);

        i.accept("operator.dinkes", false, NOW.plusSeconds(60));
        assertThat(i.status()).isEqualTo(IntegrationStatus.ACTIVE);
        assertThat(i.acceptedBy()).isEqualTo("operator.dinkes");
        assertThat(i.raisedEvents()).last().isInstanceOfSatisfying(IntegrationAccepted.class, e -> {
            assertThat(e.byDinas()).isFalse();
            assertThat(e.purpose()).isEqualTo("Data siswa sakit");
        });
        assertThatThrownBy(() -> i.accept("admin.dinas", true, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> i.decline("admin.dinas", "x", true, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void a13ADeclinedProposalNeedsAReasonAndNeverBecomesActive() {
        Integration i = Integration.propose(SIMPUS, DAPODIK, IntegrationKind.SSO, "Masuk sekali", null, "DINKES",
                "operator.dinkes", NOW);
        assertThat(i.awaitingOpd()).isEqualTo("DISDIK");
        assertThatThrownBy(() -> i.decline("operator.disdik", " ", false, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("A13"));
        i.decline("operator.disdik", " Tidak perlu ", false, NOW);
        assertThat(i.status()).isEqualTo(IntegrationStatus.DECLINED);
        assertThat(i.declineReason()).isEqualTo("Tidak perlu");
        assertThat(i.raisedEvents()).last().isInstanceOf(IntegrationDeclined.class);
        assertThatThrownBy(() -> i.accept("operator.disdik", false, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> i.end("operator.disdik", "x", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void onlyARelationAcrossOpdsProposedByOneOfItsOwnersIsAProposal() {
        assertThatThrownBy(() -> Integration.propose(SIMPUS, new Party("simrs", "DINKES"), IntegrationKind.API, "x",
                null, "DINKES", "operator.dinkes", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Integration.propose(SIMPUS, DAPODIK, IntegrationKind.API, "x", null, "DISKOMINFO",
                "operator.diskominfo", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
