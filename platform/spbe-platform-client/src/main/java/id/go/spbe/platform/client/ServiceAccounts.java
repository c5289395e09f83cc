package id.go.spbe.platform.client;

/**
 * The internal role of service accounts. A service calling another for a job or background work (no user in the
 * request) authenticates with OAuth2 client credentials as its Keycloak service-account client, whose token carries
 * the realm role {@value #ROLE}. Endpoints meant only for other services check that role; no person holds it. Calls
 * made while serving a user relay the user's own token instead, so the called service applies the user's roles and
 * OPD scope.
 */
public final class ServiceAccounts {

    /** Realm role (without {@code ROLE_}) of service-account clients. */
    public static final String ROLE = "SERVICE";

    /** The principal name under which this service's client-credentials token is cached. */
    public static final String PRINCIPAL = "spbe-service-account";

    private ServiceAccounts() {
    }
}
