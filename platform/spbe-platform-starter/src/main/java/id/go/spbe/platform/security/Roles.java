package id.go.spbe.platform.security;

import java.util.Set;

/**
 * The realm roles of Keycloak realm {@code spbe} (ARCHITECTURE.md, security model), in one place. Controllers name
 * them in {@code @RolesAllowed(Roles.DINAS_ADMIN)}, code asks {@code caller.hasRole(Roles.AUDITOR)}; no service
 * spells a role name itself, so a typo cannot silently lock everyone out (the architecture test checks that every
 * role an endpoint requires is one of these).
 */
public final class Roles {

    /** Dinas Kominfo administrators: act for every OPD, operate the platform (metrics, dead letters). */
    public static final String DINAS_ADMIN = "DINAS_ADMIN";
    /** An OPD's operator: registers and maintains the records of the OPD named in the token's {@code opd} claim. */
    public static final String OPD_OPERATOR = "OPD_OPERATOR";
    /** Service desk, first line. */
    public static final String TIER1_AGENT = "TIER1_AGENT";
    /** Service desk, second line (Dinas): sees every OPD's tickets. */
    public static final String TIER2_AGENT = "TIER2_AGENT";
    /** Internal and external auditors: read everything, change nothing outside audits. */
    public static final String AUDITOR = "AUDITOR";
    /** SPBE evaluators (monev). */
    public static final String EVALUATOR = "EVALUATOR";
    /** The SPBE coordination team: reviews and recommends. */
    public static final String COORDINATOR = "COORDINATOR";
    /** An OPD's machine client (client credentials), scoped to its OPD like an operator. */
    public static final String INTEGRATION = "INTEGRATION";
    /** Upstream platforms (province, national) reading the region's published data. */
    public static final String FEDERATION = "FEDERATION";
    /** Service accounts of the platform's own services and jobs (service-to-service calls, metrics scraping). */
    public static final String SERVICE = "SERVICE";

    /** Every role above; an endpoint requiring anything else is a typo. */
    public static final Set<String> ALL = Set.of(DINAS_ADMIN, OPD_OPERATOR, TIER1_AGENT, TIER2_AGENT, AUDITOR,
            EVALUATOR, COORDINATOR, INTEGRATION, FEDERATION, SERVICE);

    private Roles() {
    }
}
