package id.go.spbe.monev.mandiritik;

import id.go.spbe.monev.mandiritik.domain.MandiriTikCriteria;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Binds the Mandiri TIK part of {@code spbe.regulation.governance} (G3), the same keys app-registry reads for the
 * decision: who decides ({@code mandiri-tik-decided-by}) and on which criteria ({@code mandiri-tik-criteria}).
 * Other governance keys are app-registry's and ignored here.
 */
@ConfigurationProperties("spbe.regulation.governance")
public record MandiriTikGovernance(String mandiriTikDecidedBy, List<String> mandiriTikCriteria) {

    public MandiriTikCriteria criteria() {
        return new MandiriTikCriteria(mandiriTikDecidedBy, mandiriTikCriteria);
    }
}
