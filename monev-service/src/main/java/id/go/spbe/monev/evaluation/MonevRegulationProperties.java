package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code spbe.regulation.monev} from the active regulation profile: to whom results go (M2) and which unit
 * coordinates each architecture domain, hence assesses its indicators (M3). A domain the profile leaves out is
 * Dinas's (national default: Dinas runs the self-evaluation, RL p53(1)). {@code governanceMembers} is who sits on the
 * governance body that approves the results (G2), as far as the regulation names them (empty: set by decree).
 */
@ConfigurationProperties("spbe.regulation.monev")
public record MonevRegulationProperties(String reportTo, Map<ArchitectureDomain, Unit> domainCoordinators,
        List<String> governanceMembers) {

    @ConstructorBinding
    public MonevRegulationProperties {
        governanceMembers = governanceMembers == null ? List.of() : List.copyOf(governanceMembers);
    }

    public MonevRegulationProperties(String reportTo, Map<ArchitectureDomain, Unit> domainCoordinators) {
        this(reportTo, domainCoordinators, List.of());
    }

    public Map<ArchitectureDomain, Unit> coordinators() {
        Map<ArchitectureDomain, Unit> all = new EnumMap<>(ArchitectureDomain.class);
        for (ArchitectureDomain domain : ArchitectureDomain.values()) {
            all.put(domain, domainCoordinators == null ? Unit.DINAS
                    : domainCoordinators.getOrDefault(domain, Unit.DINAS));
        }
        return all;
    }
}
