package id.go.spbe.monev.evaluation.domain;

import java.util.Set;

/**
 * Stages of the yearly evaluation (59/2020; spbe-domain.md §1.6): self-assessment by the units, document review,
 * interview and (only where needed) site visit by the evaluators, then final and locked.
 */
public enum EvaluationStage {
    PENILAIAN_MANDIRI,
    PENILAIAN_DOKUMEN,
    INTERVIU,
    VISITASI,
    FINAL;

    /** Where {@code advance} may go from here; FINAL is reached only by finalising. */
    public Set<EvaluationStage> advancesTo() {
        return switch (this) {
            case PENILAIAN_MANDIRI -> Set.of(PENILAIAN_DOKUMEN);
            case PENILAIAN_DOKUMEN -> Set.of(INTERVIU);
            case INTERVIU -> Set.of(VISITASI);
            case VISITASI, FINAL -> Set.of();
        };
    }

    /** Evaluators adjust levels during document review, interview and visit. */
    public boolean evaluatorsAdjust() {
        return this == PENILAIAN_DOKUMEN || this == INTERVIU || this == VISITASI;
    }

    /** Finalising is possible after the interview; the visit is optional. */
    public boolean mayFinalise() {
        return this == INTERVIU || this == VISITASI;
    }
}
