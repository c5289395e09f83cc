package id.go.spbe.appregistry.opd.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a Mandiri TIK decree says (G3; RL p52(6), BT p47(6)): whether the OPD is designated (ditetapkan) or not
 * (dicabut / ditolak), by which decree and which office decided, on which feasibility assessment and criteria.
 *
 * @param decidedBy           the office that signed, e.g. BUPATI or SEKDA; must be the one the regulation names
 * @param assessmentReference id of the feasibility assessment in monev-service, when there is one
 * @param criteriaMet         the regulation's criteria the assessment found met (codes from the profile)
 */
public record MandiriTikDecree(boolean designated, String decreeNumber, LocalDate decreeDate, String decidedBy,
        String assessmentReference, List<String> criteriaMet, String notes) {

    public MandiriTikDecree {
        if (decreeNumber == null || decreeNumber.isBlank() || decreeDate == null || decidedBy == null) {
            throw new IllegalArgumentException("a decree needs a number, a date and who decided");
        }
        decreeNumber = decreeNumber.trim();
        decidedBy = decidedBy.trim();
        assessmentReference = blankToNull(assessmentReference);
        notes = blankToNull(notes);
        // The same criterion named twice is still one criterion.
        criteriaMet = criteriaMet == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(criteriaMet.stream().filter(Objects::nonNull).map(String::trim).toList()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
