package id.go.spbe.appregistry.catalogue.web;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.catalogue.CatalogueEntry;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;

/**
 * An application as the public sees it. Deliberately a closed list of fields: contacts, documents, decisions, test
 * results, hosting, maintenance contracts and history stay inside the government. The source repository is shown
 * only for open-source applications.
 */
record PublicApplication(String id, String name, @Nullable String description, String ownerOpd,
        @Nullable String ownerOpdName,
        ApplicationClass applicationClass, @Nullable ServiceType serviceType, List<Domain> functionDomains,
        @Nullable String url,
        @Nullable Licence licence, @Nullable String sourceRepositoryUrl) {

    record Domain(FunctionDomain code, String label) {
    }

    static PublicApplication of(CatalogueEntry entry) {
        Application app = entry.application();
        ApplicationDetails details = app.details();
        boolean openSource = details.licence() != null && details.licence().kind() == Licence.Kind.OPEN_SOURCE;
        return new PublicApplication(app.id(), details.name(), details.description(), app.ownerOpd(),
                entry.ownerOpdName(), details.applicationClass(), details.serviceType(),
                details.functionDomains().stream().sorted(Comparator.naturalOrder())
                        .map(domain -> new Domain(domain, domain.label())).toList(),
                details.url(), details.licence(), openSource ? details.sourceRepositoryUrl() : null);
    }
}
