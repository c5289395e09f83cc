package id.go.spbe.monev.evidence.domain;

/**
 * One year of the intra-government network as monev's read model counts it, over the directory's active OPDs:
 * {@code diagramsAccepted} OPDs whose yearly LAN diagram for the year Dinas accepted ({@code acceptedLate} of them
 * after the due date), {@code diagramsOverdue} OPDs whose diagram went overdue, {@code opdsInspected} OPDs whose LAN
 * Dinas inspected in the year.
 */
public record NetworkFigures(int activeOpds, int diagramsAccepted, int acceptedLate, int diagramsOverdue,
        int opdsInspected) {
}
