package id.go.spbe.appregistry.opd.domain;

import java.util.List;

/**
 * What the region's regulation says about Mandiri TIK decisions (G3): who decides (RL p52(6): the Bupati; BT p47(6):
 * the Sekda as chair of the Tim Koordinasi SPBE) and the feasibility criteria (RL p52(4): six; BT p47(4): two).
 *
 * @param regulation name of the regulation, quoted in messages
 * @param decidedBy  the deciding office as the profile names it, e.g. BUPATI, SEKDA
 * @param criteria   criterion codes of the regulation, e.g. HAS_ICT_STAFF
 */
public record MandiriTikRegulation(String regulation, String decidedBy, List<String> criteria) {

    public MandiriTikRegulation {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
