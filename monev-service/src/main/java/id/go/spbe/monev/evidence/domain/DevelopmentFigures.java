package id.go.spbe.monev.evidence.domain;

/**
 * One year of application development as monev's read model counts it, over applications of active OPDs:
 * {@code appsInDevelopment} applications whose SDLC stage moved in the year (A5), {@code appsTested} of them with a
 * passed test result recorded in the year (A6), {@code opdsDeveloping} their distinct owner OPDs, {@code appsReviewed}
 * of them whose functional conformance Dinas reviewed in the year, whatever the result (A9).
 */
public record DevelopmentFigures(int activeOpds, long appsInDevelopment, long appsTested, int opdsDeveloping,
        long appsReviewed) {

    /** Before conformance reviews were read: none reviewed. */
    public DevelopmentFigures(int activeOpds, long appsInDevelopment, long appsTested, int opdsDeveloping) {
        this(activeOpds, appsInDevelopment, appsTested, opdsDeveloping, 0);
    }
}
