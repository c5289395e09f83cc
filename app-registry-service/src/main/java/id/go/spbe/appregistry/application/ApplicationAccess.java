package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads an application for a caller (SEC1 access limits). Someone who may not see it gets 404, so an OPD never learns
 * that another OPD's application exists; someone who may see but not change it (auditor, coordinator, another
 * region-wide role) gets 403.
 */
@Component
public class ApplicationAccess {

    private final ApplicationRepository applications;

    ApplicationAccess(ApplicationRepository applications) {
        this.applications = applications;
    }

    public Application forReading(Caller caller, String id) {
        return caller.visible(applications.findById(id), Application::ownerOpd)
                .orElseThrow(() -> new NotFoundException("Aplikasi", id));
    }

    /** The owner OPD's operators and Dinas admins change an application. */
    public Application forEditing(Caller caller, String id) {
        Application app = forReading(caller, id);
        if (!mayEdit(caller, app)) {
            throw new AccessDeniedException("only the owner OPD or Dinas changes an application");
        }
        return app;
    }

    public static boolean mayEdit(Caller caller, Application app) {
        return caller.hasRole(Roles.DINAS_ADMIN)
                || caller.hasRole(Roles.OPD_OPERATOR) && app.ownerOpd().equals(caller.opd());
    }
}
