package id.go.spbe.servicedesk.roster.domain;

/** The profile's {@code spbe.regulation.servicedesk.model}: how the region organises its service desk. */
public enum ServiceDeskModel {
    /** Tier 1 at every OPD, Tier 2 at Dinas (RL p46, BT p41). */
    TIERED,
    /** One service centre for the whole region, no tiers (MB p31, SM p31; MT sets no tiers). */
    SERVICE_CENTRE
}
