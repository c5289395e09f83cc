package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Data-custody consents (D7): an OPD's operator grants Dinas the right to act on its data (scope, period, letter) and
 * revokes it with a reason. Only the owner OPD grants or revokes — Dinas cannot consent for the OPD; region-wide
 * roles read every consent, an OPD only its own (another OPD's → 404).
 */
@Service
public class CustodyConsents {

    private final CustodyConsentRepository consents;
    private final ApplicationReferences applications;
    private final Map<CustodyTarget.Kind, CustodyTargetDirectory> directories;
    private final OpdReferences opds;
    private final ZoneId zone;
    private final Clock clock;

    CustodyConsents(CustodyConsentRepository consents, ApplicationReferences applications,
            List<CustodyTargetDirectory> directories, OpdReferences opds, RegionProfile region, Clock clock) {
        this.consents = consents;
        this.applications = applications;
        this.directories = directories.stream().collect(Collectors.toMap(CustodyTargetDirectory::kind,
                Function.identity()));
        this.opds = opds;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    public CustodyConsent grant(Caller caller, Collection<CustodyAction> actions, boolean allSystems,
            List<CustodyTarget> targets, LocalDate validFrom, LocalDate validUntil, String letterNumber,
            String notes) {
        String opd = ownOpd(caller);
        opds.requireKnown(opd);
        for (CustodyTarget target : allSystems ? List.<CustodyTarget>of() : targets) {
            if (!ownerOf(target).map(opd::equals).orElse(false)) {
                // Another OPD's system is answered like a missing one, so no OPD learns what another runs.
                throw new RuleViolationException("D7", target.kind() + " '" + target.id() + "' tidak ditemukan "
                        + "sebagai milik OPD " + opd + "; persetujuan hanya untuk data OPD sendiri.");
            }
        }
        Instant now = clock.instant();
        return consents.insert(CustodyConsent.grant(opd, actions, allSystems, targets, validFrom, validUntil,
                letterNumber, notes, caller.username(), LocalDate.ofInstant(now, zone), now));
    }

    public CustodyConsent revoke(Caller caller, String id, String reason, String ifMatch) {
        CustodyConsent consent = get(caller, id);
        if (!consent.opd().equals(ownOpd(caller))) {
            throw new AccessDeniedException("only the owner OPD revokes its consent");
        }
        ETags.checkIfMatch(ifMatch, consent.version());
        consent.revoke(reason, caller.username(), clock.instant());
        return consents.save(consent);
    }

    public CustodyConsent get(Caller caller, String id) {
        return caller.visible(consents.findById(id), CustodyConsent::opd)
                .orElseThrow(() -> new NotFoundException("Persetujuan pengelolaan data", id));
    }

    public Page<CustodyConsent> list(Caller caller, String opd, CustodyConsent.Status status, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
            return status == null ? consents.findByOpd(scope, page) : consents.findByOpdAndStatus(scope, status, page);
        }
        return status == null ? consents.findAll(page) : consents.findByStatus(status, page);
    }

    /** Today in the region, for showing whether a consent is in force. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private Optional<String> ownerOf(CustodyTarget target) {
        if (target.kind() == CustodyTarget.Kind.APPLICATION) {
            return applications.find(target.id()).map(a -> a.ownerOpd());
        }
        CustodyTargetDirectory directory = directories.get(target.kind());
        return directory == null ? Optional.empty() : directory.ownerOf(target.id());
    }

    /** The consent is the owner OPD's act: only an operator of an OPD gives or withdraws it, for that OPD. */
    private static String ownOpd(Caller caller) {
        if (!caller.hasRole(Roles.OPD_OPERATOR) || caller.opd() == null) {
            throw new AccessDeniedException("only the owner OPD's operator grants or revokes a consent");
        }
        return caller.opd();
    }
}
