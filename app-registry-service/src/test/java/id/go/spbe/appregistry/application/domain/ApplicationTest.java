package id.go.spbe.appregistry.application.domain;

import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationDecommissioned;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationStageChanged;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationStatusChanged;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationUpdated;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repository's rules, enforced by the aggregate itself (one test per rule, named after its obligation). */
class ApplicationTest {

    /** The regions' rules as the starter ships them, not copies that drift from the files (issue 7). */
    static final RegistrationPolicy BITUNG = policyOf("bitung");
    static final RegistrationPolicy MALUKU_TENGGARA = policyOf("maluku-tenggara");
    static final RegistrationPolicy SIGNED = new RegistrationPolicy(EnumSet.of(ApplicationClass.KHUSUS),
            "example.go.id", EnumSet.noneOf(DocumentKind.class), false, true);
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    static final Licence OPEN = new Licence(Licence.Kind.OPEN_SOURCE, "EUPL-1.2");
    static final Licence CLOSED = new Licence(Licence.Kind.CLOSED_SOURCE, "LicenseRef-Proprietary");

    static RegistrationPolicy policyOf(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.applications", ApplicationRules.class).policy();
    }

    /** Adds one PDF of every document kind the region requires before deposit (A7). */
    static void addRequiredDocuments(Application app, RegistrationPolicy policy) {
        for (DocumentKind kind : policy.requiredDocuments()) {
            app.addDocument(kind, "file-" + kind, kind.name().toLowerCase() + ".pdf", "application/pdf", 10,
                    "sha-" + kind, null, policy, "operator", NOW);
        }
    }

    static ApplicationDetails form(String name, ApplicationClass cls, List<String> users, Licence licence) {
        return new ApplicationDetails(name, "Deskripsi " + name, cls, users, ServiceType.TRANSAKSI,
                Set.of(FunctionDomain.KEPEGAWAIAN), licence, null, List.of("Java"), "PostgreSQL", null, null, null,
                null);
    }

    static Application draft(Licence licence) {
        return Application.register(form("SIMPEG", ApplicationClass.KHUSUS_PD, null, licence), "BKPSDM", BITUNG,
                "operator.bkpsdm", NOW);
    }

    static Application recommended() {
        Application app = draft(OPEN);
        app.submit("operator.bkpsdm", NOW);
        app.recommend(null, "admin.dinas", NOW);
        return app;
    }

    static void violates(String obligation, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).extracting("obligation")
                .isEqualTo(obligation);
    }

    @Test
    void a1RegistrationRecordsTheRegionsOwnershipAndRaisesApplicationRegistered() {
        Application app = draft(OPEN);
        assertThat(app.ownershipStatement()).isEqualTo(Application.OWNERSHIP_STATEMENT);
        assertThat(app.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(app.stage()).isEqualTo(SdlcStage.REQUIREMENTS_ANALYSIS);
        assertThat(app.raisedEvents()).singleElement().isInstanceOfSatisfying(ApplicationRegistered.class, e -> {
            assertThat(e.applicationId()).isEqualTo(app.id());
            assertThat(e.ownerOpd()).isEqualTo("BKPSDM");
            assertThat(e.registeredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a2KhususBerbagiPakaiNeedsAtLeastTwoUserOpdsAndKhususPdOnlyOne() {
        violates("A2", () -> Application.register(form("E-Office", ApplicationClass.KHUSUS_BERBAGI_PAKAI,
                List.of("SETDA"), OPEN), "SETDA", BITUNG, "x", NOW));
        Application shared = Application.register(form("E-Office", ApplicationClass.KHUSUS_BERBAGI_PAKAI,
                List.of("DINKES"), OPEN), "SETDA", BITUNG, "x", NOW);
        assertThat(shared.userOpds()).containsExactly("SETDA", "DINKES");
        violates("A2", () -> Application.register(form("SIMPUS", ApplicationClass.KHUSUS_PD, List.of("DINKES"),
                OPEN), "SETDA", BITUNG, "x", NOW));
    }

    @Test
    void a2AClassOutsideTheProfileIsRefused() {
        violates("A2", () -> Application.register(form("X", ApplicationClass.KHUSUS, null, OPEN), "DINKES", BITUNG,
                "x", NOW));
    }

    @Test
    void a3OnlyASubmittedApplicationIsRecommendedOrRejectedAndARejectionNeedsAReason() {
        Application app = draft(OPEN);
        assertThatThrownBy(() -> app.recommend(null, "admin", NOW)).isInstanceOf(StateConflictException.class);
        app.submit("operator", NOW);
        violates("A3", () -> app.reject("  ", "admin", NOW));
        app.reject("Fungsi sudah tersedia di aplikasi umum nasional", "admin", NOW);
        assertThat(app.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(app.rejection().note()).contains("aplikasi umum");
        app.submit("operator", NOW);
        assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(app.rejection()).isNull();
        assertThat(app.raisedEvents()).filteredOn(ApplicationStatusChanged.class::isInstance).hasSize(3);
    }

    @Test
    void a3SubmissionNeedsServiceTypeFunctionDomainAndLicence() {
        ApplicationDetails bare = ApplicationDetails.of("SIMPEG", null, ApplicationClass.UMUM, null);
        Application app = Application.register(bare, "BKPSDM", BITUNG, "x", NOW);
        violates("A11", () -> app.submit("x", NOW));
        app.update(new ApplicationDetails("SIMPEG", null, ApplicationClass.UMUM, null, ServiceType.INFORMASI, null,
                null, null, null, null, null, null, null, null), BITUNG, "x", NOW);
        violates("A12", () -> app.submit("x", NOW));
        app.update(new ApplicationDetails("SIMPEG", null, ApplicationClass.UMUM, null, ServiceType.INFORMASI,
                Set.of(FunctionDomain.KEPEGAWAIAN), null, null, null, null, null, null, null, null), BITUNG, "x", NOW);
        violates("A4", () -> app.submit("x", NOW));
    }

    @Test
    void a4AClosedSourceApplicationIsNotRecommendedWithoutARecordedDinasConsideration() {
        Application app = draft(CLOSED);
        app.submit("operator", NOW);
        violates("A4", () -> app.recommend(null, "admin", NOW));
        violates("A4", () -> app.considerClosedSource(" ", "admin", NOW));
        app.considerClosedSource("Tidak ada alternatif sumber terbuka untuk integrasi SIMRS vendor", "admin", NOW);
        app.recommend("Lanjutkan", "admin", NOW);
        assertThat(app.status()).isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(app.closedSourceConsideration().by()).isEqualTo("admin");
        violates("A4", () -> draft(OPEN).considerClosedSource("tidak perlu", "admin", NOW));
    }

    @Test
    void a3ReviewedFieldsAreFrozenFromSubmissionButDescriptiveFieldsMayFollowReality() {
        Application app = draft(OPEN);
        app.submit("operator", NOW);
        assertThatThrownBy(() -> app.update(form("SIMPEG", ApplicationClass.KHUSUS_PD, null, CLOSED), BITUNG, "x",
                NOW)).isInstanceOf(StateConflictException.class).hasMessageContaining("licence");
        ApplicationDetails moreContacts = new ApplicationDetails("SIMPEG", "Deskripsi SIMPEG",
                ApplicationClass.KHUSUS_PD, null, ServiceType.TRANSAKSI, Set.of(FunctionDomain.KEPEGAWAIAN), OPEN,
                null, List.of("Java"), "PostgreSQL", new Hosting(Hosting.Kind.PUSAT_DATA_VPS, "vps-17"), null, null,
                List.of(new Contact("Ani", "Pengelola", "ani@bitungkota.go.id", null)));
        assertThat(app.update(moreContacts, BITUNG, "x", NOW)).isTrue();
        assertThat(app.raisedEvents()).last().isInstanceOfSatisfying(ApplicationUpdated.class,
                e -> assertThat(e.changedFields()).containsExactly("hosting", "contacts"));
        assertThat(app.update(moreContacts, BITUNG, "x", NOW)).as("no change, no event").isFalse();
    }

    @Test
    void a5TheStageMovesForwardOnlyExceptByDinasWithAReason() {
        Application app = draft(OPEN);
        app.changeStage(SdlcStage.CONSTRUCTION, null, false, "operator", NOW);
        violates("A5", () -> app.changeStage(SdlcStage.DESIGN, "revisi", false, "operator", NOW));
        violates("A5", () -> app.changeStage(SdlcStage.DESIGN, null, true, "admin", NOW));
        app.changeStage(SdlcStage.DESIGN, "Desain basis data harus diulang", true, "admin", NOW);
        assertThat(app.stage()).isEqualTo(SdlcStage.DESIGN);
        assertThatThrownBy(() -> app.changeStage(SdlcStage.DESIGN, null, false, "operator", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(app.raisedEvents()).filteredOn(ApplicationStageChanged.class::isInstance).hasSize(2);
    }

    @Test
    void a6ImplementationNeedsARecordedPassedTestAndActivationNeedsImplementation() {
        Application app = recommended();
        app.changeStage(SdlcStage.TESTING, null, false, "operator", NOW);
        app.recordTestResult(TestResult.Kind.FUNCTIONAL, LocalDate.of(2026, 11, 20), false, "3 skenario gagal", null,
                "operator", NOW);
        violates("A6", () -> app.changeStage(SdlcStage.IMPLEMENTATION, null, false, "operator", NOW));
        addRequiredDocuments(app, BITUNG);
        app.deposit(BITUNG, "operator", NOW);
        violates("A6", () -> app.activate("admin", NOW));
        app.recordTestResult(TestResult.Kind.USER_ACCEPTANCE, LocalDate.of(2026, 11, 21), true, "UAT lulus", null,
                "operator", NOW);
        app.changeStage(SdlcStage.IMPLEMENTATION, null, false, "operator", NOW);
        app.activate("admin", NOW);
        assertThat(app.status()).isEqualTo(ApplicationStatus.ACTIVE);
    }

    @Test
    void a7AudioVisualManualsOnlyWhereTheRegulationAllowsThem() {
        Application app = draft(OPEN);
        violates("A7", () -> app.addDocument(DocumentKind.USER_MANUAL, "v1", "manual.mp4", "video/mp4", 10, "cc",
                null, BITUNG, "op", NOW));
        Application maluku = Application.register(form("SIMPEL", ApplicationClass.KHUSUS, null, OPEN), "DINKES",
                MALUKU_TENGGARA, "op", NOW);
        assertThat(maluku.addDocument(DocumentKind.USER_MANUAL, "v1", "manual.mp4", "video/mp4", 10, "cc", null,
                MALUKU_TENGGARA, "op", NOW).version()).isEqualTo(1);
        violates("A7", () -> maluku.addDocument(DocumentKind.DESIGN_DOCUMENT, "v2", "desain.mp4", "video/mp4", 10,
                "dd", null, MALUKU_TENGGARA, "op", NOW));
    }

    @Test
    void a7DocumentVersionsNumberPerKindAndNeverReplaceEachOther() {
        Application app = draft(OPEN);
        app.addDocument(DocumentKind.USER_MANUAL, "f1", "manual.pdf", "application/pdf", 10, "aa", null, BITUNG,
                "op", NOW);
        app.addDocument(DocumentKind.USER_MANUAL, "f2", "manual-v2.pdf", "application/pdf", 12, "bb", null, BITUNG,
                "op", NOW);
        assertThat(app.documents()).extracting(DocumentVersion::version).containsExactly(1, 2);
        assertThat(app.documents()).extracting(DocumentVersion::sha256).containsExactly("aa", "bb");
    }

    @Test
    void a8DepositNeedsEveryRequiredDocumentKind() {
        Application app = recommended();
        app.addDocument(DocumentKind.USER_MANUAL, "f1", "manual.pdf", "application/pdf", 10, "aa", null, BITUNG,
                "op", NOW);
        assertThatThrownBy(() -> app.deposit(BITUNG, "op", NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("REQUIREMENTS_SPEC").extracting("obligation").isEqualTo("A8");
        // BT p26(4): Bitung requires the design document and the source code as well.
        assertThat(app.missingDocuments(BITUNG)).containsExactly(DocumentKind.REQUIREMENTS_SPEC,
                DocumentKind.DESIGN_DOCUMENT, DocumentKind.SOURCE_CODE);
        addRequiredDocuments(app, BITUNG);
        app.deposit(BITUNG, "op", NOW);
        assertThat(app.status()).isEqualTo(ApplicationStatus.DEPOSITED);
    }

    /**
     * The fixtures above are the shipped profiles; this pins what the regulations say, so a profile edit that changes
     * a rule fails here with the article to check (A2, A7, A10, MT p13(2)).
     */
    @Test
    void theShippedProfilesCarryTheRegionsApplicationRules() {
        assertThat(BITUNG.domain()).isEqualTo("bitungkota.go.id");
        assertThat(BITUNG.classes()).containsExactlyInAnyOrder(ApplicationClass.UMUM,
                ApplicationClass.KHUSUS_BERBAGI_PAKAI, ApplicationClass.KHUSUS_PD);
        assertThat(BITUNG.requiredDocuments()).containsExactly(DocumentKind.REQUIREMENTS_SPEC,
                DocumentKind.DESIGN_DOCUMENT, DocumentKind.USER_MANUAL, DocumentKind.SOURCE_CODE);
        assertThat(BITUNG.audioVisualManualAllowed()).isFalse();
        assertThat(MALUKU_TENGGARA.domain()).isEqualTo("malukutenggarakab.go.id");
        assertThat(MALUKU_TENGGARA.classes()).containsExactlyInAnyOrder(ApplicationClass.UMUM,
                ApplicationClass.KHUSUS);
        assertThat(MALUKU_TENGGARA.requiredDocuments()).containsExactly(DocumentKind.REQUIREMENTS_SPEC,
                DocumentKind.DESIGN_DOCUMENT, DocumentKind.USER_MANUAL, DocumentKind.SOURCE_CODE);
        assertThat(MALUKU_TENGGARA.audioVisualManualAllowed()).isTrue();
        assertThat(MALUKU_TENGGARA.signedDocumentsRequired()).isFalse();
        assertThat(RegionProfiles.all()).contains("rejang-lebong", "bitung", "maluku-tenggara", "manggarai-barat",
                "samarinda", "national-default");
        for (String profile : RegionProfiles.all()) {
            assertThat(policyOf(profile).classes()).as(profile).isNotEmpty();
            assertThat(policyOf(profile).domain()).as(profile).isNotBlank();
        }
    }

    @Test
    void a9ConformanceIsReviewedOnDepositedOrActiveApplicationsAndShortfallsNeedNotes() {
        Application app = recommended();
        assertThatThrownBy(() -> app.recordConformanceReview(ConformanceReview.Result.SESUAI, LocalDate.of(2026, 11,
                22), null, "admin", NOW)).isInstanceOf(StateConflictException.class);
        addRequiredDocuments(app, BITUNG);
        app.deposit(BITUNG, "op", NOW);
        violates("A9", () -> app.recordConformanceReview(ConformanceReview.Result.TIDAK_SESUAI,
                LocalDate.of(2026, 11, 22), "", "admin", NOW));
        app.recordConformanceReview(ConformanceReview.Result.SESUAI_DENGAN_CATATAN, LocalDate.of(2026, 11, 22),
                "Modul laporan belum sesuai SKPL", "admin", NOW);
        assertThat(app.conformanceReviews()).singleElement().extracting(ConformanceReview::reviewedBy)
                .isEqualTo("admin");
    }

    @Test
    void a10AnUrlOutsideTheRegionsDomainIsRefused() {
        violates("A10", () -> Application.register(withUrl("https://simpeg.example.com"), "BKPSDM", BITUNG, "x",
                NOW));
        violates("A10", () -> Application.register(withUrl("https://evilbitungkota.go.id"), "BKPSDM", BITUNG, "x",
                NOW));
        violates("A10", () -> Application.register(withUrl("https://bitungkota.go.id.evil.com/x"), "BKPSDM", BITUNG,
                "x", NOW));
        assertThat(Application.register(withUrl("https://SIMPEG.BitungKota.go.id/login"), "BKPSDM", BITUNG, "x",
                NOW).url()).isEqualTo("https://SIMPEG.BitungKota.go.id/login");
    }

    @Test
    void a11SharedUseNeedsSeveralOpdAndIsApprovedOnce() {
        violates("A11", () -> draft(OPEN).approveSharedUse(null, "koordinator", NOW));
        Application shared = Application.register(form("E-Office", ApplicationClass.KHUSUS_BERBAGI_PAKAI,
                List.of("DINKES"), OPEN), "SETDA", BITUNG, "x", NOW);
        assertThat(shared.sharedUse()).isEqualTo(Application.SharedUse.PENDING_APPROVAL);
        shared.approveSharedUse("Disetujui rapat Tim Koordinasi", "koordinator", NOW);
        assertThat(shared.sharedUse()).isEqualTo(Application.SharedUse.APPROVED);
        assertThatThrownBy(() -> shared.approveSharedUse(null, "koordinator", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void sec3WhereTheProfileRequiresSignaturesAnUnsignedDocumentIsRefused() {
        Application app = Application.register(form("SIGN", ApplicationClass.KHUSUS, null, OPEN), "DINKES", SIGNED,
                "op", NOW);
        violates("SEC3", () -> app.addDocument(DocumentKind.DESIGN_DOCUMENT, "f", "d.pdf", "application/pdf", 1, "a",
                null, SIGNED, "op", NOW));
        violates("SEC3", () -> app.addDocument(DocumentKind.DESIGN_DOCUMENT, "f", "d.pdf", "application/pdf", 1,
                "a", new DocumentVersion.Signature("Mengaku Kepala Dinas", "CA Tak Dikenal", NOW, "PAdES",
                        DocumentVersion.Signature.Trust.UNTRUSTED), SIGNED, "op", NOW));
        DocumentVersion signed = app.addDocument(DocumentKind.DESIGN_DOCUMENT, "f", "d.pdf", "application/pdf", 1,
                "a", new DocumentVersion.Signature("Kepala Dinas", "BSrE", NOW, "PAdES",
                        DocumentVersion.Signature.Trust.TRUSTED), SIGNED, "op", NOW);
        assertThat(signed.signature().signer()).isEqualTo("Kepala Dinas");
    }

    @Test
    void aDecommissionedApplicationIsFinalAndRecordsWhy() {
        Application app = recommended();
        violates("A1", () -> app.decommission("", "admin", NOW));
        app.decommission("Digantikan aplikasi umum nasional SRIKANDI", "admin", NOW);
        assertThat(app.raisedEvents()).last().isInstanceOf(ApplicationDecommissioned.class);
        List<ThrowingCallable> afterwards = List.of(() -> app.submit("x", NOW),
                () -> app.changeStage(SdlcStage.DESIGN, null, false, "x", NOW),
                () -> app.update(form("Baru", ApplicationClass.KHUSUS_PD, null, OPEN), BITUNG, "x", NOW),
                () -> app.decommission("lagi", "x", NOW));
        afterwards.forEach(call -> assertThatThrownBy(call).isInstanceOf(StateConflictException.class));
    }

    static ApplicationDetails withUrl(String url) {
        return new ApplicationDetails("SIMPEG", null, ApplicationClass.UMUM, null, null, null, null, null, null,
                null, null, url, null, null);
    }
}
