package id.go.spbe.monev.planning;

import id.go.spbe.monev.planning.domain.PlanningKind;
import id.go.spbe.monev.planning.domain.PlanningTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * Binds {@code spbe.regulation.monev.planning} (G4): period and review cadence per kind of planning document, as the
 * region's regulation says (RL p7-11, BT p7-9). A kind the profile leaves out takes the national pattern: architecture
 * and roadmap 5 years reviewed yearly, master plan 20 years re-evaluated every 5 years.
 */
@ConfigurationProperties("spbe.regulation.monev")
public record PlanningRules(Map<PlanningKind, PlanningTerms> planning) {

    static final Map<PlanningKind, PlanningTerms> NATIONAL = Map.of(
            PlanningKind.ARSITEKTUR, new PlanningTerms(5, 12),
            PlanningKind.PETA_RENCANA, new PlanningTerms(5, 12),
            PlanningKind.RENCANA_INDUK, new PlanningTerms(20, 60));

    public Map<PlanningKind, PlanningTerms> all() {
        Map<PlanningKind, PlanningTerms> all = new EnumMap<>(NATIONAL);
        if (planning != null) {
            all.putAll(planning);
        }
        return all;
    }

    public PlanningTerms of(PlanningKind kind) {
        return all().get(kind);
    }
}
