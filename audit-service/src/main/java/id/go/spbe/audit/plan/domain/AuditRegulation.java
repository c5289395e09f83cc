package id.go.spbe.audit.plan.domain;

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
    }
}
