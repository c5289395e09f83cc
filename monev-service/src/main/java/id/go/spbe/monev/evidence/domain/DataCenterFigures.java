package id.go.spbe.monev.evidence.domain;

/**
 * One year of the region's data-centre VPS service as monev's read model counts it: {@code vpsInService} VPS of
 * active OPDs in service at some time in the year (activated by its end, not decommissioned before it),
 * {@code opdsServed} their distinct OPDs, {@code vpsBackedUp} of them with at least one successful backup run
 * started in the year, {@code offsiteBackedUp} with a successful off-site copy in the year. Availability (D3):
 * {@code servicesMeasured} uptime monitors of active OPDs probing for some part of the year (up to now),
 * {@code servicesMeetingSlo} of them whose availability over that part met their own SLO, {@code outages} the
 * outages of those services that overlap it. Integration (D1): {@code nationalLinked} / {@code provincialLinked} 1
 * when a data centre of the region was linked (CONNECTED or DEGRADED) to the national / provincial data centre at
 * some time in the year, else 0.
 */
public record DataCenterFigures(int activeOpds, long vpsInService, int opdsServed, long vpsBackedUp,
        long offsiteBackedUp, long servicesMeasured, long servicesMeetingSlo, long outages, int nationalLinked,
        int provincialLinked) {

    public boolean linkedUpstream() {
        return nationalLinked > 0 || provincialLinked > 0;
    }

    /** The VPS and backup figures of a year without any availability measurement or upstream link. */
    public static DataCenterFigures unmeasured(int activeOpds, long vpsInService, int opdsServed, long vpsBackedUp,
            long offsiteBackedUp) {
        return new DataCenterFigures(activeOpds, vpsInService, opdsServed, vpsBackedUp, offsiteBackedUp, 0, 0, 0, 0, 0);
    }
}
