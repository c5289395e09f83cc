package id.go.spbe.monev.mandiritik.domain;

import java.util.List;

/**
 * What the region's regulation says about Mandiri TIK (G3), from the profile's {@code spbe.regulation.governance}:
 * the office that decides (RL p52(5): BUPATI; BT p47: SEKDA as chair of the Tim Koordinasi) and the feasibility
 * criteria (RL p52(4): six; BT p47(4): two; an empty list means the regulation names none).
 */
public record MandiriTikCriteria(String decidedBy, List<String> criteria) {

    public MandiriTikCriteria {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
