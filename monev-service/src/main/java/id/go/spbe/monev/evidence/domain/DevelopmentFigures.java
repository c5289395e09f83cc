package id.go.spbe.monev.evidence.domain;

/**
 * One year of application development as monev's read model counts it, over applications of active OPDs:
 * {@code appsInDevelopment} applications whose SDLC stage moved in the year (A5), {@code appsTested} of them with a
 * passed test result recorded in the year (A6), {@code opdsDeveloping} their distinct owner OPDs.
 */
public record DevelopmentFigures(int activeOpds, long appsInDevelopment, long appsTested, int opdsDeveloping) {
}
