package id.go.spbe.monev.evidence.domain;

/**
 * One year of the integration register (A13) as monev's read model counts it: {@code integrations} relations active
 * at some time in the year with at least one end owned by an active OPD, {@code crossOpd} of them between two
 * different OPDs, {@code opdsTakingPart} the active OPDs at either end of one, {@code opdsCrossOpd} the active OPDs at
 * either end of a cross-OPD one, {@code connectors} those whose provider is a connector (aplikasi penghubung; shown).
 */
public record IntegrationFigures(int activeOpds, long integrations, long crossOpd, int opdsTakingPart,
        int opdsCrossOpd, long connectors) {
}
