package id.go.spbe.audit.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The audit part of the regulation profile (AU4–AU7).
 *
 * @param cycleYears                 audits are due at least once per this many years
 * @param infrastructure             whether infrastructure audits are required (AU4)
 * @param applicationClasses         application classes that need an application audit (AU5)
 * @param securityInfrastructure     whether infrastructure needs a security audit (AU6)
 * @param securityApplicationClasses application classes that need a security audit (AU6)
 * @param reportTo                   who receives audit results (AU7)
 */
public record AuditRegulation(int cycleYears, boolean infrastructure, Set<String> applicationClasses,
        boolean securityInfrastructure, Set<String> securityApplicationClasses, String reportTo) {

    public AuditRegulation {
        applicationClasses = applicationClasses == null ? Set.of() : Set.copyOf(applicationClasses);
        securityApplicationClasses = securityApplicationClasses == null ? Set.of()
                : Set.copyOf(securityApplicationClasses);
        if (cycleYears < 1) {
            throw new IllegalArgumentException("spbe.regulation.audit.cycle-years must be at least 1");
        }
    }

    /**
     * The audits an object of {@code type} (and, for applications, {@code applicationClass}) owes: an application
     * audit (AU5) and a security audit (AU6) for applications of a class in scope; an infrastructure audit (AU4) and
     * a security audit (AU6) for infrastructure when the profile requires them. A region whose regulation is silent
     * owes none.
     */
    public List<Requirement> required(ObjectType type, String applicationClass) {
        List<Requirement> owed = new ArrayList<>();
        if (type == ObjectType.INFRASTRUCTURE) {
            if (infrastructure) {
                owed.add(new Requirement(AuditKind.INFRASTRUKTUR, "AU4"));
            }
            if (securityInfrastructure) {
                owed.add(new Requirement(AuditKind.KEAMANAN, "AU6"));
            }
            return owed;
        }
        if (applicationClasses.contains(applicationClass)) {
            owed.add(new Requirement(AuditKind.APLIKASI, "AU5"));
        }
        if (securityApplicationClasses.contains(applicationClass)) {
            owed.add(new Requirement(AuditKind.KEAMANAN, "AU6"));
        }
        return owed;
    }
}
