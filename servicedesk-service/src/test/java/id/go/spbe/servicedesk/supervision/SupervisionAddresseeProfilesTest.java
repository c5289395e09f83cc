package id.go.spbe.servicedesk.supervision;

import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S4: the monthly supervision report goes to whom the shipped profile names. Every regulation has Dinas supervise or
 * run the desk (RL p46(11), BT p41(11); MB/SM p31 the service centre; MT p27) and none names another recipient, so
 * every profile names the head of Dinas — stated per profile rather than left to the fallback.
 */
class SupervisionAddresseeProfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"rejang-lebong", "bitung", "manggarai-barat", "samarinda", "maluku-tenggara",
            "national-default"})
    void everyProfileNamesTheReportsAddressee_S4(String profile) {
        assertThat(RegionProfiles.bind(profile, "spbe.regulation.servicedesk", SupervisionRegulation.class)
                .reportTo()).isEqualTo("Kepala Dinas Komunikasi dan Informatika");
    }

    @Test
    void withoutTheKeyTheReportGoesToTheHeadOfDinas_S4() {
        assertThat(new SupervisionRegulation(" ").reportTo()).isEqualTo(SupervisionRegulation.HEAD_OF_DINAS);
    }
}
