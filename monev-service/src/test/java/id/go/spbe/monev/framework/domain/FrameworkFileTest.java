package id.go.spbe.monev.framework.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** M1: frameworks are data; a file is loaded only when its weights and predicate table hold together. */
class FrameworkFileTest {

    static final String HEADER = "domain_no,domain,domain_weight,aspect_no,aspect,aspect_weight,indicator_no,"
            + "indicator,indicator_weight\n";
    static final String PREDICATES = Frameworks.resource("frameworks/permenpanrb-5-2018-predicates.csv");

    static FrameworkFile.Header header(String total) {
        return new FrameworkFile.Header("test-framework", "Uji", "Uji", FrameworkStatus.IMPORTED,
                new BigDecimal(total), 2);
    }

    static List<FrameworkFileException.LineError> errors(String indicators, String predicates, String total) {
        try {
            FrameworkFile.read(header(total), indicators, predicates, Map.of());
        } catch (FrameworkFileException e) {
            return e.errors();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void theShipped59Of2020FrameworkHasFourDomainsEightAspectsAnd47WeightedIndicators_M1() {
        Framework spbe = Frameworks.permenpanrb59();
        assertThat(spbe.status()).isEqualTo(FrameworkStatus.OFFICIAL);
        assertThat(spbe.domains()).extracting(d -> d.weight().toPlainString())
                .containsExactly("13.00", "25.00", "16.50", "45.50");
        assertThat(spbe.domains().stream().flatMap(d -> d.aspects().stream()))
                .extracting(a -> a.weight().toPlainString())
                .containsExactly("13.00", "10.00", "10.00", "5.00", "12.00", "4.50", "27.50", "18.00");
        assertThat(spbe.indicators()).hasSize(47);
        assertThat(spbe.indicator("32").orElseThrow().weight()).isEqualByComparingTo("2.75");
        assertThat(spbe.indicators()).allSatisfy(i -> assertThat(i.architectureDomain()).isNotNull());
        assertThat(spbe.predicates()).extracting(PredicateBand::predicate)
                .containsExactly("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan");
        // Level descriptors: process capability for 1-31, technical function for the services 32-47.
        assertThat(spbe.indicator("31").orElseThrow().levelDescriptors().get(0)).startsWith("Rintisan");
        assertThat(spbe.indicator("32").orElseThrow().levelDescriptors()).hasSize(5)
                .extracting(d -> d.substring(0, d.indexOf(':')))
                .containsExactly("Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimalisasi");
    }

    @Test
    void theShipped2026SuccessorIsProvisionalWithSevenAspectsAndTwentyIndicators_M1() {
        Framework pemdi = Frameworks.pemdi2026();
        assertThat(pemdi.status()).isEqualTo(FrameworkStatus.PROVISIONAL);
        assertThat(pemdi.domains()).hasSize(7);
        assertThat(pemdi.indicators()).hasSize(20);
        assertThat(pemdi.indicator("20").orElseThrow().weight()).isEqualByComparingTo("15");
    }

    /** A real-world error (sleeppygirls/SPBE's SQL dump): indicators 32–41 stored as 27.50 instead of 2.75. */
    @Test
    void weightsThatDoNotAddUpToTheirAspectAreRefusedNamingTheLineAndField_M1() {
        String csv = Frameworks.resource("frameworks/permenpanrb-5-2018-x6.csv").replace(
                "Layanan Naskah Dinas,30", "Layanan Naskah Dinas,300");
        List<FrameworkFileException.LineError> errors = errors(csv, PREDICATES, "600");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("indicators");
            assertThat(e.field()).isEqualTo("indicator_weight");
            assertThat(e.message()).contains("aspek 6").contains("480").contains("210");
        });

        String spbe = Frameworks.resource("frameworks/permenpanrb-59-2020.csv")
                .replace("Tingkat Kematangan Layanan Perencanaan,2.75", "Tingkat Kematangan Layanan Perencanaan,27.50");
        List<String> lines = spbe.lines().toList();
        int firstAspect7Line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("Layanan Perencanaan"))
                .findFirst().orElseThrow());
        List<FrameworkFileException.LineError> spbeErrors = errors(spbe,
                Frameworks.resource("frameworks/permenpanrb-5-2018-predicates.csv"), "100");
        assertThat(spbeErrors).containsExactly(new FrameworkFileException.LineError("indicators", firstAspect7Line,
                "indicator_weight", "Bobot indikator aspek 7 berjumlah 52.25, sedangkan aspect_weight 27.50."));
    }

    @Test
    void domainWeightsMustAddUpToTheFrameworkTotal_M1() {
        String csv = HEADER + "1,A,60,1,A1,60,1,I1,60\n2,B,30,2,B1,30,2,I2,30\n";
        assertThat(errors(csv, PREDICATES, "100")).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("domain_weight");
            assertThat(e.message()).contains("90").contains("100");
        });
    }

    @Test
    void everyBadCellIsReportedWithItsLineNotJustTheFirst_M1() {
        String csv = "# comment line\n" + HEADER
                + "1,A,100,1,A1,100,1,I1,abc\n"
                + "1,A,100,1,A1,100,,I2,50\n"
                + "1,Other,100,1,A1,100,3,I3,50\n"
                + "1,A,100,1,A1,100,3,I3b,50\n"
                + "1,A,100,1,A1,100,4,I4\n";
        List<FrameworkFileException.LineError> errors = errors(csv, PREDICATES, "100");
        assertThat(errors).extracting(e -> e.line() + ":" + e.field())
                .contains("3:indicator_weight", "4:indicator_no", "5:domain", "6:indicator_no", "7:-");
        assertThat(errors).filteredOn(e -> e.line() == 5).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("baris 3"));
    }

    @Test
    void aDecimalCommaGetsAHint_M1() {
        String csv = HEADER + "1,A,100,1,A1,100,1,I1,\"100,00\"\n";
        assertThat(errors(csv, PREDICATES, "100")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("titik"));
    }

    @Test
    void missingAndUnknownColumnsAreNamed_M1() {
        String csv = "domain_no,domain,domain_weight,aspect_no,aspect,aspect_weight,indicator_no,indikator,"
                + "indicator_weight\n1,A,100,1,A1,100,1,I1,100\n";
        assertThat(errors(csv, PREDICATES, "100")).extracting(FrameworkFileException.LineError::field)
                .containsExactlyInAnyOrder("indicator", "indikator");
    }

    @Test
    void levelDescriptorsAreAllFiveOrNone_M1() {
        String csv = HEADER.strip() + ",architecture_domain,level_1,level_2,level_3,level_4,level_5\n"
                + "1,A,100,1,A1,100,1,I1,60,APLIKASI,Rintisan,Terkelola,Terdefinisi,Terpadu,Optimum\n"
                + "1,A,100,1,A1,100,2,I2,40,awan,Rintisan,,Terdefinisi,Terpadu,Optimum\n";
        assertThat(errors(csv, PREDICATES, "100")).extracting(e -> e.line() + ":" + e.field())
                .containsExactlyInAnyOrder("3:architecture_domain", "3:level_2");
    }

    @Test
    void aFileWithDescriptorsAndArchitectureDomainsLoads_M1() {
        String csv = HEADER.strip() + ",architecture_domain,level_1,level_2,level_3,level_4,level_5\n"
                + "1,A,100,1,A1,100,1,I1,60,aplikasi,Rintisan,Terkelola,Terdefinisi,Terpadu,Optimum\n"
                + "1,A,100,1,A1,100,2,\"I2, with comma\",40,,,,,,\n";
        Framework framework = FrameworkFile.read(header("100"), csv, PREDICATES, Map.of());
        assertThat(framework.indicator("1").orElseThrow().architectureDomain()).isEqualTo(ArchitectureDomain.APLIKASI);
        assertThat(framework.indicator("1").orElseThrow().levelDescriptors()).hasSize(5).startsWith("Rintisan");
        assertThat(framework.indicator("2").orElseThrow().name()).isEqualTo("I2, with comma");
        assertThat(framework.indicator("2").orElseThrow().levelDescriptors()).isEmpty();
    }

    @Test
    void predicateBandsWithAGapAreRefused_M1() {
        String predicates = "min_inclusive,max_exclusive,predicate\n1.00,1.80,Kurang\n1.90,5.00,Baik\n";
        assertThat(errors(HEADER + "1,A,100,1,A1,100,1,I1,100\n", predicates, "100")).singleElement()
                .satisfies(e -> {
                    assertThat(e.file()).isEqualTo("predicates");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("min_inclusive");
                    assertThat(e.message()).contains("Celah");
                });
    }

    @Test
    void overlappingPredicateBandsAreRefused_M1() {
        String predicates = "min_inclusive,max_exclusive,predicate\n1.00,2.00,Kurang\n1.80,5.00,Baik\n";
        assertThat(errors(HEADER + "1,A,100,1,A1,100,1,I1,100\n", predicates, "100")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Tumpang tindih"));
    }

    @Test
    void predicateBandsMustCoverTheWholeScaleFromOneToFive_M1() {
        String predicates = "min_inclusive,max_exclusive,predicate\n0.00,2.00,Kurang\n2.00,4.50,Baik\n";
        assertThat(errors(HEADER + "1,A,100,1,A1,100,1,I1,100\n", predicates, "100"))
                .extracting(e -> e.line() + ":" + e.field())
                .containsExactlyInAnyOrder("2:min_inclusive", "3:max_exclusive");
    }

    @Test
    void predicatesInAnyOrderAreSortedAndStillChecked_M1() {
        String predicates = "min_inclusive,max_exclusive,predicate\n3.00,5.00,Baik\n1.00,3.00,Kurang\n";
        Framework framework = FrameworkFile.read(header("100"), HEADER + "1,A,100,1,A1,100,1,I1,100\n", predicates,
                Map.of());
        assertThat(framework.predicateOf(new BigDecimal("3.00"))).isEqualTo("Baik");
        assertThat(framework.predicateOf(new BigDecimal("5.00"))).isEqualTo("Baik");
        assertThat(framework.predicateOf(new BigDecimal("2.99"))).isEqualTo("Kurang");
    }

    @Test
    void bothFilesAreReportedTogether_M1() {
        assertThatThrownBy(() -> FrameworkFile.read(header("100"), "", "", Map.of()))
                .isInstanceOfSatisfying(FrameworkFileException.class, e -> assertThat(e.errors())
                        .extracting(FrameworkFileException.LineError::file)
                        .containsExactlyInAnyOrder("indicators", "predicates"));
    }
}
