package id.go.spbe.appregistry.application.web;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the application register API. */
final class ApplicationPayloads {

    private ApplicationPayloads() {
    }

    record RegisterApplicationRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 30) String ownerOpd,
            @NotNull ApplicationClass applicationClass,
            @Size(max = 100) List<@NotBlank String> userOpds) {
    }

    record ApplicationResponse(String id, String name, String description, String ownerOpd,
            ApplicationClass applicationClass, List<String> userOpds, ApplicationStatus status,
            String ownershipStatement, String registeredBy, Instant registeredAt, long version) {

        static ApplicationResponse of(Application app) {
            return new ApplicationResponse(app.id(), app.name(), app.description(), app.ownerOpd(),
                    app.applicationClass(), app.userOpds(), app.status(), app.ownershipStatement(),
                    app.registeredBy(), app.registeredAt(), app.version() == null ? 0 : app.version());
        }
    }
}
