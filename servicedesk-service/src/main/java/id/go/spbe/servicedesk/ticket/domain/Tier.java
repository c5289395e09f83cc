package id.go.spbe.servicedesk.ticket.domain;

/**
 * Which desk holds a ticket. TIERED regions (S2, S3) have a Tier 1 per OPD and Tier 2 at Dinas; SERVICE_CENTRE
 * regions (manggarai-barat, samarinda, maluku-tenggara) run one central desk and have no tiers.
 */
public enum Tier {
    TIER1, TIER2, SERVICE_CENTRE
}
