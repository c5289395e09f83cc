package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.spbe.dev.launcher.StackConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RegionProfileTest {

    private static final Path REPO = StackConfig.detectRepoRoot();

    @Test
    void readsTheApplicationsSectionOfTheProfilesTheServicesStartWith() {
        RegionProfile rl = RegionProfile.read(REPO, "rejang-lebong");
        assertThat(rl.domain()).isEqualTo("rejanglebongkab.go.id");
        assertThat(rl.classes()).containsExactly("UMUM", "KHUSUS");
        assertThat(rl.requiredDocuments()).containsExactly("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
        assertThat(rl.signedDocumentsRequired()).isFalse();

        RegionProfile bitung = RegionProfile.read(REPO, "bitung");
        assertThat(bitung.classes()).containsExactly("UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS_PD");
        assertThat(bitung.requiredDocuments()).hasSize(4);

        RegionProfile samarinda = RegionProfile.read(REPO, "samarinda");
        assertThat(samarinda.requiredDocuments()).isEmpty();
        assertThat(samarinda.signedDocumentsRequired()).isTrue();
    }

    @Test
    void anUnknownProfileFallsBackToNoDomainAndEveryDocumentKind() {
        RegionProfile p = RegionProfile.read(REPO, "atlantis");
        assertThat(p.domain()).isNull();
        assertThat(p.requiredDocuments()).hasSize(4);
        assertThat(p.withinDomain("https://anything.go.id")).isFalse();
    }

    @Test
    void khususFollowsTheRegulationsSplitByNumberOfUserOpds() {
        RegionProfile rl = RegionProfile.read(REPO, "rejang-lebong");
        RegionProfile bitung = RegionProfile.read(REPO, "bitung");
        assertThat(rl.applicationClass(true, 2)).isEqualTo("KHUSUS");
        assertThat(rl.applicationClass(false, 1)).isEqualTo("UMUM");
        assertThat(bitung.applicationClass(true, 1)).isEqualTo("KHUSUS_PD");
        assertThat(bitung.applicationClass(true, 2)).isEqualTo("KHUSUS_BERBAGI_PAKAI");
    }

    @Test
    void onlyTheRegionsDomainAndItsSubdomainsAreWithin() {
        RegionProfile p = new RegionProfile("x", "denpasarkota.go.id", List.of("UMUM"), List.of(), false);
        assertThat(p.withinDomain("https://bankdata.denpasarkota.go.id/")).isTrue();
        assertThat(p.withinDomain("e-pajak.denpasarkota.go.id/esptpd")).isTrue();
        assertThat(p.withinDomain("HTTP://DENPASARKOTA.GO.ID")).isTrue();
        assertThat(p.withinDomain("http://evildenpasarkota.go.id")).isFalse();
        assertThat(p.withinDomain("www.siap-ppdb.com")).isFalse();
        assertThat(p.withinDomain("")).isFalse();
    }

    @Test
    void theFormCarriesTheInventorysFactsWithinTheRulesOfTheProfile() {
        RegionProfile rl = RegionProfile.read(REPO, "rejang-lebong");
        DemoRegion region = DemoRegion.load();

        // Dinas registers for an OPD without a demo operator; central applications are closed source, hosted centrally.
        Map<String, Object> sipd = ApplicationsStep.form(region.application("45"), rl);
        assertThat(sipd).containsEntry("ownerOpd", "BAPPEDA").containsEntry("applicationClass", "KHUSUS")
                .containsEntry("licence", Map.of("kind", "CLOSED_SOURCE"))
                .containsEntry("hosting", Map.of("kind", "INSTANSI_PUSAT"))
                .containsEntry("functionDomains", List.of("PERENCANAAN"));
        // An address outside the region's domain is not sent as the URL (A10) but kept in the description.
        assertThat(sipd.get("url")).isNull();
        assertThat((String) sipd.get("description")).contains("Alamat di inventaris asal: sipd.kemendagri.go.id")
                .contains("id_app 45");

        // The operator's own OPD comes from the token.
        Map<String, Object> siha = ApplicationsStep.form(region.application("20"), rl);
        assertThat(siha).doesNotContainKey("ownerOpd");

        // An application with a demo subdomain gets its address on the region's domain.
        assertThat(ApplicationsStep.form(region.application("73"), rl))
                .containsEntry("url", "https://ekinerja.rejanglebongkab.go.id/")
                .containsEntry("applicationClass", "UMUM");
        assertThat(ApplicationsStep.form(region.application("2"), rl)).containsEntry("developmentStatus", "OBSOLETE");
    }
}
