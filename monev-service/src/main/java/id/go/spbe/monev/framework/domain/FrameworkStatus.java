package id.go.spbe.monev.framework.domain;

/**
 * How far a framework can be trusted. OFFICIAL: an enacted regulation checked by several sources (59/2020).
 * PROVISIONAL: reported but not checked against the regulation text (the 2026 successor). IMPORTED: loaded by an
 * evaluator from a file; trusted as far as that evaluator vouches for it.
 */
public enum FrameworkStatus {
    OFFICIAL,
    PROVISIONAL,
    IMPORTED
}
