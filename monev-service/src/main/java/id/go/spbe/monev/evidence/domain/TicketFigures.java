package id.go.spbe.monev.evidence.domain;

/**
 * One year of service-desk tickets as monev's read model counts them: tickets opened in the year (region time zone)
 * by OPDs of the directory. {@code resolvedWithinSla} are resolved tickets whose resolution clock never breached;
 * change tickets are type PERUBAHAN, {@code changesImplemented} those approved and then implemented.
 */
public record TicketFigures(int activeOpds, int opdsWithTickets, long tickets, long resolved,
        long resolvedWithinSla, long changeTickets, long changesImplemented, int opdsWithChanges) {
}
