package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.AuditRegulation;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Derives audit obligations from the application register (AU5, AU6) and answers "what is due in year Y". */
@Service
public class AuditPlanner {

    private static final Logger log = LoggerFactory.getLogger(AuditPlanner.class);

    private final AuditObligationRepository obligations;
    private final OpdReferences opds;
    private final AuditRegulation regulation;
    private final RegionProfile region;
    private final Clock clock;

    AuditPlanner(AuditObligationRepository obligations, OpdReferences opds, AuditRegulationProperties regulation,
            RegionProfile region, Clock clock) {
        this.obligations = obligations;
        this.opds = opds;
        this.regulation = regulation.toRegulation();
        this.region = region;
        this.clock = clock;
    }

    /** Plans the audits a registered application owes; a repeat of the same registration changes nothing. */
    public List<AuditObligation> planForRegisteredApplication(String applicationId, String name, String opd,
            String applicationClass, Instant registeredAt) {
        List<AuditObligation> owed = AuditObligation.forRegisteredApplication(applicationId, name, opd,
                applicationClass, registeredAt, regulation, region.region().timeZone(), clock.instant());
        for (AuditObligation obligation : owed) {
            if (!obligations.existsById(obligation.id())) {
                try {
                    obligations.insert(obligation);
                } catch (DuplicateKeyException raced) {
                    // planned concurrently by a redelivery: the first one stands
                }
            }
        }
        log.info("Planned {} audit(s) for application {} ({}, {})", owed.size(), applicationId, opd,
                applicationClass);
        return owed;
    }

    /** Audits due in {@code year}: the caller's own OPD, or any/the named OPD for region-wide roles. */
    public Page<AuditObligation> dueIn(Caller caller, int year, String opd, AuditKind kind, Pageable page) {
        // Scope first: another OPD's plan is a 403 whether or not that OPD exists, never a 422 that confirms a code.
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        // Derived "Between" queries are exclusive at both ends.
        LocalDate from = LocalDate.of(year - 1, 12, 31);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        if (scope == null) {
            return kind == null ? obligations.findByDueDateBetween(from, to, page)
                    : obligations.findByKindAndDueDateBetween(kind, from, to, page);
        }
        return kind == null ? obligations.findByOpdAndDueDateBetween(scope, from, to, page)
                : obligations.findByOpdAndKindAndDueDateBetween(scope, kind, from, to, page);
    }
}
