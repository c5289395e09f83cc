package id.go.spbe.appregistry.subdomain;

import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRecords;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.RegionDomain;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.subdomain.Availability.Verdict;
import id.go.spbe.appregistry.subdomain.domain.Assignment;
import id.go.spbe.appregistry.subdomain.domain.Subdomain;
import id.go.spbe.appregistry.subdomain.domain.SubdomainName;
import id.go.spbe.appregistry.subdomain.domain.SubdomainPurpose;
import id.go.spbe.appregistry.subdomain.domain.SubdomainStatus;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The region's subdomain register (A10; A1: only registered applications get one). Dinas sets and manages names
 * (RL p30(4)): a Dinas admin allocates directly, an OPD operator requests for its own OPD and Dinas then allocates or
 * refuses. Operators see their OPD's names only; another OPD's name answers 404 everywhere except the availability
 * check, which only says that a name is taken.
 */
@Service
public class SubdomainRegister {

    /** Applications that are not, or no longer, in the register's good books cannot hold a name (A1). */
    private static final Set<ApplicationStatus> NOT_ELIGIBLE = EnumSet.of(ApplicationStatus.REJECTED,
            ApplicationStatus.DECOMMISSIONED);

    private final SubdomainRepository subdomains;
    private final MongoOperations mongo;
    private final ApplicationRegister applications;
    private final ApplicationRecords applicationRecords;
    private final OpdDirectory opds;
    private final RegionDomain region;
    private final Set<String> reserved;
    private final Clock clock;

    public SubdomainRegister(SubdomainRepository subdomains, MongoOperations mongo, ApplicationRegister applications,
            ApplicationRecords applicationRecords, OpdDirectory opds, RegionDomain region,
            SubdomainProperties properties, Clock clock) {
        this.subdomains = subdomains;
        this.mongo = mongo;
        this.applications = applications;
        this.applicationRecords = applicationRecords;
        this.opds = opds;
        this.region = region;
        this.reserved = properties.reserved();
        this.clock = clock;
    }

    /**
     * Allocates ({@code DINAS_ADMIN}) or requests (OPD operator) a name. A name released or refused before is
     * allocated again as its next generation; a name held now is a 409.
     *
     * @param requestedName   a label or a full name under the region's domain
     * @param applicationId   the registered application it serves (required unless {@link SubdomainPurpose#SITUS_OPD})
     * @param requestedOpd    the OPD whose website it is; for applications it must be, or is taken from, the owner
     */
    public Subdomain claim(Caller caller, String requestedName, SubdomainPurpose purpose, String applicationId,
            String requestedOpd) {
        SubdomainName name = allocatable(requestedName);
        Assignment assignment = assignmentFor(caller, purpose, applicationId, requestedOpd);
        boolean dinas = caller.hasRole(Roles.DINAS_ADMIN);
        String actor = caller.username();
        Instant now = clock.instant();
        Optional<Subdomain> known = subdomains.findById(name.fqdn());
        if (known.isPresent()) {
            Subdomain again = known.get();
            if (dinas) {
                again.allocateAgain(assignment, actor, now);
            } else {
                again.requestAgain(assignment, actor, now);
            }
            // The version check turns a concurrent re-allocation of the same name into a 409.
            return subdomains.save(again);
        }
        // The id is the name: a concurrent first allocation of the same name fails on the key with a 409.
        return subdomains.insert(dinas ? Subdomain.allocate(name, assignment, actor, now)
                : Subdomain.request(name, assignment, actor, now));
    }

    /** Dinas grants a pending request, checking again that its application may still hold a name. */
    public Subdomain allocateRequested(Caller caller, String name, String ifMatch) {
        Subdomain subdomain = get(caller, name);
        ETags.checkIfMatch(ifMatch, subdomain.version());
        if (subdomain.status() == SubdomainStatus.REQUESTED && subdomain.applicationId() != null) {
            Application app = applicationRecords.findById(subdomain.applicationId())
                    .orElseThrow(() -> new RuleViolationException("A1", "Aplikasi " + subdomain.applicationId()
                            + " tidak lagi terdaftar; subdomain hanya untuk aplikasi yang terdaftar."));
            requireEligible(app);
        }
        subdomain.allocateRequested(caller.username(), clock.instant());
        return subdomains.save(subdomain);
    }

    public Subdomain refuse(Caller caller, String name, String reason, String ifMatch) {
        Subdomain subdomain = get(caller, name);
        ETags.checkIfMatch(ifMatch, subdomain.version());
        subdomain.refuse(caller.username(), reason, clock.instant());
        return subdomains.save(subdomain);
    }

    /** The holding OPD or Dinas gives a name back. */
    public Subdomain release(Caller caller, String name, String reason, String ifMatch) {
        Subdomain subdomain = get(caller, name);
        caller.requireActsFor(subdomain.ownerOpd());
        ETags.checkIfMatch(ifMatch, subdomain.version());
        subdomain.release(caller.username(), reason, clock.instant());
        return subdomains.save(subdomain);
    }

    /** A subdomain by full name or label; 404 when unknown, invalid, or another OPD's. */
    public Subdomain get(Caller caller, String name) {
        String fqdn;
        try {
            fqdn = SubdomainName.parse(name, region.domain()).fqdn();
        } catch (RuleViolationException notAName) {
            throw new NotFoundException("Subdomain", name);
        }
        return caller.visible(subdomains.findById(fqdn), Subdomain::ownerOpd)
                .orElseThrow(() -> new NotFoundException("Subdomain", name));
    }

    /** Names of one OPD (the caller's own unless region-wide), optionally of one application or in one status. */
    public Page<Subdomain> list(Caller caller, String applicationId, String opd, SubdomainStatus status,
            Pageable page) {
        String scope = caller.listScope(opd);
        Query query = new Query();
        if (scope != null) {
            query.addCriteria(Criteria.where("ownerOpd").is(scope));
        }
        if (applicationId != null) {
            query.addCriteria(Criteria.where("applicationId").is(applicationId));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        List<Subdomain> items = mongo.find(Query.of(query).with(page), Subdomain.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, Subdomain.class));
    }

    /** Whether a name could be requested now; never fails on bad input, it says why instead. */
    public Availability availability(String name) {
        SubdomainName parsed;
        try {
            parsed = SubdomainName.parse(name, region.domain());
        } catch (RuleViolationException invalid) {
            return new Availability(name, null, null, Verdict.INVALID, invalid.getMessage());
        }
        if (reserved.contains(parsed.label())) {
            return new Availability(name, parsed.label(), parsed.fqdn(), Verdict.RESERVED, reservedReason(parsed));
        }
        return subdomains.findById(parsed.fqdn()).filter(s -> s.status().holdsName())
                .map(s -> new Availability(name, parsed.label(), parsed.fqdn(), Verdict.TAKEN,
                        "Subdomain " + parsed.fqdn() + (s.status() == SubdomainStatus.ALLOCATED
                                ? " sudah dialokasikan." : " sedang diajukan dan menunggu keputusan Dinas.")))
                .orElseGet(() -> new Availability(name, parsed.label(), parsed.fqdn(), Verdict.AVAILABLE, null));
    }

    private SubdomainName allocatable(String requestedName) {
        SubdomainName name = SubdomainName.parse(requestedName, region.domain());
        if (reserved.contains(name.label())) {
            throw new RuleViolationException("A10", reservedReason(name));
        }
        return name;
    }

    private static String reservedReason(SubdomainName name) {
        return "Nama '" + name.label() + "' dicadangkan untuk layanan domain daerah dan tidak dialokasikan ke OPD.";
    }

    private Assignment assignmentFor(Caller caller, SubdomainPurpose purpose, String applicationId,
            String requestedOpd) {
        if (purpose.needsApplication() && applicationId == null) {
            throw new RuleViolationException("A1", "Subdomain untuk " + purpose
                    + " hanya diberikan kepada aplikasi yang terdaftar; sebutkan applicationId.");
        }
        if (applicationId != null) {
            Application app = applications.get(caller, applicationId);
            caller.requireActsFor(app.ownerOpd());
            if (requestedOpd != null && !requestedOpd.equals(app.ownerOpd())) {
                throw new InvalidRequestException("opd '" + requestedOpd + "' bukan OPD pemilik aplikasi ("
                        + app.ownerOpd() + "); subdomain aplikasi dipegang OPD pemiliknya.");
            }
            requireEligible(app);
            return new Assignment(purpose, app.id(), app.ownerOpd());
        }
        String owner = requestedOpd != null ? requestedOpd : caller.opd();
        if (owner == null) {
            throw new InvalidRequestException("opd wajib diisi: situs OPD mana yang memakai subdomain ini?");
        }
        caller.requireActsFor(owner);
        opds.requireActive(owner);
        return new Assignment(purpose, null, owner);
    }

    private static void requireEligible(Application app) {
        if (NOT_ELIGIBLE.contains(app.status())) {
            throw new RuleViolationException("A1", "Aplikasi '" + app.name() + "' berstatus " + app.status()
                    + "; hanya aplikasi terdaftar yang masih berlaku yang dapat memperoleh subdomain.");
        }
    }
}
