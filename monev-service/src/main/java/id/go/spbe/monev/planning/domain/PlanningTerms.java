package id.go.spbe.monev.planning.domain;

/**
 * How long a kind of planning document runs and how often it is reviewed (G4), as the region's regulation says.
 *
 * @param periodYears  length of the period, e.g. 5 for the architecture and the roadmap, 20 for the master plan
 * @param reviewMonths months between reviews, e.g. 12 ("setiap tahun"), 60 (BT master plan "revaluasi 5 tahun")
 */
public record PlanningTerms(int periodYears, int reviewMonths) {

    public PlanningTerms {
        if (periodYears < 1 || periodYears > 30 || reviewMonths < 1 || reviewMonths > 240) {
            throw new IllegalArgumentException("period 1-30 years and review cadence 1-240 months");
        }
    }
}
