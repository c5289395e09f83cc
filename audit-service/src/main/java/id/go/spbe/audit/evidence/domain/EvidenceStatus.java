package id.go.spbe.audit.evidence.domain;

/**
 * Where an evidence request stands (AU2): REQUESTED (the audited OPD owes an answer) → PROVIDED (the team reviews it)
 * → ACCEPTED, or back to REQUESTED when the team asks again with a reason.
 */
public enum EvidenceStatus {
    REQUESTED, PROVIDED, ACCEPTED
}
