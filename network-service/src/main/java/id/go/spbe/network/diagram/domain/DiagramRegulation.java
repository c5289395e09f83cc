package id.go.spbe.network.diagram.domain;

import id.go.spbe.platform.domain.RuleViolationException;

/**
 * What the region's regulation profile says about yearly LAN diagrams (N6): {@code spbe.regulation.network
 * .lan-diagram-yearly}. Where it is false (manggarai-barat, samarinda) no campaign can be opened (422 N6).
 */
public record DiagramRegulation(boolean lanDiagramYearly) {

    public void requireYearlyDiagrams() {
        if (!lanDiagramYearly) {
            throw new RuleViolationException("N6", "Profil regulasi daerah ini tidak mewajibkan diagram LAN tahunan "
                    + "(spbe.regulation.network.lan-diagram-yearly: false); kampanye tidak dapat dibuka.");
        }
    }
}
