package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RegionProfileTest {

    static RegionProfile published(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) Json.parse(json);
        return RegionProfile.fromApi(profile);
    }

    static final RegionProfile REJANG_LEBONG = published("""
            {"id":"rejang-lebong","regulation":"Peraturan Bupati Rejang Lebong Nomor 6 Tahun 2022",
             "applications":{"domain":"rejanglebongkab.go.id","classes":["UMUM","KHUSUS"],
               "requiredDocuments":["REQUIREMENTS_SPEC","USER_MANUAL","SOURCE_CODE"],"signedDocumentsRequired":false}}""");

    static final RegionProfile BITUNG = published("""
            {"id":"bitung","applications":{"domain":null,"classes":["UMUM","KHUSUS_BERBAGI_PAKAI","KHUSUS_PD"],
               "requiredDocuments":[],"signedDocumentsRequired":true}}""");

    @Test
    void readsTheApplicationRulesAsApplicationRegistryPublishesThem() {
        assertThat(REJANG_LEBONG.id()).isEqualTo("rejang-lebong");
        assertThat(REJANG_LEBONG.domain()).isEqualTo("rejanglebongkab.go.id");
        assertThat(REJANG_LEBONG.classes()).containsExactly("UMUM", "KHUSUS");
        assertThat(REJANG_LEBONG.requiredDocuments()).containsExactly("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
        assertThat(REJANG_LEBONG.signedDocumentsRequired()).isFalse();
        assertThat(BITUNG.domain()).isNull();
        assertThat(BITUNG.requiredDocuments()).isEmpty();
        assertThat(BITUNG.signedDocumentsRequired()).isTrue();
        assertThat(BITUNG.withinDomain("https://anything.go.id")).as("no domain: nothing is within").isFalse();
    }

    @Test
    void khususFollowsTheRegulationsSplitByNumberOfUserOpds() {
        RegionProfile rl = REJANG_LEBONG;
        RegionProfile bitung = BITUNG;
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
        RegionProfile rl = REJANG_LEBONG;
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
