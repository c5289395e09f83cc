package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.domain.Application;

import java.util.Objects;

/** The list filters checked on an application as Mongo has it now (the index may lag by one catch-up interval). */
final class CurrentFilter {

    private CurrentFilter() {
    }

    static boolean matches(ApplicationFilter filter, Application app) {
        return same(filter.opd(), app.ownerOpd())
                && same(filter.applicationClass(), app.applicationClass())
                && same(filter.status(), app.status())
                && same(filter.stage(), app.stage())
                && (filter.functionDomain() == null || app.functionDomains().contains(filter.functionDomain()))
                && same(filter.serviceType(), app.serviceType())
                && (filter.ids() == null || filter.ids().contains(app.id()));
    }

    private static boolean same(Object wanted, Object actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}
