package id.go.spbe.platform.messaging.deadletter;

/**
 * Who may list, replay and discard dead letters: Dinas Kominfo's administrators. One constant, so the platform's
 * role names can take it over later without touching the endpoint.
 */
public final class DeadLetterAdmin {

    /** Realm role (without {@code ROLE_}) that operates the dead letters of every service. */
    public static final String ROLE = "DINAS_ADMIN";

    private DeadLetterAdmin() {
    }
}
