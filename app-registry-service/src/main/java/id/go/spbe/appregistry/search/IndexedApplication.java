package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;

import java.util.List;
import java.util.Set;

/** The part of an application the index holds: what is searched for and what searches are filtered by. */
record IndexedApplication(String id, long version, String ownerOpd, ApplicationStatus status,
        ApplicationClass applicationClass, SdlcStage stage, ServiceType serviceType,
        Set<FunctionDomain> functionDomains, String name, String description, List<String> techStack) {

    /** The Mongo fields {@link #of} reads, so bulk loads can skip history, outbox and documents. */
    static final String[] SOURCE_FIELDS = {"version", "ownerOpd", "status", "applicationClass", "stage",
            "serviceType", "functionDomains", "name", "description", "techStack"};

    static IndexedApplication of(Application app) {
        var details = app.details();
        return new IndexedApplication(app.id(), app.version() == null ? 0 : app.version(), app.ownerOpd(),
                app.status(), app.applicationClass(), app.stage(), app.serviceType(), details.functionDomains(),
                details.name(), details.description(), details.techStack());
    }
}
