package id.go.spbe.appregistry.catalogue;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRecords;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.search.ApplicationSearch;
import id.go.spbe.platform.domain.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/**
 * The public catalogue of the region's applications: what runs, who owns it, where to find it — so citizens, other
 * regions and OPD can answer "does someone already have this?" (G5, after OpenCatalogi and publiccode.yml). Only
 * ACTIVE applications are listed; drafts, applications under review and retired ones are never shown.
 */
@Service
public class PublicCatalogue {

    private final ApplicationRegister register;
    private final ApplicationRecords applications;
    private final ApplicationSearch search;
    private final OpdDirectory opds;

    PublicCatalogue(ApplicationRegister register, ApplicationRecords applications, ApplicationSearch search,
            OpdDirectory opds) {
        this.register = register;
        this.applications = applications;
        this.search = search;
        this.opds = opds;
    }

    /** Active applications, filtered; ranked by relevance when {@code q} is given, else in {@code page}'s order. */
    public Page<CatalogueEntry> list(String q, String opd, FunctionDomain functionDomain, ServiceType serviceType,
            Pageable page) {
        ApplicationFilter filter = new ApplicationFilter(opd, null, ApplicationStatus.ACTIVE, null, functionDomain,
                serviceType, null);
        Page<Application> found = q == null || q.isBlank() ? register.find(filter, page)
                : search.searchUnscoped(filter, q, page);
        Map<String, String> names = new HashMap<>();
        return found.map(app -> new CatalogueEntry(app,
                names.computeIfAbsent(app.ownerOpd(), code -> opds.find(code).map(Opd::name).orElse(null))));
    }

    /** One active application; anything else is "not found", whether it exists or not. */
    public CatalogueEntry get(String id) {
        Application app = applications.findById(id).filter(found -> found.status() == ApplicationStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("Aplikasi", id));
        return new CatalogueEntry(app, opds.find(app.ownerOpd()).map(Opd::name).orElse(null));
    }
}
