package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.test.profile.RegionProfiles;
import id.go.spbe.servicedesk.roster.domain.Technician;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S2 in the service-centre regions (shipped profiles): there is no Tier 1 per OPD, so there is no roster to set. */
class Tier1RostersProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"manggarai-barat", "samarinda"})
    void aServiceCentreRegionKeepsNoTier1Roster_S2(String profile) {
        ServicedeskRegulation regulation = RegionProfiles.bind(profile, "spbe.regulation.servicedesk",
                ServicedeskRegulation.class);
        Tier1Rosters rosters = new Tier1Rosters(null, null, regulation, Clock.systemUTC());
        Caller dinas = new Caller("s", "admin.dinas", "DISKOMINFO", Set.of("DINAS_ADMIN"), true);
        assertThatThrownBy(() -> rosters.replace(dinas, "DINKES", List.of(new Technician("t", "T", null)), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.obligation()).isEqualTo("S2"));
    }
}
