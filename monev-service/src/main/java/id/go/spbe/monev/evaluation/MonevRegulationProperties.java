package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * Binds {@code spbe.regulation.monev} from the active regulation profile: to whom results go (M2) and which unit
 * coordinates each architecture domain, hence assesses its indicators (M3). A domain the profile leaves out is
 * Dinas's (national default: Dinas runs the self-evaluation, RL p53(1)).
 */
@ConfigurationProperties("spbe.regulation.monev")
public record MonevRegulationProperties(String reportTo, Map<ArchitectureDomain, Unit> domainCoordinators) {

    public Map<ArchitectureDomain, Unit> coordinators() {
        Map<ArchitectureDomain, Unit> all = new EnumMap<>(ArchitectureDomain.class);
        for (ArchitectureDomain domain : ArchitectureDomain.values()) {
            all.put(domain, domainCoordinators == null ? Unit.DINAS
                    : domainCoordinators.getOrDefault(domain, Unit.DINAS));
        }
        return all;
    }
}
