package id.go.spbe.monev.planning.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One review of a planning document (G4; RL p8(1), p11(1): "reviu dan evaluasi ... setiap tahun").
 *
 * @param decreeNumber the decree setting the changes (RL p8(4)), when the review changed the document
 * @param documentId   platform document id of the review report
 */
public record PlanningReview(LocalDate reviewedOn, String summary, String decreeNumber, String documentId,
        String recordedBy, Instant recordedAt) {
}
