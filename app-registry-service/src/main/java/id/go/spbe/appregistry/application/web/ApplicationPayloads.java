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
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

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
            @Size(max = 4000) @Nullable String description,
            @Size(max = 30) @Nullable String ownerOpd,
            @NotNull ApplicationClass applicationClass,
            @Size(max = 100) @Nullable List<@NotBlank @Size(max = 30) String> userOpds,
            @Nullable ServiceType serviceType,
            @Size(max = 26) @Nullable Set<@NotNull FunctionDomain> functionDomains,
            @Valid @Nullable LicenceForm licence,
            @Size(max = 500) @Pattern(regexp = HTTP_URL, message = "harus berupa URL http(s)")
            @Nullable String sourceRepositoryUrl,
            @Size(max = 30) @Nullable List<@NotBlank @Size(max = 80) String> techStack,
            @Size(max = 120) @Nullable String database,
            @Valid @Nullable HostingForm hosting,
            @Size(max = 500) @Pattern(regexp = HTTP_URL, message = "harus berupa URL http(s)") @Nullable String url,
            @Valid @Nullable MaintenanceForm maintenance,
            @Size(max = 20) @Nullable List<@Valid @NotNull ContactForm> contacts,
            @Nullable DevelopmentStatus developmentStatus,
            @Size(max = 10) @Nullable List<@NotBlank @Size(max = 40) String> platforms,
            @Size(max = 20) @Nullable List<@NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                    message = "kategori publiccode.yml, mis. document-management") String> categories,
            @Size(max = 30) @Nullable List<@NotBlank @Size(max = 200) String> features) {

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

    public record LicenceForm(@NotNull Licence.Kind kind, @Size(max = 100) @Nullable String spdxId) {
    }

    public record HostingForm(@NotNull Hosting.Kind kind, @Size(max = 200) @Nullable String reference) {
    }

    public record MaintenanceForm(@NotNull Maintenance.Type type, @Size(max = 200) @Nullable String maintainer,
            @Size(max = 100) @Nullable String contractNumber, @Nullable LocalDate contractEndsOn) {
    }

    public record ContactForm(@NotBlank @Size(max = 120) String name, @Size(max = 80) @Nullable String role,
            @Email @Size(max = 200) @Nullable String email,
            @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 ()-]{6,30}$", message = "nomor telepon tidak valid")
            @Nullable String phone) {
    }

    public record NoteRequest(@Size(max = 4000) @Nullable String note) {
    }

    public record RecommendRequest(@Size(max = 4000) @Nullable String note,
            @Size(max = 4000) @Nullable String closedSourceConsideration) {
    }

    /** A3 rejection and A1 decommissioning: up to 4000 characters, like every application note. */
    @Schema(name = "ApplicationReasonRequest")
    public record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    public record ConsiderationRequest(@NotBlank @Size(max = 4000) String consideration) {
    }

    public record StageRequest(@NotNull SdlcStage stage, @Size(max = 4000) @Nullable String reason) {
    }

    public record TestResultRequest(@NotNull TestResult.Kind kind, @NotNull @PastOrPresent LocalDate testedOn,
            @NotNull Boolean passed, @NotBlank @Size(max = 4000) String summary,
            @Size(max = 64) @Nullable String reportFileId) {
    }

    public record ConformanceReviewRequest(@NotNull ConformanceReview.Result result,
            @NotNull @PastOrPresent LocalDate reviewedOn, @Size(max = 4000) @Nullable String notes) {
    }

    public record ApplicationResponse(String id, String name, @Nullable String description, String ownerOpd,
            ApplicationClass applicationClass, List<String> userOpds, Application.@Nullable SharedUse sharedUse,
            @Nullable ServiceType serviceType, Set<FunctionDomain> functionDomains, @Nullable Licence licence,
            @Nullable String sourceRepositoryUrl, List<String> techStack, @Nullable String database,
            @Nullable Hosting hosting, @Nullable String url, @Nullable Maintenance maintenance, List<Contact> contacts,
            @Nullable DevelopmentStatus developmentStatus, List<String> platforms, List<String> categories,
            List<String> features,
            ApplicationStatus status, @Nullable SdlcStage stage, @Nullable String ownershipStatement,
            String registeredBy, Instant registeredAt, @Nullable Instant updatedAt, @Nullable Decision submission,
            @Nullable Decision recommendation, @Nullable Decision closedSourceConsideration,
            @Nullable Decision rejection, @Nullable Decision deposit, @Nullable Decision activation,
            @Nullable Decision decommissioning, @Nullable Decision sharedUseApproval,
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
