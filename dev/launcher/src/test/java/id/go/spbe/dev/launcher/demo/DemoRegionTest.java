package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.spbe.dev.launcher.DemoUsers;
import id.go.spbe.dev.launcher.StackConfig;
import id.go.spbe.dev.launcher.demo.DemoApplication.TargetStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo data as shipped: a believable region the platform's rules accept, mapped onto the demo users' OPDs. */
class DemoRegionTest {

    private final DemoRegion region = DemoRegion.load();

    @Test
    void theStructureKeepsTheSeededCodesOfTheDemoUsersAndListsParentsFirst() {
        Set<String> codes = region.opds().stream().map(DemoOpd::code).collect(Collectors.toSet());
        assertThat(codes).containsAll(DemoOpd.SEEDED);
        DemoUsers.ALL.stream().map(DemoUsers.DemoUser::opd).filter(o -> !o.isEmpty())
                .forEach(opd -> assertThat(codes).as("OPD of a demo user").contains(opd));
        Set<String> seen = new HashSet<>();
        for (DemoOpd opd : region.opds()) {
            if (!opd.parent().isEmpty()) {
                assertThat(seen).as("parent of " + opd.code()).contains(opd.parent());
            }
            if (opd.kind().equals("UNIT_KERJA") || opd.kind().equals("SUB_UNIT")) {
                assertThat(opd.parent()).as(opd.code() + " is part of another OPD").isNotEmpty();
            }
            assertThat(opd.code()).matches("^[A-Z][A-Z0-9_-]{1,29}$");
            seen.add(opd.code());
        }
        assertThat(region.opds()).extracting(DemoOpd::kind)
                .contains("SEKRETARIAT_DAERAH", "DINAS", "BADAN", "KECAMATAN", "UPTD", "UNIT_KERJA", "RSUD");
        assertThat(region.opds()).extracting(DemoOpd::kind).isSubsetOf(enumNames("opd/domain/OpdKind.java"));
    }

    @Test
    void theSelectionIsFortyToSixtyInventoryApplicationsAllOwnedByOpdsOfTheStructure() {
        assertThat(region.applications()).hasSizeBetween(40, 60);
        assertThat(region.skipped()).isEmpty();
        Set<String> codes = region.opds().stream().map(DemoOpd::code).collect(Collectors.toSet());
        region.applications().forEach(a -> {
            assertThat(codes).as(a.name()).contains(a.ownerOpd());
            assertThat(codes).as(a.name()).containsAll(a.userOpds());
            assertThat(a.userOpds()).as(a.name()).doesNotContain(a.ownerOpd());
        });
        assertThat(region.applications()).extracting(DemoApplication::inventoryId).doesNotHaveDuplicates();
    }

    @Test
    void rowsMapByTheSourcesUnitCodeSoRenamedSeededOpdsKeepTheirCodes() {
        assertThat(region.application("79").ownerOpd()).isEqualTo("DISDIK"); // Website Disdikpora
        assertThat(region.application("20").ownerOpd()).isEqualTo("DINKES"); // SIHA
        DemoApplication damakesmas = region.application("72");
        assertThat(damakesmas.ownerOpd()).isEqualTo("DISKOMINFO");
        assertThat(damakesmas.userOpds()).containsExactly("DINKES");
        // "Seluruh Perangkat Daerah" is a scope, not an OPD: no user OPD is invented for it.
        assertThat(region.application("73").userOpds()).isEmpty();
        assertThat(region.application("10").name()).isEqualTo("RPKAM"); // stray whitespace tidied
        assertThat(region.application("85").description()).doesNotContain("\n");
    }

    @Test
    void everyWorkflowStateHasAFewApplicationsAndTheOperatorsOpdsSeveral() {
        Map<TargetStatus, Long> byState = region.applications().stream()
                .collect(Collectors.groupingBy(DemoApplication::target, Collectors.counting()));
        assertThat(byState.keySet()).containsExactlyInAnyOrder(TargetStatus.values());
        byState.forEach((state, n) -> assertThat(n).as(state.name()).isGreaterThanOrEqualTo(3));
        for (String opd : DemoContext.OPERATORS.keySet()) {
            assertThat(region.applications().stream().filter(a -> a.ownerOpd().equals(opd))
                    .map(DemoApplication::target).distinct().count()).as(opd).isGreaterThanOrEqualTo(4);
        }
        // Applications the inventory marks inactive are the decommissioned ones, and only they.
        region.applications().forEach(a -> assertThat(a.target() == TargetStatus.DECOMMISSIONED)
                .as(a.name()).isEqualTo(!a.activeInInventory()));
    }

    @Test
    void theThreeSmsGatewaysOfDifferentOpdsAreKeptForDuplicateDetection() {
        List<DemoApplication> sms = region.applications().stream().filter(a -> a.name().equals("SMS Gateway")).toList();
        assertThat(sms).hasSize(3).extracting(DemoApplication::ownerOpd).doesNotHaveDuplicates();
    }

    @Test
    void functionDomainsAndServiceTypesAreValuesTheRegisterKnows() {
        Set<String> domains = enumNames("application/domain/FunctionDomain.java");
        Set<String> types = enumNames("application/domain/ServiceType.java");
        region.applications().forEach(a -> {
            assertThat(domains).as(a.name()).contains(a.functionDomain());
            assertThat(types).as(a.name()).contains(a.serviceType());
        });
    }

    @Test
    void theDemoStatesAreTheRegistersApplicationStatuses() {
        assertThat(enumNames("application/domain/ApplicationStatus.java")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(TargetStatus.values()).map(Enum::name).toList());
    }

    @Test
    void theWalkVisitsTheStatesOnTheWayAndARejectionEndsIt() {
        assertThat(EnumSet.allOf(TargetStatus.class).stream().filter(TargetStatus.ACTIVE::reaches))
                .containsExactly(TargetStatus.DRAFT, TargetStatus.SUBMITTED, TargetStatus.RECOMMENDED,
                        TargetStatus.DEPOSITED, TargetStatus.ACTIVE);
        assertThat(EnumSet.allOf(TargetStatus.class).stream().filter(TargetStatus.REJECTED::reaches))
                .containsExactly(TargetStatus.DRAFT, TargetStatus.SUBMITTED, TargetStatus.REJECTED);
        assertThat(TargetStatus.DECOMMISSIONED.reaches(TargetStatus.ACTIVE)).isTrue();
        assertThat(TargetStatus.DECOMMISSIONED.reaches(TargetStatus.REJECTED)).isFalse();
    }

    @Test
    void anOwnerMissingFromTheStructureIsSkippedWithTheReasonNotGuessed() {
        List<Map<String, String>> opds = List.of(Map.of("unit", "030801", "code", "DISKOMINFO", "kind", "DINAS",
                "parent", "", "name", "Dinas Komunikasi, Informatika dan Statistik"));
        Map<String, String> pdam = Map.ofEntries(Map.entry("id_app", "14"), Map.entry("judul", "SIDAB"),
                Map.entry("infofungsi", ""), Map.entry("unit", "300001"), Map.entry("unit_pengguna", "300001"),
                Map.entry("x_opd_pemilik", "PDAM Kota Denpasar"), Map.entry("x_klasifikasi", "Umum"),
                Map.entry("x_kategori", "Lokal"), Map.entry("link", ""), Map.entry("sts_aktif", "aktif"),
                Map.entry("x_demo_status", "ACTIVE"), Map.entry("x_demo_fungsi", "KEUANGAN"),
                Map.entry("x_demo_layanan", "INFORMASI"));
        DemoRegion r = DemoRegion.of(opds, List.of(pdam));
        assertThat(r.applications()).isEmpty();
        assertThat(r.skipped()).singleElement().asString().contains("SIDAB").contains("PDAM Kota Denpasar");
    }

    @Test
    void aParentListedAfterItsSubUnitIsRefused() {
        List<Map<String, String>> opds = List.of(
                Map.of("unit", "", "code", "SETDA-HUKUM", "kind", "UNIT_KERJA", "parent", "SETDA", "name", "Bagian Hukum"),
                Map.of("unit", "", "code", "SETDA", "kind", "SEKRETARIAT_DAERAH", "parent", "", "name", "Setda"));
        assertThatThrownBy(() -> DemoRegion.of(opds, List.of())).hasMessageContaining("SETDA-HUKUM");
    }

    @Test
    void theActorsAreDemoUsersWithTheRolesTheirStepsNeed() {
        assertThat(DemoUsers.ALL).contains(new DemoUsers.DemoUser(DemoContext.DINAS, "DINAS_ADMIN", "DISKOMINFO"));
        assertThat(DemoUsers.ALL).anyMatch(u -> u.username().equals(DemoContext.COORDINATOR)
                && u.role().equals("COORDINATOR"));
        DemoContext.OPERATORS.forEach((opd, user) ->
                assertThat(DemoUsers.ALL).contains(new DemoUsers.DemoUser(user, "OPD_OPERATOR", opd)));
        assertThat(DemoContext.actorFor("DISHUB")).isEqualTo(DemoContext.DINAS);
    }

    /** Constant names of an app-registry enum, read from its source so the demo data cannot drift from it. */
    static Set<String> enumNames(String relativePath) {
        Path file = StackConfig.detectRepoRoot()
                .resolve("app-registry-service/src/main/java/id/go/spbe/appregistry").resolve(relativePath);
        try {
            String source = Files.readString(file);
            Matcher m = Pattern.compile("enum \\w+ \\{([^;}]*)").matcher(source);
            assertThat(m.find()).as("enum in " + file).isTrue();
            return Arrays.stream(m.group(1).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*|\\([^)]*\\)", "").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
