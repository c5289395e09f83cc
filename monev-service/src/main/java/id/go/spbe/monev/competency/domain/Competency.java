package id.go.spbe.monev.competency.domain;

import java.time.LocalDate;

/**
 * A competency a staff member holds (M5), shown by a platform document (certificate, decree of assignment) and, for
 * a certificate, valid until a date (null: no expiry).
 */
public record Competency(CompetencyRole role, String evidenceDocumentId, LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }
}
