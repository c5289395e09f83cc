package id.go.spbe.dev.launcher;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The processes of the local stack, in start order. */
public enum Component {

    MONGO("mongo", Kind.INFRA, "MONGODB_PORT", 27017, null),
    KAFKA("kafka", Kind.INFRA, "KAFKA_PORT", 9092, null),
    KEYCLOAK("keycloak", Kind.KEYCLOAK, "KEYCLOAK_PORT", 8180, null),
    SERVICE_REGISTRY("service-registry", Kind.REGISTRY, "REGISTRY_PORT", 8761, "service-registry"),
    APP_REGISTRY("app-registry-service", Kind.SERVICE, "APP_REGISTRY_PORT", 8081, "app-registry-service"),
    DATACENTER("datacenter-service", Kind.SERVICE, "DATACENTER_PORT", 8082, "datacenter-service"),
    NETWORK("network-service", Kind.SERVICE, "NETWORK_PORT", 8083, "network-service"),
    SERVICEDESK("servicedesk-service", Kind.SERVICE, "SERVICEDESK_PORT", 8084, "servicedesk-service"),
    AUDIT("audit-service", Kind.SERVICE, "AUDIT_PORT", 8085, "audit-service"),
    MONEV("monev-service", Kind.SERVICE, "MONEV_PORT", 8086, "monev-service"),
    GATEWAY("gateway", Kind.GATEWAY, "GATEWAY_PORT", 8080, "gateway");

    /** What sort of process a component is; decides how it is launched and checked. */
    public enum Kind { INFRA, KEYCLOAK, REGISTRY, SERVICE, GATEWAY }

    private final String id;
    private final Kind kind;
    private final String portVariable;
    private final int defaultPort;
    private final String module;

    Component(String id, Kind kind, String portVariable, int defaultPort, String module) {
        this.id = id;
        this.kind = kind;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
        this.module = module;
    }

    /** Short name used for log files ({@code <home>/logs/<id>.log}) and on the command line. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** Environment variable holding this component's main port, e.g. {@code KAFKA_PORT}. */
    public String portVariable() {
        return portVariable;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Maven module folder (relative to the repo root) = artifactId, or null for Mongo/Kafka/Keycloak. */
    public String module() {
        return module;
    }

    /** A Spring Boot application from this repository (registry, services, gateway). */
    public boolean isSpringApp() {
        return module != null;
    }

    /** Mongo, Kafka: both run from the dev-infra jar. */
    public boolean isDevInfra() {
        return kind == Kind.INFRA;
    }

    /** Everything. */
    public static Set<Component> all() {
        return EnumSet.allOf(Component.class);
    }

    /** Mongo, Kafka, Keycloak. */
    public static Set<Component> infrastructure() {
        return EnumSet.of(MONGO, KAFKA, KEYCLOAK);
    }

    /** The six domain services. */
    public static Set<Component> services() {
        return EnumSet.of(APP_REGISTRY, DATACENTER, NETWORK, SERVICEDESK, AUDIT, MONEV);
    }

    /**
     * Parses a component name as typed by a person: the id ({@code app-registry-service}), the enum name
     * ({@code APP_REGISTRY}) or the id without {@code -service} ({@code app-registry}); also {@code registry}
     * and {@code eureka} for the service registry.
     */
    public static Component parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("registry") || n.equals("eureka")) {
            return SERVICE_REGISTRY;
        }
        if (n.equals("mongodb")) {
            return MONGO;
        }
        for (Component c : values()) {
            String enumName = c.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (n.equals(c.id) || n.equals(enumName) || c.id.equals(n + "-service")) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown component '" + name + "'. Known: "
                + String.join(", ", Arrays.stream(values()).map(Component::id).toList()));
    }
}
