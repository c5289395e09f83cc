package id.go.spbe.datacenter.custody.domain;

import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D7: what a consent covers, day by day, and in which regions the rule exists at all (shipped profiles). */
class CustodyConsentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final CustodyTarget APP = new CustodyTarget(CustodyTarget.Kind.APPLICATION, "app-1");
    static final CustodyTarget OTHER_APP = new CustodyTarget(CustodyTarget.Kind.APPLICATION, "app-2");

    static CustodyConsent consent(boolean all, List<CustodyTarget> targets, LocalDate from, LocalDate until) {
        return CustodyConsent.grant("DINKES", List.of(CustodyAction.RESTORE_TEST), all, targets, from, until, null,
                null, "operator.dinkes", TODAY, Instant.EPOCH);
    }

    @Test
    void d7AConsentCoversItsActionsOnItsSystemsWithinItsPeriodBothEndsIncluded() {
        CustodyConsent c = consent(false, List.of(APP), TODAY, TODAY.plusDays(10));
        assertThat(c.covers(CustodyAction.RESTORE_TEST, List.of(APP), TODAY)).isTrue();
        assertThat(c.covers(CustodyAction.RESTORE_TEST, List.of(APP), TODAY.plusDays(10))).isTrue();
        assertThat(c.covers(CustodyAction.RESTORE_TEST, List.of(APP), TODAY.plusDays(11))).isFalse();
        assertThat(c.covers(CustodyAction.RESTORE_TEST, List.of(APP), TODAY.minusDays(1))).isFalse();
        assertThat(c.covers(CustodyAction.DECOMMISSION_VPS, List.of(APP), TODAY)).isFalse();
        assertThat(c.covers(CustodyAction.RESTORE_TEST, List.of(OTHER_APP), TODAY)).isFalse();
        assertThat(consent(true, List.of(), TODAY, TODAY).covers(CustodyAction.RESTORE_TEST, List.of(OTHER_APP),
                TODAY)).isTrue();
    }

    @Test
    void d7ARevokedConsentCoversNothingAndIsRevokedOnce() {
        CustodyConsent c = consent(true, List.of(), TODAY, TODAY.plusDays(10));
        c.revoke("Selesai", "operator.dinkes", Instant.EPOCH);
        assertThat(c.covers(CustodyAction.RESTORE_TEST, List.of(APP), TODAY)).isFalse();
        assertThatThrownBy(() -> c.revoke("lagi", "operator.dinkes", Instant.EPOCH))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void d7AConsentExpiresOnceTheDayAfterItsLastDay() {
        CustodyConsent c = consent(true, List.of(), TODAY, TODAY.plusDays(1));
        assertThat(c.expireIfLapsed(TODAY.plusDays(1), Instant.EPOCH)).isFalse();
        assertThat(c.expireIfLapsed(TODAY.plusDays(2), Instant.EPOCH)).isTrue();
        assertThat(c.status()).isEqualTo(CustodyConsent.Status.EXPIRED);
        assertThat(c.expireIfLapsed(TODAY.plusDays(3), Instant.EPOCH)).isFalse();
        assertThatThrownBy(() -> c.revoke("x", "operator.dinkes", Instant.EPOCH))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void d7AConsentNeedsAScopeAndAPeriodThatHasNotEnded() {
        assertThatThrownBy(() -> consent(false, List.of(), TODAY, TODAY)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> consent(true, List.of(), TODAY, TODAY.minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> consent(true, List.of(), TODAY.minusDays(5), TODAY.minusDays(1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("sudah lewat");
    }

    @Test
    void d7TheRuleHoldsInRejangLebongAndBitungOnlyAndTheClassificationLevelsAreProfileData_D8() {
        for (String region : List.of("rejang-lebong", "bitung")) {
            assertThat(of(region).custodyConsentRequired()).as(region).isTrue();
        }
        for (String region : List.of("maluku-tenggara", "manggarai-barat", "samarinda", "national-default")) {
            assertThat(of(region).custodyConsentRequired()).as(region).isFalse();
        }
        assertThat(of("bitung").datasetClassifications()).containsExactly("BIASA", "TERBATAS", "RAHASIA",
                "SANGAT_RAHASIA");
    }

    static DatacenterRegulation of(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.datacenter", DatacenterRegulation.class);
    }
}
