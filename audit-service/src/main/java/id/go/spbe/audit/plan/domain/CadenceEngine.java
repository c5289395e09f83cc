package id.go.spbe.audit.plan.domain;

import id.go.spbe.audit.plan.domain.PlanState.ObjectState;
import id.go.spbe.audit.plan.domain.PlanState.ObligationState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cadence rule of the profile (AU4–AU6): every object of the universe owes each audit kind its class (or type)
 * requires at least once per cycle. Given an object as the inventory now describes it and the obligations it already
 * has, it decides which to plan, keep, bring back or close. Pure: no clock, no storage.
 */
public final class CadenceEngine {

    private final AuditRegulation regulation;

    public CadenceEngine(AuditRegulation regulation) {
        this.regulation = regulation;
    }

    public AuditRegulation regulation() {
        return regulation;
    }

    /**
     * Brings {@code existing} in line with {@code object} as of {@code asOf} (the day of the inventory's change, in
     * the region's time zone):
     * <ul>
     *   <li>a decommissioned object's obligations are retired (they leave the plan, the history stays);</li>
     *   <li>a kind newly required is planned, due a cycle from {@code asOf} ("never audited");</li>
     *   <li>a kind still required keeps its due date (a class change mid-cycle does not restart the cycle), unless
     *       the profile's cycle itself changed;</li>
     *   <li>a kind required again after leaving the scope comes back (an audit within the last cycle still
     *       counts);</li>
     *   <li>a kind no longer required leaves the plan as {@code OUT_OF_SCOPE}.</li>
     * </ul>
     *
     * @return the obligations created or changed (to be saved); unchanged ones are not returned
     */
    public List<AuditObligation> reconcile(AuditObject object, Collection<AuditObligation> existing, LocalDate asOf,
            Instant now) {
        Map<AuditKind, AuditObligation> byKind = new EnumMap<>(AuditKind.class);
        existing.forEach(o -> byKind.put(o.kind(), o));
        List<AuditObligation> changed = new ArrayList<>();
        if (!object.active()) {
            LocalDate on = object.retiredOn() == null ? asOf : object.retiredOn();
            for (AuditObligation o : byKind.values()) {
                if (o.status() == ObligationStatus.ACTIVE
                        && o.close(ObligationStatus.RETIRED, on, retiredReason(object), now)) {
                    changed.add(o);
                }
            }
            return changed;
        }
        List<Requirement> required = regulation.required(object.type(), object.applicationClass());
        for (Requirement requirement : required) {
            AuditObligation o = byKind.remove(requirement.kind());
            if (o == null) {
                changed.add(AuditObligation.plan(object, requirement, asOf, regulation, now));
            } else if (o.status() != ObligationStatus.ACTIVE) {
                o.backInScope(object, requirement, asOf, regulation, now);
                changed.add(o);
            } else {
                boolean followed = o.follow(object, now);
                boolean recycled = o.followCycle(regulation, now);
                if (followed || recycled) {
                    changed.add(o);
                }
            }
        }
        for (AuditObligation left : byKind.values()) {
            if (left.status() == ObligationStatus.ACTIVE
                    && left.close(ObligationStatus.OUT_OF_SCOPE, asOf, outOfScopeReason(object, left.kind()), now)) {
                changed.add(left);
            }
        }
        return changed;
    }

    /**
     * Whether {@link #reconcile} would change nothing for {@code object} and {@code existing}, decided on the few
     * fields the rule reads (no aggregate loaded, nothing mutated): a decommissioned object has no active obligation;
     * an object in use has, for each kind it owes, an active obligation that carries its name, OPD and class and is
     * due a cycle after its basis, and no active obligation of a kind it does not owe. {@code CadenceEngineTest} holds
     * it to {@code reconcile(...).isEmpty()} case by case.
     */
    public boolean inLine(ObjectState object, Collection<ObligationState> existing) {
        Map<AuditKind, ObligationState> byKind = new EnumMap<>(AuditKind.class);
        existing.forEach(o -> byKind.put(o.kind(), o));
        if (object.active()) {
            for (Requirement requirement : regulation.required(object.type(), object.applicationClass())) {
                ObligationState o = byKind.remove(requirement.kind());
                if (o == null || o.status() != ObligationStatus.ACTIVE || !Objects.equals(o.name(), object.name())
                        || !Objects.equals(o.opd(), object.opd())
                        || !Objects.equals(o.applicationClass(), object.applicationClass())
                        || o.basisDate() == null
                        || !o.basisDate().plusYears(regulation.cycleYears()).equals(o.dueDate())) {
                    return false;
                }
            }
        }
        return byKind.values().stream().noneMatch(o -> o.status() == ObligationStatus.ACTIVE);
    }

    private static String retiredReason(AuditObject object) {
        if (object.retiredReason() != null && !object.retiredReason().isBlank()) {
            return object.retiredReason();
        }
        return object.kind() == ObjectKind.APPLICATION ? "Aplikasi dihentikan di register aplikasi."
                : "Sumber infrastruktur dihentikan di inventaris.";
    }

    private static String outOfScopeReason(AuditObject object, AuditKind kind) {
        if (object.type() == ObjectType.APPLICATION) {
            return "Kelas aplikasi " + object.applicationClass() + " tidak wajib audit " + kind
                    + " menurut profil regulasi.";
        }
        return "Profil regulasi tidak mewajibkan audit " + kind + " atas infrastruktur.";
    }
}
