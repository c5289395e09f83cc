package id.go.spbe.monev.evidence.domain;

/**
 * One year of the region's data-centre VPS service as monev's read model counts it: {@code vpsInService} VPS of
 * active OPDs in service at some time in the year (activated by its end, not decommissioned before it),
 * {@code opdsServed} their distinct OPDs, {@code vpsBackedUp} of them with at least one successful backup run
 * started in the year, {@code offsiteBackedUp} with a successful off-site copy in the year.
 */
public record DataCenterFigures(int activeOpds, long vpsInService, int opdsServed, long vpsBackedUp,
        long offsiteBackedUp) {
}
