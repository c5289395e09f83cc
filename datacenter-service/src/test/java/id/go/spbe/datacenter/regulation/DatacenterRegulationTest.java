package id.go.spbe.datacenter.regulation;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D4 per region, from the profile files the product ships: who gets a VPS and who colocates own servers. */
class DatacenterRegulationTest {

    static final OpdReference MANDIRI = new OpdReference("BAPPEDA", "Bappeda", false, true, true, Instant.EPOCH);
    static final OpdReference PLAIN = new OpdReference("DINKES", "Dinas Kesehatan", false, false, true, Instant.EPOCH);

    static DatacenterRegulation of(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.datacenter", DatacenterRegulation.class);
    }

    @Test
    void d4InRejangLebongAndBitungOwnServersAreForMandiriTikOpdTheOthersGetAVps() {
        for (String region : new String[] {"rejang-lebong", "bitung"}) {
            DatacenterRegulation rules = of(region);
            assertThatThrownBy(() -> rules.requireMayRequestVps(MANDIRI)).isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("D4");
            assertThatCode(() -> rules.requireMayRequestVps(PLAIN)).doesNotThrowAnyException();
            assertThatCode(() -> rules.requireMayColocate(MANDIRI)).doesNotThrowAnyException();
            assertThatThrownBy(() -> rules.requireMayColocate(PLAIN)).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("Mandiri TIK");
        }
    }

    @Test
    void d4InMalukuTenggaraEveryOpdMayPlaceItsServersOrAskForAVps() {
        DatacenterRegulation rules = of("maluku-tenggara");
        for (OpdReference opd : new OpdReference[] {MANDIRI, PLAIN}) {
            assertThatCode(() -> rules.requireMayRequestVps(opd)).doesNotThrowAnyException();
            assertThatCode(() -> rules.requireMayColocate(opd)).doesNotThrowAnyException();
        }
    }

    @Test
    void d2PlacementIsMandatoryOnlyInRejangLebong() {
        assertThat(of("rejang-lebong").opdPlacement()).isEqualTo(DatacenterRegulation.Placement.MANDATORY);
        for (String region : new String[] {"bitung", "maluku-tenggara", "manggarai-barat", "samarinda",
                "national-default"}) {
            assertThat(of(region).opdPlacement()).as(region).isEqualTo(DatacenterRegulation.Placement.OPTIONAL);
        }
    }

    @Test
    void d2ASystemOutsideIsFlaggedWithD2OnlyWherePlacementIsMandatory() {
        assertThat(of("rejang-lebong").placementObligationOutside()).isEqualTo("D2");
        assertThat(of("maluku-tenggara").placementObligationOutside()).isNull();
        assertThat(of("bitung").placementObligationOutside()).isNull();
    }

    @Test
    void d5EveryShippedProfileNamesTheAddresseeOfTheYearlyReview() {
        assertThat(of("rejang-lebong").reportTo()).as("RL p19(13), coordination team of p51")
                .isEqualTo("Tim Koordinasi SPBE");
        assertThat(of("maluku-tenggara").reportTo()).isEqualTo("Tim Penilai SPBE");
        assertThat(of("samarinda").reportTo()).isEqualTo("Komite Pengarah SPBE");
        for (String profile : java.util.List.of("bitung", "manggarai-barat", "national-default")) {
            assertThat(of(profile).reportTo()).as(profile).isNotBlank();
        }
    }
}
