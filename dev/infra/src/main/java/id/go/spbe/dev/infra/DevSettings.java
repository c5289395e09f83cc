package id.go.spbe.dev.infra;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the dev servers keep their data and which ports they use.
 *
 * <p>Each setting is read from a system property first, then from an environment variable, then a default.
 * The launcher passes system properties; a developer running the jar by hand can use either.
 */
public final class DevSettings {

    /** System property for the data home; the environment variable is {@code SPBE_HOME}. */
    public static final String HOME_PROPERTY = "spbe.home";

    private final Map<String, String> env;
    private final Map<Object, Object> sysProps;

    DevSettings(Map<String, String> env, Map<Object, Object> sysProps) {
        this.env = env;
        this.sysProps = sysProps;
    }

    public static DevSettings fromSystem() {
        return new DevSettings(System.getenv(), System.getProperties());
    }

    /** {@code -Dspbe.home}, else {@code SPBE_HOME}, else {@code .spbe} under the working directory; always absolute. */
    public Path home() {
        String value = setting(HOME_PROPERTY, "SPBE_HOME");
        Path home = value == null ? Path.of(".spbe") : Path.of(value);
        return home.toAbsolutePath().normalize();
    }

    /**
     * An integer setting, e.g. {@code port("kafka.port", "KAFKA_PORT", 9092)}.
     *
     * @throws IllegalArgumentException if the value is not a valid TCP port
     */
    public int port(String property, String envName, int defaultPort) {
        String value = setting(property, envName);
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException("out of range");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(envName + " must be a TCP port (1-65535), got '" + value + "'");
        }
    }

    private String setting(String property, String envName) {
        Object fromProperty = sysProps.get(property);
        if (fromProperty != null && !fromProperty.toString().isBlank()) {
            return fromProperty.toString();
        }
        String fromEnv = env.get(envName);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }
}
