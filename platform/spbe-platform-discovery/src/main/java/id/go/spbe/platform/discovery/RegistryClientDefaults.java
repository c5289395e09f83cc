package id.go.spbe.platform.discovery;

/**
 * The development-only registry credentials every client defaults to, matching the service registry's own
 * defaults. They let the embedded run on one machine (everything bound to 127.0.0.1) work without setup; a
 * deployment sets {@code EUREKA_USERNAME}, {@code EUREKA_PASSWORD} and {@code EUREKA_REGISTRATION_SECRET}.
 */
public final class RegistryClientDefaults {

    public static final String DEV_USERNAME = "spbe-registry";
    public static final String DEV_PASSWORD = "dev-only-registry-password";
    public static final String DEV_REGISTRATION_SECRET = "dev-only-registration-secret";

    private RegistryClientDefaults() {
    }
}
