package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * S6: who approves a change follows the shipped profile: Dinas in Rejang Lebong (OPD coordinate changes with Dinas,
 * RL p45(4)), the Tim Koordinasi SPBE in Bitung (BT p40(4)), Dinas where the regulation names no one.
 */
class ChangeApproverProfilesTest {

    @ParameterizedTest
    @CsvSource({"rejang-lebong,DINAS_ADMIN", "bitung,COORDINATOR", "manggarai-barat,DINAS_ADMIN",
            "samarinda,DINAS_ADMIN", "maluku-tenggara,DINAS_ADMIN", "national-default,DINAS_ADMIN"})
    void theProfileNamesTheChangeApprover_S6(String profile, String role) {
        assertThat(RegionProfiles.bind(profile, "spbe.regulation.servicedesk", ServicedeskRegulation.class)
                .changeApprover()).isEqualTo(role);
    }

    @Test
    void anUnknownApproverRoleFailsTheStartInsteadOfLockingApprovalsAway_S6() {
        assertThatThrownBy(() -> new ServicedeskRegulation(null, "KEPALA_DINAS"))
                .hasMessageContaining("KEPALA_DINAS");
        assertThat(new ServicedeskRegulation(null, null).changeApprover()).isEqualTo("DINAS_ADMIN");
    }
}
