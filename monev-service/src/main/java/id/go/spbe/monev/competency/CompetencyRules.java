package id.go.spbe.monev.competency;

import id.go.spbe.monev.competency.domain.CompetencyRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * Binds {@code spbe.regulation.monev.competency-roles} (M5): the ICT competencies the region's regulation requires of
 * Dinas and how many staff at least. Of the shipped regulations only Maluku Tenggara names them (MT p24(8), one role
 * each); the others name none, so their gap report shows what is present without a requirement.
 */
@ConfigurationProperties("spbe.regulation.monev")
public record CompetencyRules(Map<CompetencyRole, Integer> competencyRoles) {

    public Map<CompetencyRole, Integer> required() {
        Map<CompetencyRole, Integer> required = new EnumMap<>(CompetencyRole.class);
        if (competencyRoles != null) {
            required.putAll(competencyRoles);
        }
        return required;
    }
}
