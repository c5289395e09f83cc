package id.go.spbe.platform.profile;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Regulation profiles: one per seed plus national-default, chosen by SPBE_PROFILE. */
class RegulationProfileTest {

    private StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new SpbeEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void rejangLebongIsTheDefaultProfile() {
        StandardEnvironment environment = environmentWith(Map.of());
        RegionProfile region = Binder.get(environment).bind("spbe.regulation", RegionProfile.class).get();
        assertThat(region.id()).isEqualTo("rejang-lebong");
        assertThat(region.region().timeZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(environment.getProperty("spbe.regulation.applications.domain")).isEqualTo("rejanglebongkab.go.id");
    }

    @Test
    void everyShippedProfileLoadsWithItsOwnTimeZoneAndClasses() {
        Map<String, String> zones = Map.of("rejang-lebong", "Asia/Jakarta", "bitung", "Asia/Makassar",
                "maluku-tenggara", "Asia/Jayapura", "manggarai-barat", "Asia/Makassar", "samarinda", "Asia/Makassar",
                "national-default", "Asia/Jakarta");
        for (String profile : SpbeEnvironmentPostProcessor.PROFILES) {
            StandardEnvironment environment = environmentWith(Map.of("SPBE_PROFILE", profile));
            RegionProfile region = Binder.get(environment).bind("spbe.regulation", RegionProfile.class).get();
            assertThat(region.id()).isEqualTo(profile);
            assertThat(region.region().timeZone()).isEqualTo(ZoneId.of(zones.get(profile)));
            assertThat(environment.getProperty("spbe.regulation.applications.classes[0]")).isEqualTo("UMUM");
        }
    }

    @Test
    void a2BitungSplitsKhususIntoBerbagiPakaiAndPd() {
        StandardEnvironment environment = environmentWith(Map.of("SPBE_PROFILE", "bitung"));
        assertThat(environment.getProperty("spbe.regulation.applications.classes[1]"))
                .isEqualTo("KHUSUS_BERBAGI_PAKAI");
        assertThat(environment.getProperty("spbe.regulation.applications.classes[2]")).isEqualTo("KHUSUS_PD");
    }

    @Test
    void anEnvironmentVariableOverridesASingleProfileParameter() {
        StandardEnvironment environment = environmentWith(
                Map.of("spbe.regulation.audit.cycle-years", "3"));
        assertThat(environment.getProperty("spbe.regulation.audit.cycle-years")).isEqualTo("3");
        assertThat(environment.getProperty("spbe.regulation.audit.infrastructure")).isEqualTo("true");
    }

    @Test
    void anUnknownProfileStopsStartUpNamingTheKnownOnes() {
        assertThatThrownBy(() -> environmentWith(Map.of("SPBE_PROFILE", "atlantis")))
                .hasMessageContaining("atlantis").hasMessageContaining("rejang-lebong");
    }
}
