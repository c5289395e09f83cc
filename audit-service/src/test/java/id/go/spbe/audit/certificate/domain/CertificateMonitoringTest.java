package id.go.spbe.audit.certificate.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AU9 is a Maluku Tenggara rule (MT p21(8,9)): read from the shipped profile files, never hand-copied. */
class CertificateMonitoringTest {

    static CertificateMonitoring of(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.audit", CertificateMonitoring.class);
    }

    @Test
    void au9MalukuTenggaraMonitorsCertificatesAndTheRegisterIsOpen() {
        assertThat(of("maluku-tenggara").certificateMonitoring()).isTrue();
        assertThatCode(() -> of("maluku-tenggara").requireActive()).doesNotThrowAnyException();
    }

    @Test
    void au9RegionsSilentOnCertificatesRefuseTheRegisterWith422() {
        for (String profile : List.of("rejang-lebong", "bitung", "samarinda", "manggarai-barat")) {
            assertThat(of(profile).certificateMonitoring()).as(profile).isFalse();
            assertThatThrownBy(() -> of(profile).requireActive()).as(profile)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("AU9"));
        }
    }

    @Test
    void au9EverySixProfilesSaysWhetherItMonitors() {
        // national-default carries the national baseline, which keeps the switch on; the list is the shipped one.
        assertThat(RegionProfiles.all()).containsExactlyInAnyOrder("bitung", "maluku-tenggara", "manggarai-barat",
                "national-default", "rejang-lebong", "samarinda");
        assertThat(RegionProfiles.all().stream().filter(p -> of(p).certificateMonitoring()).toList())
                .containsExactly("maluku-tenggara", "national-default");
    }
}
