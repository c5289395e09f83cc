package id.go.spbe.monev.mandiritik.domain;

/**
 * Where a Mandiri TIK assessment stands (G3). PROPOSED waits for the deciding office's decree, which app-registry
 * records; its {@code OpdMandiriTikDesignated} event closes the proposal as DESIGNATED or REFUSED.
 */
public enum AssessmentStatus {
    /** Every criterion met: proposed to the office the profile names. */
    PROPOSED,
    /** At least one criterion not met; the reasons are kept. Final. */
    NOT_PASSED,
    /** The deciding office designated the OPD (decree recorded in app-registry). Final. */
    DESIGNATED,
    /** The deciding office refused the designation. Final. */
    REFUSED,
    /** Dinas withdrew the proposal before a decision. Final. */
    WITHDRAWN;

    public boolean open() {
        return this == PROPOSED;
    }
}
