package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Registering, editing and reading applications (A1, A2), scoped by OPD: an operator acts for its own OPD only and
 * never learns that another OPD's application exists; Dinas and other region-wide roles see all.
 */
@Service
public class ApplicationRegister {

    private final ApplicationRepository applications;
    private final ApplicationAccess access;
    private final MongoTemplate mongo;
    private final OpdDirectory opds;
    private final ApplicationRules rules;
    private final Clock clock;

    public ApplicationRegister(ApplicationRepository applications, ApplicationAccess access, MongoTemplate mongo,
            OpdDirectory opds, ApplicationRules rules, Clock clock) {
        this.applications = applications;
        this.access = access;
        this.mongo = mongo;
        this.opds = opds;
        this.rules = rules;
        this.clock = clock;
    }

    /** Registers an application. The owner is the caller's OPD unless the caller is a Dinas admin naming one. */
    public Application register(Caller caller, ApplicationDetails details, String requestedOwner) {
        String owner = ownerFor(caller, requestedOwner);
        opds.requireActive(owner);
        details.userOpds().forEach(opds::requireActive);
        return applications.insert(Application.register(details, owner, rules.policy(), caller.username(),
                clock.instant()));
    }

    /** Replaces the form data (If-Match guards against overwriting someone else's edit). */
    public Application update(Caller caller, String id, ApplicationDetails details, String ifMatch) {
        Application app = access.forEditing(caller, id);
        ETags.checkIfMatch(ifMatch, app.version());
        details.userOpds().forEach(opds::requireActive);
        return app.update(details, rules.policy(), caller.username(), clock.instant()) ? applications.save(app) : app;
    }

    public Application get(Caller caller, String id) {
        return access.forReading(caller, id);
    }

    /** Applications of one OPD, or of all OPDs for region-wide callers who name none; further filters apply. */
    public Page<Application> list(Caller caller, ApplicationFilter filter, Pageable page) {
        return find(filter.withOpd(scopeFor(caller, filter.opd())), page);
    }

    /**
     * The OPD a caller's list or search covers: operators their own OPD, region-wide roles all (null) or the one they
     * name. Naming an OPD one may not see is a 403, an unknown or inactive one a 422 (G1).
     */
    public String scopeFor(Caller caller, String requestedOpd) {
        String scope = caller.listScope(requestedOpd);
        if (scope != null) {
            opds.requireActive(scope);
        }
        return scope;
    }

    /** Unscoped query for callers that have already decided what may be shown (public catalogue, exports). */
    public Page<Application> find(ApplicationFilter filter, Pageable page) {
        Query query = Query.query(filter.criteria());
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(page), Application.class), page,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), Application.class));
    }

    private static String ownerFor(Caller caller, String requestedOwner) {
        if (caller.hasRole(Roles.DINAS_ADMIN)) {
            String owner = requestedOwner != null ? requestedOwner : caller.opd();
            if (owner == null) {
                throw new RuleViolationException("A1", "Setiap aplikasi wajib memiliki OPD pemilik (ownerOpd).");
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
