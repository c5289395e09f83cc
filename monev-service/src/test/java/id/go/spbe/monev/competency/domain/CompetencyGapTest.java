package id.go.spbe.monev.competency.domain;

import id.go.spbe.monev.competency.CompetencyRules;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** M5 as the shipped profiles say it: Maluku Tenggara requires the five roles (p24(8)); Bitung names none. */
class CompetencyGapTest {

    static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    /** A profile without {@code competency-roles} binds like Spring does it: nothing required. */
    static CompetencyRules rules(String profile) {
        try {
            return RegionProfiles.bind(profile, "spbe.regulation.monev", CompetencyRules.class);
        } catch (IllegalArgumentException nothingBound) {
            return new CompetencyRules(null);
        }
    }

    static IctStaff staff(CompetencyRole role, LocalDate validUntil) {
        return IctStaff.register("DISKOMINFO", "Staf", "Pranata Komputer", List.of(new Competency(role, "doc",
                validUntil)), "admin", NOW);
    }

    static CompetencyGap.Line line(List<CompetencyGap.Line> lines, CompetencyRole role) {
        return lines.stream().filter(l -> l.role() == role).findFirst().orElseThrow();
    }

    @Test
    void malukuTenggaraRequiresOneOfEachRoleAndTheGapShowsWhatIsMissing_M5() {
        assertThat(rules("maluku-tenggara").required()).hasSize(5).containsValue(1).doesNotContainValue(0);
        IctStaff expired = staff(CompetencyRole.PROGRAMMER, TODAY.minusDays(1));
        IctStaff left = staff(CompetencyRole.SYSTEM_ANALYST, null);
        left.leave("admin", NOW);
        List<CompetencyGap.Line> gap = CompetencyGap.of(rules("maluku-tenggara").required(), List.of(
                staff(CompetencyRole.NETWORK_ENGINEER, TODAY), staff(CompetencyRole.NETWORK_ENGINEER, null),
                expired, left), TODAY);
        assertThat(line(gap, CompetencyRole.NETWORK_ENGINEER)).isEqualTo(
                new CompetencyGap.Line(CompetencyRole.NETWORK_ENGINEER, 1, 2, 0));
        assertThat(line(gap, CompetencyRole.PROGRAMMER).gap()).as("expired certificate").isEqualTo(1);
        assertThat(line(gap, CompetencyRole.SYSTEM_ANALYST).present()).as("left Dinas").isZero();
        assertThat(gap.stream().mapToInt(CompetencyGap.Line::gap).sum()).isEqualTo(4);
    }

    @Test
    void bitungNamesNoRolesSoNothingIsShort_M5() {
        assertThat(rules("bitung").required()).isEmpty();
        List<CompetencyGap.Line> gap = CompetencyGap.of(rules("bitung").required(),
                List.of(staff(CompetencyRole.PROGRAMMER, null)), TODAY);
        assertThat(gap).hasSize(5).allMatch(l -> l.required() == 0 && l.gap() == 0);
        assertThat(line(gap, CompetencyRole.PROGRAMMER).present()).isEqualTo(1);
    }

    @Test
    void aRoleListedTwiceIsRefusedAndALeaverIsClosed_M5() {
        assertThatThrownBy(() -> IctStaff.register("DISKOMINFO", "Staf", "Pranata", List.of(
                new Competency(CompetencyRole.PROGRAMMER, "a", null),
                new Competency(CompetencyRole.PROGRAMMER, "b", null)), "admin", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("M5"));
        IctStaff staff = staff(CompetencyRole.PROGRAMMER, null);
        staff.leave("admin", NOW);
        assertThatThrownBy(() -> staff.leave("admin", NOW))
                .isInstanceOf(id.go.spbe.platform.domain.StateConflictException.class);
    }
}
