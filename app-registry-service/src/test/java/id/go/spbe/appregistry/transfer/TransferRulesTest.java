package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.DevelopmentStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.appregistry.transfer.domain.RowProblem;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import/export rules that need no running service. */
class TransferRulesTest {

    static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    @Test
    void csvFilesAreReadWithBomCommentsAndEitherDelimiter() {
        CsvTable semicolons = CsvTable.parse("\uFEFF# sumber: inventaris\nname;applicationClass\n\"A;B\";UMUM\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(semicolons.delimiter()).isEqualTo(';');
        assertThat(semicolons.commentLines()).isEqualTo(1);
        assertThat(semicolons.header()).containsExactly("name", "applicationClass");
        assertThat(semicolons.rows()).hasSize(1);
        assertThat(semicolons.rows().get(0).values()).containsExactly("A;B", "UMUM");
        assertThat(semicolons.rows().get(0).line()).isEqualTo(3);

        CsvTable multiline = CsvTable.parse("name,description\nA,\"dua\nbaris\"\n#B,bukan komentar\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(multiline.delimiter()).isEqualTo(',');
        assertThat(multiline.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 4L);
        assertThat(multiline.rows().get(1).values().get(0)).isEqualTo("#B");
    }

    @Test
    void unreadableCsvIsA400WithAReason() {
        assertThatThrownBy(() -> CsvTable.parse(new byte[0])).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("kosong");
        assertThatThrownBy(() -> CsvTable.parse("name,name\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> CsvTable.parse(new byte[] {'a', ',', 'b', '\n', (byte) 0xE9, ',', 'x'}))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void formulaCellsAreGuardedOnExportAndRestoredOnImport() {
        for (String cell : List.of("=1+1", "+62 812", "-5+1", "@SUM(A1)", "\tx")) {
            assertThat(CsvText.guard(cell)).startsWith("'");
            assertThat(CsvText.unguard(CsvText.guard(cell))).isEqualTo(cell);
        }
        assertThat(CsvText.guard("SIMPUS")).isEqualTo("SIMPUS");
        assertThat(CsvText.guard("-5")).as("a plain negative number is no formula").isEqualTo("-5");
        assertThat(CsvText.unguard("'biasa")).isEqualTo("'biasa");
    }

    @Test
    void namesAreTheSameWhateverTheirCaseAndSpacing() {
        assertThat(Names.normalize("  SMS   Gateway ")).isEqualTo(Names.normalize("sms gateway"));
        assertThat(Names.normalize("E-Kinerja")).isNotEqualTo(Names.normalize("E Kinerja"));
    }

    @Test
    void spdxExpressionsAreCheckedForSyntax() {
        assertThat(SpdxExpression.isValid("AGPL-3.0-or-later")).isTrue();
        assertThat(SpdxExpression.isValid("MIT OR (Apache-2.0 AND BSD-3-Clause)")).isTrue();
        assertThat(SpdxExpression.isValid("GPL-2.0-or-later WITH Classpath-exception-2.0")).isTrue();
        assertThat(SpdxExpression.isValid("LicenseRef-Proprietary")).isTrue();
        assertThat(SpdxExpression.isValid("MIT and Apache-2.0")).isFalse();
        assertThat(SpdxExpression.isValid("MIT OR")).isFalse();
        assertThat(SpdxExpression.isValid("(MIT")).isFalse();
        assertThat(SpdxExpression.isValid("Lisensi bebas!")).isFalse();
        assertThat(SpdxExpression.onlyLicenseRefs("LicenseRef-Proprietary")).isTrue();
        assertThat(SpdxExpression.onlyLicenseRefs("MIT OR LicenseRef-Proprietary")).isFalse();
    }

    @Test
    void aShortDescriptionFitsTheStandardsLimit() {
        assertThat(PubliccodeExport.shortDescription("Aplikasi A. Kalimat kedua.")).isEqualTo("Aplikasi A.");
        String shortened = PubliccodeExport.shortDescription("kata ".repeat(60));
        assertThat(PubliccodeValidator.length(shortened)).isLessThanOrEqualTo(150);
        assertThat(shortened).endsWith("…").doesNotContain("  ");
    }

    @Test
    void theLifeCycleMapsToTheStandardsDevelopmentStatus() {
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DRAFT, SdlcStage.REQUIREMENTS_ANALYSIS, null))
                .isEqualTo("concept");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.SUBMITTED, SdlcStage.CONSTRUCTION, null))
                .isEqualTo("development");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DEPOSITED, SdlcStage.TESTING, null))
                .isEqualTo("beta");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.ACTIVE, SdlcStage.IMPLEMENTATION, null))
                .isEqualTo("stable");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DECOMMISSIONED, SdlcStage.IMPLEMENTATION, null))
                .isEqualTo("obsolete");
    }

    /** Defect 10: what the software's makers declared survives a draft registration, but never hides retirement. */
    @Test
    void aDeclaredDevelopmentStatusIsKeptUnlessTheRegisterKnowsMore() {
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DRAFT, SdlcStage.REQUIREMENTS_ANALYSIS,
                DevelopmentStatus.STABLE)).isEqualTo("stable");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DRAFT, SdlcStage.TESTING,
                DevelopmentStatus.DEVELOPMENT)).isEqualTo("beta");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.ACTIVE, SdlcStage.IMPLEMENTATION,
                DevelopmentStatus.CONCEPT)).isEqualTo("stable");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DECOMMISSIONED, SdlcStage.TESTING,
                DevelopmentStatus.STABLE)).isEqualTo("obsolete");
        assertThat(PubliccodeExport.developmentStatus(ApplicationStatus.DRAFT, SdlcStage.DESIGN,
                DevelopmentStatus.OBSOLETE)).isEqualTo("obsolete");
    }

    /** Defect 16: control and bidi characters are refused on import with their path and stripped on export. */
    @Test
    void controlAndBidiCharactersAreFoundWithTheirPathAndStripped() {
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("name", "SIM\u0000PEG\u001B[31m\u202Egnp.exe");
        document.put("description", Map.of("id", Map.of("features", List.of("baik", "bu\u2066ruk"))));
        document.put("url", "https://example.org/ok\tx");
        assertThat(PubliccodeText.unsafeText(document)).extracting(PubliccodeIssue::path)
                .containsExactly("name", "description.id.features[1]");
        assertThat(PubliccodeText.unsafeText(document).get(0).message()).contains("U+0000");
        List<String> changed = new java.util.ArrayList<>();
        Map<?, ?> clean = (Map<?, ?>) PubliccodeText.stripped(document, "", changed);
        assertThat(clean.get("name")).isEqualTo("SIMPEG[31mgnp.exe");
        assertThat(changed).containsExactly("name", "description.id.features[1]");
        assertThat(PubliccodeText.strip("a\r\nb\rc\u0085d\uD800e")).isEqualTo("a\nb\nc" + "d" + "e");
    }

    @Test
    void a12CategoriesMapBackOnlyWhereTheMeaningIsUnambiguous() {
        Set<FunctionDomain> domains = Set.of(FunctionDomain.KEUANGAN, FunctionDomain.KEARSIPAN_DINAMIS,
                FunctionDomain.SEKTOR_PARIWISATA);
        List<String> categories = PubliccodeCategories.categoriesOf(domains);
        assertThat(categories).containsExactly("accounting", "financial-reporting", "document-management");
        assertThat(PubliccodeCategories.VOCABULARY).containsAll(categories);
        assertThat(PubliccodeCategories.domainsOf(categories))
                .containsExactlyInAnyOrder(FunctionDomain.KEUANGAN, FunctionDomain.KEARSIPAN_DINAMIS);
        assertThat(PubliccodeCategories.domainsOf(List.of("whistleblowing", "government"))).isEmpty();
    }

    @Test
    void datesStayTextAndVersionsMustBeQuoted() {
        Object document = PubliccodeYaml.load("publiccodeYmlVersion: 0.4\nreleaseDate: 2025-01-01\n"
                .getBytes(StandardCharsets.UTF_8));
        Map<?, ?> map = (Map<?, ?>) document;
        assertThat(map.get("releaseDate")).isEqualTo("2025-01-01");
        assertThat(map.get("publiccodeYmlVersion")).isEqualTo(0.4);
        assertThat(PubliccodeValidator.validate(document)).extracting(PubliccodeIssue::path)
                .contains("publiccodeYmlVersion").doesNotContain("releaseDate");
    }

    @Test
    void anImportJobProcessesRowsInOrderAndFinishesOnce() {
        ImportJob job = ImportJob.queue(ImportFormat.REGISTER_CSV, "a.csv", "-", ',', 2,
                new ImportJob.Requester("s", "budi", "DINKES", Set.of("OPD_OPERATOR"), false), Map.of(), T0);
        assertThat(job.status()).isEqualTo(ImportJob.Status.QUEUED);
        job.claim("r1", T0);
        job.rowImported(1, "app-1", List.of(), T0);
        assertThatThrownBy(() -> job.rowImported(3, "app-3", List.of(), T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> job.complete(T0)).isInstanceOf(StateConflictException.class);
        job.rowRejected(2, List.of(new RowProblem(2, 3, "name", "wajib", "A1")), List.of(), T0);
        job.complete(T0.plusSeconds(1));
        assertThat(job.status()).isEqualTo(ImportJob.Status.COMPLETED);
        assertThat(job.rejectedRows()).containsExactly(2);
        assertThatThrownBy(() -> job.claim("r2", T0)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> job.fail("x", T0)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aSilentJobIsAbandonedAndItsInterruptedRowsAreRecognised() {
        ImportJob job = ImportJob.queue(ImportFormat.REGISTER_CSV, "a.csv", "-", ',', 3,
                new ImportJob.Requester("s", "budi", "DINKES", Set.of("OPD_OPERATOR"), false), Map.of(), T0);
        job.claim("r1", T0);
        assertThat(job.abandoned(T0.plusSeconds(60), Duration.ofMinutes(2))).isFalse();
        assertThat(job.abandoned(T0.plusSeconds(121), Duration.ofMinutes(2))).isTrue();
        Instant registered = T0.plusSeconds(30);
        assertThat(job.registeredByInterruptedRun("app-2", "budi", registered)).isFalse();
        job.claim("r2", T0.plusSeconds(300));
        assertThat(job.resumptions()).isEqualTo(1);
        assertThat(job.registeredByInterruptedRun("app-2", "budi", registered)).isTrue();
        assertThat(job.registeredByInterruptedRun("app-2", "ani", registered)).isFalse();
        assertThat(job.registeredByInterruptedRun("app-2", "budi", T0.minusSeconds(1))).isFalse();
        assertThat(job.registeredByInterruptedRun("app-2", "budi", T0.plusSeconds(301))).isFalse();
    }
}
