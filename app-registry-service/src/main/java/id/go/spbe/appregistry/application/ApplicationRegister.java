package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Registering and reading applications (A1, A2), scoped by OPD: an operator acts for its own OPD only and never
 * learns that another OPD's application exists; Dinas and other region-wide roles see all.
 */
@Service
public class ApplicationRegister {

    private final ApplicationRepository applications;
    private final OpdDirectory opds;
    private final ApplicationRules rules;
    private final Clock clock;

    public ApplicationRegister(ApplicationRepository applications, OpdDirectory opds, ApplicationRules rules,
            Clock clock) {
        this.applications = applications;
        this.opds = opds;
        this.rules = rules;
        this.clock = clock;
    }

    /** Registers an application. The owner is the caller's OPD unless the caller is a Dinas admin naming one. */
    public Application register(Caller caller, String name, String description, String requestedOwner,
            ApplicationClass applicationClass, List<String> userOpds) {
        String owner = ownerFor(caller, requestedOwner);
        opds.requireActive(owner);
        if (userOpds != null) {
            userOpds.forEach(opds::requireActive);
        }
        return applications.insert(Application.register(name, description, owner, applicationClass, userOpds,
                rules.classes(), caller.username(), clock.instant()));
    }

    public Application get(Caller caller, String id) {
        return applications.findById(id).filter(app -> caller.maySee(app.ownerOpd()))
                .orElseThrow(() -> new NotFoundException("Aplikasi", id));
    }

    /** Applications of one OPD, or of all OPDs for region-wide callers who name none. */
    public Page<Application> list(Caller caller, String opd, Pageable page) {
        String scope = opd != null ? opd : caller.regionWide() ? null : caller.opd();
        if (scope == null && !caller.regionWide()) {
            throw new AccessDeniedException("caller has no OPD");
        }
        if (scope != null && !caller.maySee(scope)) {
            throw new AccessDeniedException("caller may not list another OPD's applications");
        }
        if (scope != null) {
            opds.requireActive(scope);
            return applications.findByOwnerOpd(scope, page);
        }
        return applications.findAll(page);
    }

    private static String ownerFor(Caller caller, String requestedOwner) {
        if (caller.hasRole("DINAS_ADMIN")) {
            String owner = requestedOwner != null ? requestedOwner : caller.opd();
            if (owner == null) {
                throw new id.go.spbe.platform.domain.RuleViolationException("A1",
                        "Setiap aplikasi wajib memiliki OPD pemilik (ownerOpd).");
            }
            return owner;
        }
        if (caller.opd() == null) {
            throw new AccessDeniedException("an operator's token must name its OPD");
        }
        if (requestedOwner != null && !requestedOwner.equals(caller.opd())) {
            throw new AccessDeniedException("operators register applications for their own OPD only");
        }
        return caller.opd();
    }
}
