package id.go.spbe.appregistry.application.web;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.ConformanceReview;
import id.go.spbe.appregistry.application.domain.Contact;
import id.go.spbe.appregistry.application.domain.Decision;
import id.go.spbe.appregistry.application.domain.DevelopmentStatus;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Hosting;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.Maintenance;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.application.domain.TestResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the application register API. */
public final class ApplicationPayloads {

    static final String HTTP_URL = "^https?://[^\\s/$.?#][^\\s]*$";

    private ApplicationPayloads() {
    }

    /** The registration form; also the body of PUT (full replacement of the form data). */
    public record ApplicationForm(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 30) String ownerOpd,
            @NotNull ApplicationClass applicationClass,
            @Size(max = 100) List<@NotBlank @Size(max = 30) String> userOpds,
            ServiceType serviceType,
            @Size(max = 26) Set<@NotNull FunctionDomain> functionDomains,
            @Valid LicenceForm licence,
            @Size(max = 500) @Pattern(regexp = HTTP_URL, message = "harus berupa URL http(s)") String sourceRepositoryUrl,
            @Size(max = 30) List<@NotBlank @Size(max = 80) String> techStack,
            @Size(max = 120) String database,
            @Valid HostingForm hosting,
            @Size(max = 500) @Pattern(regexp = HTTP_URL, message = "harus berupa URL http(s)") String url,
            @Valid MaintenanceForm maintenance,
            @Size(max = 20) List<@Valid @NotNull ContactForm> contacts,
            DevelopmentStatus developmentStatus,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> platforms,
            @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                    message = "kategori publiccode.yml, mis. document-management") String> categories,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> features) {

        public ApplicationDetails details() {
            return new ApplicationDetails(name, description, applicationClass, userOpds, serviceType,
                    functionDomains, licence == null ? null : new Licence(licence.kind(), licence.spdxId()),
                    sourceRepositoryUrl, techStack, database,
                    hosting == null ? null : new Hosting(hosting.kind(), hosting.reference()), url,
                    maintenance == null ? null : new Maintenance(maintenance.type(), maintenance.maintainer(),
                            maintenance.contractNumber(), maintenance.contractEndsOn()),
                    contacts == null ? null : contacts.stream()
                            .map(c -> new Contact(c.name(), c.role(), c.email(), c.phone())).toList(),
                    developmentStatus, platforms, categories, features);
        }
    }

    public record LicenceForm(@NotNull Licence.Kind kind, @Size(max = 100) String spdxId) {
    }

    public record HostingForm(@NotNull Hosting.Kind kind, @Size(max = 200) String reference) {
    }

    public record MaintenanceForm(@NotNull Maintenance.Type type, @Size(max = 200) String maintainer,
            @Size(max = 100) String contractNumber, LocalDate contractEndsOn) {
    }

    public record ContactForm(@NotBlank @Size(max = 120) String name, @Size(max = 80) String role,
            @Email @Size(max = 200) String email,
            @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 ()-]{6,30}$", message = "nomor telepon tidak valid") String phone) {
    }

    public record NoteRequest(@Size(max = 4000) String note) {
    }

    public record RecommendRequest(@Size(max = 4000) String note,
            @Size(max = 4000) String closedSourceConsideration) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    public record ConsiderationRequest(@NotBlank @Size(max = 4000) String consideration) {
    }

    public record StageRequest(@NotNull SdlcStage stage, @Size(max = 4000) String reason) {
    }

    public record TestResultRequest(@NotNull TestResult.Kind kind, @NotNull @PastOrPresent LocalDate testedOn,
            @NotNull Boolean passed, @NotBlank @Size(max = 4000) String summary, @Size(max = 64) String reportFileId) {
    }

    public record ConformanceReviewRequest(@NotNull ConformanceReview.Result result,
            @NotNull @PastOrPresent LocalDate reviewedOn, @Size(max = 4000) String notes) {
    }

    public record ApplicationResponse(String id, String name, String description, String ownerOpd,
            ApplicationClass applicationClass, List<String> userOpds, Application.SharedUse sharedUse,
            ServiceType serviceType, Set<FunctionDomain> functionDomains, Licence licence,
            String sourceRepositoryUrl, List<String> techStack, String database, Hosting hosting, String url,
            Maintenance maintenance, List<Contact> contacts, DevelopmentStatus developmentStatus,
            List<String> platforms, List<String> categories, List<String> features, ApplicationStatus status,
            SdlcStage stage,
            String ownershipStatement, String registeredBy, Instant registeredAt, Instant updatedAt,
            Decision submission, Decision recommendation, Decision closedSourceConsideration, Decision rejection,
            Decision deposit, Decision activation, Decision decommissioning, Decision sharedUseApproval,
            List<DocumentVersion> documents, List<TestResult> testResults,
            List<ConformanceReview> conformanceReviews, long version) {

        public static ApplicationResponse of(Application app) {
            ApplicationDetails d = app.details();
            return new ApplicationResponse(app.id(), d.name(), d.description(), app.ownerOpd(),
                    d.applicationClass(), d.userOpds(), app.sharedUse(), d.serviceType(), d.functionDomains(),
                    d.licence(), d.sourceRepositoryUrl(), d.techStack(), d.database(), d.hosting(), d.url(),
                    d.maintenance(), d.contacts(), d.developmentStatus(), d.platforms(), d.categories(), d.features(),
                    app.status(),
                    app.stage(), app.ownershipStatement(),
                    app.registeredBy(), app.registeredAt(), app.updatedAt(), app.submission(),
                    app.recommendation(), app.closedSourceConsideration(), app.rejection(), app.deposit(),
                    app.activation(), app.decommissioning(), app.sharedUseApproval(), app.documents(),
                    app.testResults(), app.conformanceReviews(), app.version() == null ? 0 : app.version());
        }
    }
}
