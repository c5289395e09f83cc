package id.go.spbe.monev.evidence.domain;

/** How a unit's claim compares with what the platform's operations data supports. Flagged, never blocked. */
public enum EvidenceFlag {
    /** The claim is above the level the data supports: the evaluator should look at the documents. */
    ABOVE_SUPPORTED,
    /** The claim is at or below the supported level. */
    SUPPORTED,
    /** The platform saw no activity of this kind in the year: the data neither supports nor contradicts a claim. */
    NO_DATA,
    /** The data supports a level but no level has been claimed yet. */
    NO_CLAIM
}
