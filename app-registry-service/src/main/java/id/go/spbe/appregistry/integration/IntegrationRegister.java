package id.go.spbe.appregistry.integration;

import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRecords;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.integration.domain.Integration.Party;
import id.go.spbe.appregistry.integration.domain.Integration;
import id.go.spbe.appregistry.integration.domain.IntegrationKind;
import id.go.spbe.appregistry.integration.domain.IntegrationStatus;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Relations between applications (A13): integrations and connector apps. Either side's owner OPD or Dinas records
 * and ends them; either owner sees them. A relation binds both owners, so one that crosses OPDs starts as a proposal
 * that the other owner (or Dinas) accepts or declines (issue 7 defect 8).
 *
 * <p>What an OPD may name on the other side: an application it may read (its own; everything for region-wide roles)
 * or one the public catalogue shows anyway (ACTIVE, G5). Any other id — another OPD's draft, one under review, a
 * rejected or retired one — is answered as not found, exactly like an id that does not exist, so recording a
 * relation never confirms that a hidden application exists, nor its name or owner (SEC1).
 */
@Service
public class IntegrationRegister {

    private static final Set<ApplicationStatus> NOT_IN_SERVICE = EnumSet.of(ApplicationStatus.REJECTED,
            ApplicationStatus.DECOMMISSIONED);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "recordedAt").and(Sort.by("_id"));

    private final IntegrationRepository integrations;
    private final ApplicationRegister applications;
    private final ApplicationRecords applicationRecords;
    private final Clock clock;

    public IntegrationRegister(IntegrationRepository integrations, ApplicationRegister applications,
            ApplicationRecords applicationRecords, Clock clock) {
        this.integrations = integrations;
        this.applications = applications;
        this.applicationRecords = applicationRecords;
        this.clock = clock;
    }

    public IntegrationView record(Caller caller, String providerId, String consumerId, IntegrationKind kind,
            String purpose, String dataExchanged) {
        Application p = nameable(caller, providerId);
        Application c = nameable(caller, consumerId);
        requireActsForEither(caller, p.ownerOpd(), c.ownerOpd());
        Party provider = new Party(p.id(), p.ownerOpd());
        Party consumer = new Party(c.id(), c.ownerOpd());
        // A13: within one OPD the recording OPD speaks for both sides, and Dinas coordinates the register for the
        // whole region, so those relations are ACTIVE at once. Across OPDs the operator speaks only for its own side:
        // the relation is a proposal until the other owner (or Dinas) accepts it.
        Integration integration = caller.hasRole(Roles.DINAS_ADMIN) || p.ownerOpd().equals(c.ownerOpd())
                ? Integration.record(provider, consumer, kind, purpose, dataExchanged, caller.username(),
                        clock.instant())
                : Integration.propose(provider, consumer, kind, purpose, dataExchanged, caller.opd(),
                        caller.username(), clock.instant());
        requireInService(p);
        requireInService(c);
        if (integrations.existsByActiveKey(Integration.activeKey(p.id(), c.id(), kind))) {
            throw new StateConflictException("Integrasi " + kind + " dari '" + p.name() + "' ke '" + c.name()
                    + "' sudah tercatat atau diusulkan dan masih terbuka.");
        }
        // The unique index on the active key turns a concurrent duplicate into a 409 as well.
        return new IntegrationView(integrations.insert(integration), ApplicationRef.of(p), ApplicationRef.of(c));
    }

    /** The awaited owner (or Dinas) accepts a proposal; the relation becomes ACTIVE. */
    public IntegrationView accept(Caller caller, String id, String ifMatch) {
        IntegrationView view = get(caller, id);
        Integration integration = view.integration();
        requireAnswers(caller, integration);
        ETags.checkIfMatch(ifMatch, integration.version());
        integration.accept(caller.username(), caller.hasRole(Roles.DINAS_ADMIN), clock.instant());
        return new IntegrationView(integrations.save(integration), view.provider(), view.consumer());
    }

    /** The awaited owner (or Dinas) declines a proposal, with a reason; it stays on record as DECLINED. */
    public IntegrationView decline(Caller caller, String id, String reason, String ifMatch) {
        IntegrationView view = get(caller, id);
        Integration integration = view.integration();
        requireAnswers(caller, integration);
        ETags.checkIfMatch(ifMatch, integration.version());
        integration.decline(caller.username(), reason, caller.hasRole(Roles.DINAS_ADMIN), clock.instant());
        return new IntegrationView(integrations.save(integration), view.provider(), view.consumer());
    }

    public IntegrationView end(Caller caller, String id, String reason, String ifMatch) {
        IntegrationView view = get(caller, id);
        requireActsForEither(caller, view.provider().ownerOpd(), view.consumer().ownerOpd());
        Integration integration = view.integration();
        ETags.checkIfMatch(ifMatch, integration.version());
        integration.end(caller.username(), reason, clock.instant());
        return new IntegrationView(integrations.save(integration), view.provider(), view.consumer());
    }

    /** One relation; 404 unless the caller may see one of its sides. */
    public IntegrationView get(Caller caller, String id) {
        return integrations.findById(id).map(this::resolve).filter(view -> view.visibleTo(caller))
                .orElseThrow(() -> new NotFoundException("Integrasi", id));
    }

    /** Both directions of one application the caller may see, newest first, optionally in one status. */
    public ApplicationIntegrations forApplication(Caller caller, String applicationId, IntegrationStatus status) {
        Application app = applications.get(caller, applicationId);
        List<Integration> provides = withStatus(integrations.findByProviderApplicationId(app.id(), NEWEST_FIRST),
                status);
        List<Integration> consumes = withStatus(integrations.findByConsumerApplicationId(app.id(), NEWEST_FIRST),
                status);
        Set<String> others = new HashSet<>();
        provides.forEach(i -> others.add(i.consumerApplicationId()));
        consumes.forEach(i -> others.add(i.providerApplicationId()));
        Map<String, Application> known = applicationRecords.findAllById(others).stream()
                .collect(Collectors.toMap(Application::id, Function.identity()));
        known.put(app.id(), app);
        return new ApplicationIntegrations(ApplicationRef.of(app),
                provides.stream().map(i -> resolve(i, known)).toList(),
                consumes.stream().map(i -> resolve(i, known)).toList());
    }

    private IntegrationView resolve(Integration integration) {
        Map<String, Application> known = applicationRecords.findAllById(
                        List.of(integration.providerApplicationId(), integration.consumerApplicationId())).stream()
                .collect(Collectors.toMap(Application::id, Function.identity()));
        return resolve(integration, known);
    }

    /** Sides are shown with their current name and owner; the owner recorded with the relation if one is gone. */
    private static IntegrationView resolve(Integration integration, Map<String, Application> known) {
        return new IntegrationView(integration,
                side(integration.providerApplicationId(), integration.providerOpd(), known),
                side(integration.consumerApplicationId(), integration.consumerOpd(), known));
    }

    private static ApplicationRef side(String id, String recordedOwner, Map<String, Application> known) {
        Application app = known.get(id);
        return app == null ? ApplicationRef.gone(id, recordedOwner) : ApplicationRef.of(app);
    }

    private static List<Integration> withStatus(List<Integration> relations, IntegrationStatus status) {
        return status == null ? relations : relations.stream().filter(i -> i.status() == status).toList();
    }

    /**
     * An application the caller may name in a relation: one it may read, or one in the public catalogue (ACTIVE).
     * Everything else is "not found", whether it exists or not.
     */
    private Application nameable(Caller caller, String id) {
        return applicationRecords.findById(id)
                .filter(app -> caller.maySee(app.ownerOpd()) || app.status() == ApplicationStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("Aplikasi", id));
    }

    /**
     * Only the side a proposal waits for, or Dinas, answers it: the proposing OPD cannot accept its own proposal, and
     * region-wide readers (auditors, coordinators) see it but do not decide (403). Callers who cannot see the relation
     * at all have already been answered 404.
     */
    private static void requireAnswers(Caller caller, Integration integration) {
        if (caller.hasRole(Roles.DINAS_ADMIN) || integration.awaitingOpd() == null) {
            return; // Dinas decides; a relation that was never proposed is a 409 from the aggregate
        }
        if (!caller.hasRole(Roles.OPD_OPERATOR)
                || !integration.awaitingOpd().equals(caller.opd())) {
            throw new AccessDeniedException("only the OPD a proposed integration waits for, or Dinas, answers it");
        }
    }

    /** Dinas acts on every relation; anyone else only on relations one of whose sides its OPD owns. */
    private static void requireActsForEither(Caller caller, String providerOpd, String consumerOpd) {
        if (caller.hasRole(Roles.DINAS_ADMIN)) {
            return;
        }
        if (caller.opd() == null || Stream.of(providerOpd, consumerOpd).noneMatch(caller.opd()::equals)) {
            throw new AccessDeniedException("only the owner OPD of either side, or Dinas, records integrations");
        }
    }

    private static void requireInService(Application app) {
        if (NOT_IN_SERVICE.contains(app.status())) {
            throw new RuleViolationException("A13", "Aplikasi '" + app.name() + "' berstatus " + app.status()
                    + "; integrasi baru hanya dapat dicatat untuk aplikasi yang masih berlaku.");
        }
    }
}
