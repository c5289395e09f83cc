package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditRegulation;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Set;

/** Binds {@code spbe.regulation.audit} from the active regulation profile; the only part this service reads. */
@ConfigurationProperties("spbe.regulation.audit")
record AuditRegulationProperties(int cycleYears, boolean infrastructure, Set<String> applicationClasses,
        boolean securityInfrastructure, Set<String> securityApplicationClasses, String reportTo) {

    AuditRegulation toRegulation() {
        return new AuditRegulation(cycleYears, infrastructure, applicationClasses, securityInfrastructure,
                securityApplicationClasses, reportTo);
    }
}
