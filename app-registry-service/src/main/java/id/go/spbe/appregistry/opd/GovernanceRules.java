package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.MandiriTikRegulation;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The governance part of the regulation profile (G2, G3): the coordinating body and its chair (shown by the SPA), who
 * decides Mandiri TIK designations and on which criteria. Other keys of {@code spbe.regulation.governance} are
 * ignored here.
 */
@ConfigurationProperties("spbe.regulation.governance")
public record GovernanceRules(@Nullable String body, @Nullable String chair, String mandiriTikDecidedBy,
        List<String> mandiriTikCriteria) {

    MandiriTikRegulation mandiriTik(String regulationName) {
        return new MandiriTikRegulation(regulationName, mandiriTikDecidedBy, mandiriTikCriteria);
    }
}
