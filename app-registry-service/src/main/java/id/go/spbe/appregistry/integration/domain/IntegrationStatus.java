package id.go.spbe.appregistry.integration.domain;

/**
 * PROPOSED (one OPD named another OPD's application; waits for that owner or Dinas) → ACTIVE or DECLINED;
 * ACTIVE → ENDED. Declined and ended relations stay on record.
 */
public enum IntegrationStatus {
    PROPOSED, ACTIVE, DECLINED, ENDED
}
