package id.go.spbe.monev.evidence.domain;

import java.util.Map;

/**
 * What the operations data of one year supports for one indicator: {@code level} is null when the platform saw
 * nothing; {@code ceiling} is the highest level the data could ever show (above it the evidence is documents, not
 * data, so "supported level = ceiling" means "at least the ceiling"). {@code reason} is the sentence shown next to
 * the claim (Bahasa Indonesia), {@code figures} the counts it is computed from, {@code basis} the level descriptors
 * of PermenPANRB 59/2020 the rule reads.
 */
public record SupportedLevel(String indicatorNo, String subject, Integer level, int ceiling,
        Map<String, Number> figures, String reason, String basis) {

    public EvidenceFlag flag(Integer claimedLevel) {
        if (level == null) {
            return EvidenceFlag.NO_DATA;
        }
        if (claimedLevel == null) {
            return EvidenceFlag.NO_CLAIM;
        }
        return claimedLevel > level ? EvidenceFlag.ABOVE_SUPPORTED : EvidenceFlag.SUPPORTED;
    }
}
