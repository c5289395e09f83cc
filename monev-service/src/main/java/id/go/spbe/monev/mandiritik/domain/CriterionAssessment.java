package id.go.spbe.monev.mandiritik.domain;

import java.util.List;

/**
 * Dinas's verdict on one criterion (G3) with the platform documents that show it and, when not met, the reason.
 *
 * @param code                criterion code as the profile names it, e.g. HAS_ICT_STAFF
 * @param evidenceDocumentIds platform document ids; at least one for MET
 * @param reason              why the criterion is not met (required for NOT_MET), or a note
 */
public record CriterionAssessment(String code, Verdict verdict, List<String> evidenceDocumentIds, String reason) {

    public CriterionAssessment {
        evidenceDocumentIds = evidenceDocumentIds == null ? List.of() : List.copyOf(evidenceDocumentIds);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public boolean met() {
        return verdict == Verdict.MET;
    }
}
