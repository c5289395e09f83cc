package id.go.spbe.monev.evaluation.domain;

/** A level proposed by the responsible unit, or an evaluator's adjustment of it. */
public enum AssessmentKind {
    SELF_ASSESSMENT,
    ADJUSTMENT
}
