package id.go.spbe.monev.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The region's governance body as the profile names it (G2, {@code spbe.regulation.governance}, app-registry's
 * section, read here only): its name and chair. The body approves the evaluation's results (M2); its members are in
 * monev's own section ({@link MonevRegulationProperties#governanceMembers()}).
 */
@ConfigurationProperties("spbe.regulation.governance")
public record GovernanceProperties(String body, String chair) {
}
