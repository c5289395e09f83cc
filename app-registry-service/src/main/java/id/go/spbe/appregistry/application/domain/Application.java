package id.go.spbe.appregistry.application.domain;

import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationConformanceReviewed;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationDecommissioned;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationDocumentAdded;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationSharedUseApproved;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationStageChanged;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationStatusChanged;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationTestResultRecorded;
import id.go.spbe.appregistry.application.domain.ApplicationEvents.ApplicationUpdated;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An SPBE application in the region's register. Every application is a state asset whose copyright and source code
 * belong to the region (A1): registration records that ownership statement and who made it. The aggregate enforces
 * the repository's rules itself — workflow (A3, A4, A8), life cycle (A5, A6), documents (A7, SEC3), conformance
 * (A9), domain (A10), service type and function domain (A11, A12) — so every path in (API, import) obeys them.
 */
@Document("applications")
public class Application extends AggregateRoot {

    public static final String OWNERSHIP_STATEMENT =
            "Hak cipta dan kode sumber aplikasi ini milik Pemerintah Daerah (aset negara).";

    @Id
    private String id;
    private String name;
    private String description;
    @Indexed
    private String ownerOpd;
    private ApplicationClass applicationClass;
    private List<String> userOpds;
    private ServiceType serviceType;
    private Set<FunctionDomain> functionDomains;
    private Licence licence;
    private String sourceRepositoryUrl;
    private List<String> techStack;
    private String database;
    private Hosting hosting;
    private String url;
    private Maintenance maintenance;
    private List<Contact> contacts;
    private DevelopmentStatus developmentStatus;
    private List<String> platforms;
    private List<String> categories;
    private List<String> features;
    @Indexed
    private ApplicationStatus status;
    private SdlcStage stage;
    private String ownershipStatement;
    private String registeredBy;
    private Instant registeredAt;
    private Instant updatedAt;
    private Decision submission;
    private Decision recommendation;
    private Decision closedSourceConsideration;
    private Decision rejection;
    private Decision deposit;
    private Decision activation;
    private Decision decommissioning;
    private Decision sharedUseApproval;
    private List<DocumentVersion> documents = new ArrayList<>();
    private List<TestResult> testResults = new ArrayList<>();
    private List<ConformanceReview> conformanceReviews = new ArrayList<>();

    Application() {
    }

    /** Registers a new application as DRAFT at the first SDLC stage (A1, A2, A5). */
    public static Application register(ApplicationDetails details, String ownerOpd, RegistrationPolicy policy,
            String registeredBy, Instant now) {
        Application app = new Application();
        app.id = UUID.randomUUID().toString();
        app.ownerOpd = ownerOpd;
        app.status = ApplicationStatus.DRAFT;
        app.stage = SdlcStage.REQUIREMENTS_ANALYSIS;
        app.apply(details, policy);
        app.ownershipStatement = OWNERSHIP_STATEMENT;
        app.registeredBy = registeredBy;
        app.registeredAt = now;
        app.updatedAt = now;
        app.raise(new ApplicationRegistered(UUID.randomUUID(), now, app.id, app.name, ownerOpd, app.applicationClass,
                app.userOpds, app.status, now, registeredBy));
        return app;
    }

    /**
     * Changes the form data. The reviewed fields are frozen from submission on (409): Dinas's recommendation must
     * stay true to what it judged; descriptive fields (contacts, hosting, maintenance...) may follow reality.
     *
     * @return false when nothing changed (no write, no event)
     */
    public boolean update(ApplicationDetails details, RegistrationPolicy policy, String by, Instant now) {
        requireNotDecommissioned();
        List<String> changed = details.withUsers(usersOf(details)).changedFrom(details());
        if (changed.isEmpty()) {
            return false;
        }
        List<String> frozen = changed.stream().filter(ApplicationDetails.REVIEWED_FIELDS::contains).toList();
        if (!frozen.isEmpty() && status.reviewedFieldsFrozen()) {
            throw new StateConflictException("Isian " + frozen + " tidak dapat diubah saat status " + status
                    + ": rekomendasi Dinas didasarkan pada isian tersebut.");
        }
        apply(details, policy);
        updatedAt = now;
        raise(new ApplicationUpdated(UUID.randomUUID(), now, id, ownerOpd, name, changed, by));
        return true;
    }

    /** A3: the OPD submits the application to Dinas for a recommendation; review needs the A4/A11/A12 fields. */
    public void submit(String by, Instant now) {
        require(ApplicationStatus.SUBMITTED);
        if (serviceType == null) {
            throw new RuleViolationException("A11", "Jenis layanan aplikasi (serviceType) wajib diisi sebelum diajukan.");
        }
        if (functionDomains == null || functionDomains.isEmpty()) {
            throw new RuleViolationException("A12",
                    "Sedikitnya satu bidang layanan (functionDomains) wajib diisi sebelum diajukan.");
        }
        if (licence == null || licence.kind() == null) {
            throw new RuleViolationException("A4", "Jenis lisensi (sumber terbuka/tertutup) wajib diisi sebelum diajukan.");
        }
        submission = new Decision(by, now, null);
        rejection = null;
        moveTo(ApplicationStatus.SUBMITTED, null, by, now);
    }

    /**
     * Records Dinas's consideration of a closed-source application (A4). It may be given before or together with
     * the recommendation, but a closed-source application is never recommended without one.
     */
    public void considerClosedSource(String consideration, String by, Instant now) {
        requireNotDecommissioned();
        if (licence == null || !licence.closedSource()) {
            throw new RuleViolationException("A4", "Pertimbangan Dinas hanya dicatat untuk aplikasi sumber tertutup.");
        }
        requireText(consideration, "A4", "Pertimbangan Dinas atas penggunaan sumber tertutup wajib diisi.");
        closedSourceConsideration = new Decision(by, now, consideration.trim());
        updatedAt = now;
    }

    /** A3/A4: only Dinas recommends (the service checks the role); closed source needs a recorded consideration. */
    public void recommend(String note, String by, Instant now) {
        require(ApplicationStatus.RECOMMENDED);
        if (licence.closedSource() && closedSourceConsideration == null) {
            throw new RuleViolationException("A4", "Aplikasi sumber tertutup tidak dapat direkomendasikan tanpa "
                    + "pertimbangan Dinas yang tercatat.");
        }
        recommendation = new Decision(by, now, blankToNull(note));
        moveTo(ApplicationStatus.RECOMMENDED, recommendation.note(), by, now);
    }

    /** A3: Dinas rejects with a reason the OPD can act on; the OPD may revise and submit again. */
    public void reject(String reason, String by, Instant now) {
        require(ApplicationStatus.REJECTED);
        requireText(reason, "A3", "Alasan penolakan wajib diisi.");
        rejection = new Decision(by, now, reason.trim());
        moveTo(ApplicationStatus.REJECTED, rejection.note(), by, now);
    }

    /** A8: the application and every required document (A7) are handed to Dinas and kept in the repository. */
    public void deposit(RegistrationPolicy policy, String by, Instant now) {
        require(ApplicationStatus.DEPOSITED);
        Set<DocumentKind> missing = missingDocuments(policy);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("A8", "Dokumen wajib belum lengkap untuk diserahkan ke Dinas (A7): "
                    + missing + ".");
        }
        deposit = new Decision(by, now, null);
        moveTo(ApplicationStatus.DEPOSITED, null, by, now);
    }

    /** A6: production only after testing, i.e. once the SDLC has reached IMPLEMENTATION on a passed test. */
    public void activate(String by, Instant now) {
        require(ApplicationStatus.ACTIVE);
        if (stage != SdlcStage.IMPLEMENTATION) {
            throw new RuleViolationException("A6", "Aplikasi baru dapat dioperasikan setelah tahap IMPLEMENTATION "
                    + "(tahap saat ini: " + stage + ").");
        }
        activation = new Decision(by, now, null);
        moveTo(ApplicationStatus.ACTIVE, null, by, now);
    }

    public void decommission(String reason, String by, Instant now) {
        require(ApplicationStatus.DECOMMISSIONED);
        requireText(reason, "A1", "Alasan penghentian aplikasi wajib diisi.");
        ApplicationStatus from = status;
        decommissioning = new Decision(by, now, reason.trim());
        status = ApplicationStatus.DECOMMISSIONED;
        updatedAt = now;
        raise(new ApplicationDecommissioned(UUID.randomUUID(), now, id, ownerOpd, name, from, reason.trim(), by));
    }

    /**
     * A5: the stage moves forward only; Dinas may move it back, with a reason. A6: IMPLEMENTATION needs a recorded
     * passed test.
     *
     * @param byDinas whether the caller acts for Dinas (the only one allowed to go back)
     */
    public void changeStage(SdlcStage to, String reason, boolean byDinas, String by, Instant now) {
        requireNotDecommissioned();
        if (to == stage) {
            throw new StateConflictException("Aplikasi sudah berada pada tahap " + to + ".");
        }
        if (to.isBefore(stage)) {
            if (!byDinas) {
                throw new RuleViolationException("A5", "Tahap SDLC hanya bergerak maju; hanya Dinas yang dapat "
                        + "mengembalikan tahap " + stage + " ke " + to + ".");
            }
            requireText(reason, "A5", "Alasan pengembalian tahap SDLC wajib diisi.");
        }
        if (to == SdlcStage.IMPLEMENTATION && testResults.stream().noneMatch(TestResult::passed)) {
            throw new RuleViolationException("A6", "Tahap IMPLEMENTATION memerlukan hasil pengujian yang lulus "
                    + "dan tercatat.");
        }
        SdlcStage from = stage;
        stage = to;
        updatedAt = now;
        raise(new ApplicationStageChanged(UUID.randomUUID(), now, id, ownerOpd, from, to, blankToNull(reason), by));
    }

    /** A6: a test result is evidence; failed tests are kept too, they do not open IMPLEMENTATION. */
    public TestResult recordTestResult(TestResult.Kind kind, LocalDate testedOn, boolean passed, String summary,
            String reportFileId, String by, Instant now) {
        requireNotDecommissioned();
        requireText(summary, "A6", "Ringkasan hasil pengujian wajib diisi.");
        TestResult result = new TestResult(UUID.randomUUID().toString(), kind, testedOn, passed, summary.trim(),
                reportFileId, by, now);
        testResults.add(result);
        updatedAt = now;
        raise(new ApplicationTestResultRecorded(UUID.randomUUID(), now, id, ownerOpd, result.id(), kind, testedOn,
                passed, by));
        return result;
    }

    /** A9: Dinas inspects functional conformance of an application it has received (deposited or running). */
    public ConformanceReview recordConformanceReview(ConformanceReview.Result result, LocalDate reviewedOn,
            String notes, String by, Instant now) {
        if (status != ApplicationStatus.DEPOSITED && status != ApplicationStatus.ACTIVE) {
            throw new StateConflictException("Pemeriksaan kesesuaian fungsi dilakukan atas aplikasi yang telah "
                    + "diserahkan atau beroperasi (status saat ini: " + status + ").");
        }
        if (result != ConformanceReview.Result.SESUAI) {
            requireText(notes, "A9", "Catatan wajib diisi bila aplikasi tidak sepenuhnya sesuai.");
        }
        ConformanceReview review = new ConformanceReview(UUID.randomUUID().toString(), result, reviewedOn,
                blankToNull(notes), by, now);
        conformanceReviews.add(review);
        updatedAt = now;
        raise(new ApplicationConformanceReviewed(UUID.randomUUID(), now, id, ownerOpd, review.id(), result,
                reviewedOn, by));
        return review;
    }

    /**
     * A7/A8/SEC3: adds the next immutable version of a document kind. An audio-visual user manual only where the
     * regulation allows it (MT p13(2)); a signature is required where the profile says so (verified by the caller).
     */
    public DocumentVersion addDocument(DocumentKind kind, String fileId, String filename, String contentType,
            long sizeBytes, String sha256, DocumentVersion.Signature signature, RegistrationPolicy policy,
            String by, Instant now) {
        requireNotDecommissioned();
        DocumentVersion candidate = new DocumentVersion(fileId, kind, nextVersion(kind), filename, contentType,
                sizeBytes, sha256, signature, by, now);
        if (candidate.audioVisual() && !(kind == DocumentKind.USER_MANUAL && policy.audioVisualManualAllowed())) {
            throw new RuleViolationException("A7", "Berkas audio/video hanya diterima sebagai manual pengguna, dan "
                    + "hanya bila peraturan daerah mengizinkannya.");
        }
        if (policy.signedDocumentsRequired() && (signature == null || !signature.acceptableAsOfficial())) {
            throw new RuleViolationException("SEC3", "Dokumen wajib ditandatangani secara elektronik oleh pejabat "
                    + "yang berwenang, dengan sertifikat dari penyelenggara yang dipercaya.");
        }
        documents.add(candidate);
        updatedAt = now;
        raise(new ApplicationDocumentAdded(UUID.randomUUID(), now, id, ownerOpd, fileId, kind, candidate.version(),
                contentType, sizeBytes, sha256, signature == null ? null : signature.signer(), by));
        return candidate;
    }

    /** A11: a service shared across OPD is set by the governance body (the coordination team), not by the OPD. */
    public void approveSharedUse(String note, String by, Instant now) {
        requireNotDecommissioned();
        if (userOpds.size() < 2) {
            throw new RuleViolationException("A11", "Penggunaan bersama hanya berlaku untuk aplikasi yang digunakan "
                    + "oleh lebih dari satu OPD.");
        }
        if (sharedUseApproval != null) {
            throw new StateConflictException("Penggunaan bersama aplikasi ini sudah disetujui.");
        }
        sharedUseApproval = new Decision(by, now, blankToNull(note));
        updatedAt = now;
        raise(new ApplicationSharedUseApproved(UUID.randomUUID(), now, id, ownerOpd, userOpds, by));
    }

    /** Required document kinds (profile) with no version yet. */
    public Set<DocumentKind> missingDocuments(RegistrationPolicy policy) {
        Set<DocumentKind> missing = policy.requiredDocuments().isEmpty() ? EnumSet.noneOf(DocumentKind.class)
                : EnumSet.copyOf(policy.requiredDocuments());
        documents.forEach(document -> missing.remove(document.kind()));
        return missing;
    }

    public SharedUse sharedUse() {
        if (userOpds.size() < 2) {
            return SharedUse.NOT_SHARED;
        }
        return sharedUseApproval == null ? SharedUse.PENDING_APPROVAL : SharedUse.APPROVED;
    }

    /** A11 status of use by several OPD. */
    public enum SharedUse {
        NOT_SHARED,
        PENDING_APPROVAL,
        APPROVED
    }

    public ApplicationDetails details() {
        return new ApplicationDetails(name, description, applicationClass, userOpds, serviceType, functionDomains,
                licence, sourceRepositoryUrl, techStack, database, hosting, url, maintenance, contacts,
                developmentStatus, platforms, categories, features);
    }

    private void apply(ApplicationDetails details, RegistrationPolicy policy) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolationException("A1", "Nama aplikasi wajib diisi.");
        }
        if (details.applicationClass() == null || !policy.classes().contains(details.applicationClass())) {
            throw new RuleViolationException("A2", "Kelas aplikasi " + details.applicationClass()
                    + " tidak dikenal oleh peraturan daerah ini; yang berlaku: " + policy.classes() + ".");
        }
        List<String> users = usersOf(details);
        if (details.applicationClass() == ApplicationClass.KHUSUS_BERBAGI_PAKAI && users.size() < 2) {
            throw new RuleViolationException("A2",
                    "Aplikasi Khusus Berbagi Pakai harus digunakan oleh sedikitnya dua OPD.");
        }
        if (details.applicationClass() == ApplicationClass.KHUSUS_PD && users.size() > 1) {
            throw new RuleViolationException("A2", "Aplikasi Khusus PD digunakan oleh satu OPD saja; gunakan kelas "
                    + "Khusus Berbagi Pakai untuk aplikasi yang dipakai beberapa OPD.");
        }
        if (details.url() != null) {
            RegionDomain.of(policy.domain()).requireWithin(details.url());
        }
        Maintenance m = details.maintenance();
        if (m != null && m.type() == Maintenance.Type.CONTRACT && (m.maintainer() == null || m.contractEndsOn() == null)) {
            throw new RuleViolationException("A1", "Pemeliharaan berbasis kontrak wajib mencantumkan penyedia dan "
                    + "tanggal berakhirnya kontrak.");
        }
        if (users.size() < 2) {
            sharedUseApproval = null;
        }
        name = details.name();
        description = details.description();
        applicationClass = details.applicationClass();
        userOpds = users;
        serviceType = details.serviceType();
        functionDomains = details.functionDomains().isEmpty() ? EnumSet.noneOf(FunctionDomain.class)
                : EnumSet.copyOf(details.functionDomains());
        licence = details.licence();
        sourceRepositoryUrl = details.sourceRepositoryUrl();
        techStack = details.techStack();
        database = details.database();
        hosting = details.hosting();
        url = details.url();
        maintenance = details.maintenance();
        contacts = details.contacts();
        developmentStatus = details.developmentStatus();
        platforms = details.platforms();
        categories = details.categories();
        features = details.features();
    }

    /** The owner always uses its own application; it is listed first. */
    private List<String> usersOf(ApplicationDetails details) {
        Set<String> users = new LinkedHashSet<>();
        users.add(ownerOpd);
        users.addAll(details.userOpds());
        return List.copyOf(users);
    }

    private void moveTo(ApplicationStatus to, String note, String by, Instant now) {
        ApplicationStatus from = status;
        status = to;
        updatedAt = now;
        raise(new ApplicationStatusChanged(UUID.randomUUID(), now, id, ownerOpd, name, applicationClass, from, to,
                note, by));
    }

    private void require(ApplicationStatus target) {
        if (!status.next().contains(target)) {
            throw new StateConflictException("Aplikasi berstatus " + status + " tidak dapat berpindah ke " + target
                    + "; yang mungkin: " + status.next() + ".");
        }
    }

    private void requireNotDecommissioned() {
        if (status == ApplicationStatus.DECOMMISSIONED) {
            throw new StateConflictException("Aplikasi sudah dihentikan (DECOMMISSIONED) dan tidak dapat diubah.");
        }
    }

    private int nextVersion(DocumentKind kind) {
        return (int) documents.stream().filter(d -> d.kind() == kind).count() + 1;
    }

    private static void requireText(String text, String obligation, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(obligation, message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String ownerOpd() {
        return ownerOpd;
    }

    public ApplicationClass applicationClass() {
        return applicationClass;
    }

    public List<String> userOpds() {
        return userOpds;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public Set<FunctionDomain> functionDomains() {
        return functionDomains;
    }

    public Licence licence() {
        return licence;
    }

    public String url() {
        return url;
    }

    public Maintenance maintenance() {
        return maintenance;
    }

    public ApplicationStatus status() {
        return status;
    }

    public SdlcStage stage() {
        return stage;
    }

    public String ownershipStatement() {
        return ownershipStatement;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Decision submission() {
        return submission;
    }

    public Decision recommendation() {
        return recommendation;
    }

    public Decision closedSourceConsideration() {
        return closedSourceConsideration;
    }

    public Decision rejection() {
        return rejection;
    }

    public Decision deposit() {
        return deposit;
    }

    public Decision activation() {
        return activation;
    }

    public Decision decommissioning() {
        return decommissioning;
    }

    public Decision sharedUseApproval() {
        return sharedUseApproval;
    }

    public List<DocumentVersion> documents() {
        return List.copyOf(documents);
    }

    public List<TestResult> testResults() {
        return List.copyOf(testResults);
    }

    public List<ConformanceReview> conformanceReviews() {
        return List.copyOf(conformanceReviews);
    }
}
