package id.go.spbe.audit.finding.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingTest {

    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    static Finding opened() {
        return Finding.open("audit-1", "APLIKASI", new FindingDetails("Tanpa cadangan", Severity.HIGH, "kriteria",
                "kondisi", "sebab", "akibat", "rekomendasi", "DINKES", LocalDate.of(2027, 6, 30)), "budi", NOW);
    }

    @Test
    void au7AFindingIsFollowedUpToVerificationAndSentBackWhenTheFixDoesNotHold() {
        Finding f = opened();
        assertThat(f.status()).isEqualTo(FindingStatus.IDENTIFIED);
        f.confirm(null, "operator", NOW);
        f.startRemediation(null, "operator", NOW);
        f.resolve("sudah", "operator", NOW);
        f.reopen("cadangan belum diuji", "budi", NOW);
        assertThat(f.status()).isEqualTo(FindingStatus.IN_REMEDIATION);
        f.resolve("diuji", "operator", NOW);
        f.verify(null, "budi", NOW);
        assertThat(f.status()).isEqualTo(FindingStatus.VERIFIED);
        assertThat(f.verifiedBy()).isEqualTo("budi");
        assertThat(f.raisedEvents().get(f.raisedEvents().size() - 1))
                .isInstanceOf(FindingEvents.FindingClosed.class);
    }

    @Test
    void au7AnAcceptedRiskRecordsWhoAndWhy() {
        Finding f = opened();
        assertThatThrownBy(() -> f.acceptRisk("alasan", "kepala", NOW)).isInstanceOf(StateConflictException.class);
        f.confirm(null, "operator", NOW);
        assertThatThrownBy(() -> f.acceptRisk(" ", "kepala", NOW)).isInstanceOf(RuleViolationException.class);
        f.acceptRisk("Sistem diganti 2027", "kepala", NOW);
        assertThat(f.acceptedBy()).isEqualTo("kepala");
        assertThat(f.acceptedReason()).isEqualTo("Sistem diganti 2027");
        assertThat(f.status().closed()).isTrue();
        assertThatThrownBy(() -> f.startRemediation(null, "operator", NOW)).isInstanceOf(
                StateConflictException.class);
    }

    @Test
    void au7NothingIsVerifiedBeforeItIsResolved() {
        Finding f = opened();
        f.confirm(null, "operator", NOW);
        assertThatThrownBy(() -> f.verify(null, "budi", NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> f.reopen("x", "budi", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void au7AnOpenFindingIsCarriedOverOnceAndAClosedOneStaysBehind() {
        Finding f = opened();
        assertThat(f.carryOverTo("audit-2", "admin", Instant.parse("2028-12-01T00:00:00Z"))).isTrue();
        assertThat(f.carryOverTo("audit-2", "admin", Instant.parse("2028-12-01T00:00:00Z"))).isFalse();
        assertThat(f.followedUpIn("audit-1")).isTrue();
        assertThat(f.followedUpIn("audit-2")).isTrue();
        assertThat(f.currentAuditId()).isEqualTo("audit-2");
        assertThat(f.raisedEvents()).filteredOn(FindingEvents.FindingCarriedOver.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((FindingEvents.FindingCarriedOver) e).fromAuditId()).isEqualTo("audit-1"));
        f.confirm(null, "owner", Instant.parse("2028-12-02T00:00:00Z"));
        f.acceptRisk("Diganti", "owner", Instant.parse("2028-12-03T00:00:00Z"));
        assertThat(f.carryOverTo("audit-3", "admin", Instant.parse("2030-12-01T00:00:00Z"))).isFalse();
    }
}
