package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationRepository;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** G5 on real data: the Denpasar inventory registers "SMS Gateway" three times, for three OPD. */
@SpbeIntegrationTest
class DenpasarDuplicatesIntegrationTest {

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationRules rules;

    @Autowired
    DuplicateDetector detector;

    @Test
    void g5TheThreeSmsGatewaysOfDenpasarArePairedWithEachOther() {
        List<DenpasarInventory.Row> rows = DenpasarInventory.rows();
        assertThat(rows).hasSize(189);
        Map<String, Application> byRow = new java.util.LinkedHashMap<>();
        List<Application> loaded = new ArrayList<>();
        try {
            for (DenpasarInventory.Row row : rows) {
                Application app = importRow(row);
                byRow.put(row.id(), app);
                loaded.add(app);
            }
            List<Application> gateways = List.of(byRow.get("85"), byRow.get("86"), byRow.get("87"));
            assertThat(gateways).extracting(Application::name).containsOnly("SMS Gateway");

            for (Application gateway : gateways) {
                Map<String, DuplicateCandidate> found = detector.likelyDuplicatesOf(gateway).stream()
                        .collect(Collectors.toMap(DuplicateCandidate::id, Function.identity()));
                List<String> others = gateways.stream().map(Application::id).filter(id -> !id.equals(gateway.id()))
                        .toList();
                assertThat(found).containsKeys(others.toArray(String[]::new));
                others.forEach(other -> assertThat(found.get(other).reasons()).contains("nama mirip: sms, gateway"));
                assertThat(found).doesNotContainKey(gateway.id());
            }
            // Retired rows (sts_aktif = naktif) are not offered as duplicates.
            Application retiredIos = byRow.get("163");
            assertThat(retiredIos.status().name()).isEqualTo("DECOMMISSIONED");
            assertThat(detector.likelyDuplicatesOf(byRow.get("145"))).extracting(DuplicateCandidate::id)
                    .doesNotContain(retiredIos.id());
        } finally {
            // the database is shared by all test classes: retire the import so it is nobody's candidate
            Instant now = Instant.now();
            for (Application app : loaded) {
                if (app.status().name().equals("DRAFT")) {
                    app.decommission("Data uji dihapus", "test", now);
                    applications.save(app);
                }
            }
        }
    }

    private Application importRow(DenpasarInventory.Row row) {
        ApplicationClass applicationClass = "Umum".equalsIgnoreCase(row.classification()) ? ApplicationClass.UMUM
                : ApplicationClass.KHUSUS;
        ApplicationDetails details = ApplicationDetails.of(row.name(),
                row.function().isBlank() ? null : row.function(), applicationClass, List.of());
        Instant now = Instant.now();
        Application app = Application.register(details, ownerFor(row.ownerOpd()), rules.policy(), "import.denpasar",
                now);
        if (!row.active()) {
            app.decommission("Tidak aktif menurut inventaris Denpasar", "import.denpasar", now);
        }
        return applications.save(app);
    }

    /** The test region has three OPD; Denpasar's owners are mapped onto them by sector. */
    private static String ownerFor(String denpasarOpd) {
        String opd = denpasarOpd.toLowerCase();
        if (opd.contains("kesehatan") || opd.contains("rumah sakit")) {
            return "DINKES";
        }
        return opd.contains("pendidikan") ? "DISDIK" : "DISKOMINFO";
    }
}
