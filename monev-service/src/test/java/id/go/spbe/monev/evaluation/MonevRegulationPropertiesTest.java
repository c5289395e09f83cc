package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** M3 and M2 as the shipped profiles say them, read from the files themselves. */
class MonevRegulationPropertiesTest {

    static MonevRegulationProperties of(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.monev", MonevRegulationProperties.class);
    }

    @Test
    void everyShippedProfileNamesACoordinatorForEveryArchitectureDomain_M3() {
        assertThat(RegionProfiles.all()).hasSize(6);
        for (String profile : RegionProfiles.all()) {
            MonevRegulationProperties monev = of(profile);
            assertThat(monev.domainCoordinators()).as(profile).containsOnlyKeys(ArchitectureDomain.values());
            assertThat(monev.reportTo()).as(profile).isNotBlank();
        }
    }

    @Test
    void bitungSplitsTheDomainsOverThreeUnitsWhereOthersLeaveThemToDinas_M3() {
        assertThat(of("bitung").coordinators()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ArchitectureDomain.PROSES_BISNIS, Unit.BAGIAN_ORGANISASI, ArchitectureDomain.LAYANAN,
                Unit.BAGIAN_ORGANISASI, ArchitectureDomain.DATA_INFORMASI, Unit.BAPPEDA,
                ArchitectureDomain.APLIKASI, Unit.DINAS, ArchitectureDomain.INFRASTRUKTUR, Unit.DINAS,
                ArchitectureDomain.KEAMANAN, Unit.DINAS));
        for (String profile : new String[] {"rejang-lebong", "national-default", "samarinda"}) {
            assertThat(of(profile).coordinators().values()).as(profile).containsOnly(Unit.DINAS);
        }
    }

    @Test
    void aProfileWithoutTheMappingFallsBackToDinas_M3() {
        assertThat(new MonevRegulationProperties("Tim Koordinasi SPBE", null).coordinators().values())
                .hasSize(6).containsOnly(Unit.DINAS);
    }
}
