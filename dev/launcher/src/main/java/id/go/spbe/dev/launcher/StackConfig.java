package id.go.spbe.dev.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.time.Duration;

/**
 * Everything a {@link Stack} needs to know: where the jars are, where data and logs go, every port, and how to
 * launch the JVMs. Immutable. Build it from environment variables ({@link #fromEnv}) or with {@link #builder};
 * tests typically use {@code StackConfig.builder(root).home(tempDir).freePorts().build()}.
 *
 * <p>Recognised environment variables: {@code SPBE_HOME} (default {@code <root>/.spbe}), {@code SPBE_PROFILE}
 * (default {@value #DEFAULT_PROFILE}), every port variable of {@link #DEFAULT_PORTS}, {@code SPBE_JVM_OPTS}
 * (replaces the dev JVM flags), {@code SPBE_KEYCLOAK_JAVA_OPTS} (appended to Keycloak's JVM options) and
 * {@code SPBE_START_ORDER} ({@code infra-first} or {@code parallel}).
 */
public final class StackConfig {

    public static final String DEFAULT_PROFILE = "rejang-lebong";
    public static final String KAFKA_CONTROLLER_PORT = "KAFKA_CONTROLLER_PORT";
    public static final String KEYCLOAK_MANAGEMENT_PORT = "KEYCLOAK_MANAGEMENT_PORT";
    /** The dev mail catcher's SMTP port ({@link DevMailServer}); servicedesk's notifications are sent there. */
    public static final String MAIL_PORT = "MAIL_PORT";

    /** Dev/CI JVM flags for the Spring apps and the dev-infra servers (feasibility Q6). Never Spring AOT. */
    public static final List<String> DEV_JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");

    /** Extra JVM options for Keycloak (its script keeps G1 and -Xmx512m). C1 only: faster start on 2 cores. */
    public static final List<String> DEFAULT_KEYCLOAK_JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /** Every port variable and its default, in display order. */
    public static final Map<String, Integer> DEFAULT_PORTS;
    /** The only interface the embedded run listens on. */
    static final String LOOPBACK = "127.0.0.1";

    static {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("GATEWAY_PORT", 8080);
        p.put("KEYCLOAK_PORT", 8180);
        p.put(KEYCLOAK_MANAGEMENT_PORT, 8190);
        p.put("REGISTRY_PORT", 8761);
        p.put("APP_REGISTRY_PORT", 8081);
        p.put("DATACENTER_PORT", 8082);
        p.put("NETWORK_PORT", 8083);
        p.put("SERVICEDESK_PORT", 8084);
        p.put("AUDIT_PORT", 8085);
        p.put("MONEV_PORT", 8086);
        p.put("KAFKA_PORT", 9092);
        p.put(KAFKA_CONTROLLER_PORT, 9093);
        p.put("MONGODB_PORT", 27017);
        p.put(MAIL_PORT, 2525);
        DEFAULT_PORTS = Collections.unmodifiableMap(p);
    }

    /** How the processes are started. */
    public enum StartOrder {
        /** Everything at once. */
        PARALLEL,
        /** Mongo, Kafka, Keycloak and the registry at once; services and gateway once Mongo and Kafka are ready. */
        INFRA_FIRST
    }

    private final Path repoRoot;
    private final Path home;
    private final Map<String, Integer> ports;
    private final Path javaHome;
    private final List<String> jvmOptions;
    private final List<String> keycloakJavaOptions;
    private final String profile;
    private final String version;
    private final String keycloakVersion;
    private final Path infraJar;
    private final Map<Component, Path> jars;
    private final Path keycloakZip;
    private final Path realmFile;
    private final Map<String, String> extraEnv;
    private final StartOrder startOrder;
    private final boolean newSession;
    private final Duration stopTimeout;
    private final String keycloakAdminUser;
    private final String keycloakAdminPassword;

    private StackConfig(Builder b) {
        this.repoRoot = b.repoRoot;
        this.home = (b.home != null ? b.home : b.repoRoot.resolve(".spbe")).toAbsolutePath().normalize();
        this.ports = Collections.unmodifiableMap(new LinkedHashMap<>(b.ports));
        this.javaHome = b.javaHome;
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.keycloakJavaOptions = List.copyOf(b.keycloakJavaOptions);
        this.profile = b.profile;
        this.version = b.version;
        this.keycloakVersion = b.keycloakVersion;
        this.infraJar = b.infraJar != null ? b.infraJar
                : repoRoot.resolve("dev/infra/target/spbe-dev-infra-" + version + ".jar");
        Map<Component, Path> j = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            if (c.isSpringApp()) {
                j.put(c, b.jars.getOrDefault(c,
                        repoRoot.resolve(c.module()).resolve("target").resolve(c.module() + "-" + version + ".jar")));
            } else if (c.isDevInfra()) {
                j.put(c, infraJar);
            }
        }
        this.jars = Collections.unmodifiableMap(j);
        this.keycloakZip = b.keycloakZip != null ? b.keycloakZip
                : repoRoot.resolve("dev/launcher/target/keycloak/keycloak-quarkus-dist-" + keycloakVersion + ".zip");
        this.realmFile = b.realmFile != null ? b.realmFile : repoRoot.resolve("dev/keycloak/spbe-realm.json");
        this.extraEnv = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraEnv));
        this.startOrder = b.startOrder;
        this.newSession = b.newSession;
        this.stopTimeout = b.stopTimeout;
        this.keycloakAdminUser = b.keycloakAdminUser;
        this.keycloakAdminPassword = b.keycloakAdminPassword;
    }

    /** Configuration from environment variables (see the class comment); unknown variables are ignored. */
    public static StackConfig fromEnv(Path repoRoot, Map<String, String> env) {
        return builder(repoRoot).env(env).build();
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    /** A builder holding this configuration, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(repoRoot);
        b.home = home;
        b.ports.putAll(ports);
        b.javaHome = javaHome;
        b.jvmOptions = new ArrayList<>(jvmOptions);
        b.keycloakJavaOptions = new ArrayList<>(keycloakJavaOptions);
        b.profile = profile;
        b.version = version;
        b.keycloakVersion = keycloakVersion;
        b.infraJar = infraJar;
        for (Map.Entry<Component, Path> e : jars.entrySet()) {
            if (e.getKey().isSpringApp()) {
                b.jars.put(e.getKey(), e.getValue());
            }
        }
        b.keycloakZip = keycloakZip;
        b.realmFile = realmFile;
        b.extraEnv.putAll(extraEnv);
        b.startOrder = startOrder;
        b.newSession = newSession;
        b.stopTimeout = stopTimeout;
        b.keycloakAdminUser = keycloakAdminUser;
        b.keycloakAdminPassword = keycloakAdminPassword;
        return b;
    }

    // ---------------------------------------------------------------- accessors

    public Path repoRoot() {
        return repoRoot;
    }

    /** Data, logs and the Keycloak installation live here. */
    public Path home() {
        return home;
    }

    public Path logDir() {
        return home.resolve("logs");
    }

    public Path logFile(Component c) {
        return logDir().resolve(c.id() + ".log");
    }

    /** Port variable → port, all of {@link #DEFAULT_PORTS}. */
    public Map<String, Integer> ports() {
        return ports;
    }

    public int port(String variable) {
        Integer p = ports.get(variable);
        if (p == null) {
            throw new IllegalArgumentException("Unknown port variable " + variable);
        }
        return p;
    }

    public int port(Component c) {
        return port(c.portVariable());
    }

    public int kafkaControllerPort() {
        return port(KAFKA_CONTROLLER_PORT);
    }

    public int keycloakManagementPort() {
        return port(KEYCLOAK_MANAGEMENT_PORT);
    }

    public Path javaHome() {
        return javaHome;
    }

    public Path javaExecutable() {
        return javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    }

    /** JVM options of the Spring apps and the dev-infra servers. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    public List<String> keycloakJavaOptions() {
        return keycloakJavaOptions;
    }

    public String profile() {
        return profile;
    }

    /** Version of this repository's modules (the jar names carry it). */
    public String version() {
        return version;
    }

    public String keycloakVersion() {
        return keycloakVersion;
    }

    /** The runnable jar of a Spring app or of Mongo/Kafka (the dev-infra jar); not for Keycloak. */
    public Path jar(Component c) {
        Path p = jars.get(c);
        if (p == null) {
            throw new IllegalArgumentException(c + " has no jar");
        }
        return p;
    }

    public Path infraJar() {
        return infraJar;
    }

    /** Where the launcher's build put the Keycloak distribution zip. */
    public Path keycloakZip() {
        return keycloakZip;
    }

    public Path realmFile() {
        return realmFile;
    }

    /** Keycloak is unpacked here, and keeps its dev-file database inside. */
    public Path keycloakDir() {
        return home.resolve("keycloak").resolve("keycloak-" + keycloakVersion);
    }

    /** Extra environment for the Spring apps (on top of {@link #springAppEnvironment}'s own variables). */
    public Map<String, String> extraEnv() {
        return extraEnv;
    }

    public StartOrder startOrder() {
        return startOrder;
    }

    /** Start children in their own session (setsid) so a terminal's Ctrl-C reaches only the launcher. */
    public boolean newSession() {
        return newSession;
    }

    /** How long a group of processes may take to stop after SIGTERM before it is killed. */
    public Duration stopTimeout() {
        return stopTimeout;
    }

    public String keycloakAdminUser() {
        return keycloakAdminUser;
    }

    public String keycloakAdminPassword() {
        return keycloakAdminPassword;
    }

    // ---------------------------------------------------------------- derived URLs

    public String baseUrl(Component c) {
        return "http://127.0.0.1:" + port(c);
    }

    public String gatewayUrl() {
        return baseUrl(Component.GATEWAY);
    }

    public String keycloakUrl() {
        return baseUrl(Component.KEYCLOAK);
    }

    /** Issuer of the tokens; stable because Keycloak runs with a fixed {@code --hostname}. */
    public String issuerUri() {
        return keycloakUrl() + "/realms/spbe";
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String eurekaUri() {
        return baseUrl(Component.SERVICE_REGISTRY) + "/eureka/";
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + port(Component.KAFKA);
    }

    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + port(Component.MONGO) + "/" + database;
    }

    /** The URL whose 200 answer means "healthy": readiness for Spring apps, the realm's discovery for Keycloak. */
    public String healthUrl(Component c) {
        if (c == Component.KEYCLOAK) {
            return issuerUri() + "/.well-known/openid-configuration";
        }
        if (c.isSpringApp()) {
            return baseUrl(c) + "/actuator/health/readiness";
        }
        throw new IllegalArgumentException(c + " has no HTTP health endpoint");
    }

    /** Environment given to every Spring app (on top of the launcher's own environment). */
    public Map<String, String> springAppEnvironment(Component c) {
        Map<String, String> env = new LinkedHashMap<>();
        ports.forEach((k, v) -> env.put(k, String.valueOf(v)));
        env.put("SERVER_PORT", String.valueOf(port(c)));
        env.put("SPBE_PROFILE", profile);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("KEYCLOAK_ISSUER_URI", issuerUri());
        env.put("EUREKA_URI", eurekaUri());
        // Loopback only (issue 7, defect 1): nothing of the embedded run is reachable from the network, and every
        // instance registers under the address it listens on. The registry credentials and the registration
        // secret are the development defaults every component falls back to (see gateway/README.md); an
        // EUREKA_PASSWORD / EUREKA_REGISTRATION_SECRET in the launcher's environment is inherited by all of them.
        env.put("SERVER_ADDRESS", LOOPBACK);
        env.put("EUREKA_INSTANCE_IP", LOOPBACK);
        env.put("EUREKA_INSTANCE_IPADDRESS", LOOPBACK);
        env.put("EUREKA_INSTANCE_HOSTNAME", LOOPBACK);
        env.put("SPBE_HOME", home.toString());
        env.put("SPBE_LOG_DIR", logDir().toString());
        // JSON (ECS) log lines with trace and request ids, as in production.
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        if (c == Component.SERVICEDESK) {
            // notifications by e-mail go to the launcher's mail catcher (DevMailServer), polled every 5 s
            env.put("SPRING_MAIL_HOST", LOOPBACK);
            env.put("SPRING_MAIL_PORT", String.valueOf(port(MAIL_PORT)));
            env.put("SERVICEDESK_MAIL_INTERVAL", "PT5S");
            env.put("SERVICEDESK_TIER2_MAILBOX", "tier2@diskominfo.spbe.local");
        }
        env.putAll(extraEnv);
        return env;
    }

    @Override
    public String toString() {
        return "StackConfig[root=" + repoRoot + ", home=" + home + ", profile=" + profile + ", ports=" + ports
                + ", jvm=" + jvmOptions + ", order=" + startOrder + "]";
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The repository root: {@code SPBE_ROOT} if set; else derived from where this class was loaded
     * ({@code <root>/dev/launcher/target/...}); else the nearest folder upwards from the working directory
     * that contains {@code dev/launcher/pom.xml}.
     */
    public static Path detectRepoRoot() {
        String fromEnv = System.getenv("SPBE_ROOT");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(StackConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (isRepoRoot(p)) {
                    return p;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRepoRoot(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a folder with dev/launcher/pom.xml);"
                + " run from inside the repository or set SPBE_ROOT");
    }

    private static boolean isRepoRoot(Path p) {
        return Files.isRegularFile(p.resolve("dev/launcher/pom.xml")) && Files.isRegularFile(p.resolve("pom.xml"));
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static Properties buildInfo() {
        Properties p = new Properties();
        try (InputStream in = StackConfig.class.getResourceAsStream("/spbe-launcher.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String buildValue(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v;
    }

    /** Builder; every setter returns {@code this}. */
    public static final class Builder {
        private final Path repoRoot;
        private Path home;
        private final Map<String, Integer> ports = new LinkedHashMap<>(DEFAULT_PORTS);
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private List<String> jvmOptions = new ArrayList<>(DEV_JVM_OPTIONS);
        private List<String> keycloakJavaOptions = new ArrayList<>(DEFAULT_KEYCLOAK_JAVA_OPTIONS);
        private String profile = DEFAULT_PROFILE;
        private String version;
        private String keycloakVersion;
        private Path infraJar;
        private final Map<Component, Path> jars = new EnumMap<>(Component.class);
        private Path keycloakZip;
        private Path realmFile;
        private final Map<String, String> extraEnv = new LinkedHashMap<>();
        private StartOrder startOrder = StartOrder.INFRA_FIRST;
        private boolean newSession = true;
        private Duration stopTimeout = Duration.ofSeconds(30);
        private String keycloakAdminUser = "admin";
        private String keycloakAdminPassword = "admin";

        private Builder(Path repoRoot) {
            this.repoRoot = Objects.requireNonNull(repoRoot, "repoRoot").toAbsolutePath().normalize();
            Properties info = buildInfo();
            this.version = buildValue(info, "project.version", "0.1.0-SNAPSHOT");
            this.keycloakVersion = buildValue(info, "keycloak.version", "26.7.3");
        }

        /** Applies the recognised environment variables (see {@link StackConfig}). */
        public Builder env(Map<String, String> env) {
            String h = nonBlank(env.get("SPBE_HOME"));
            if (h != null) {
                home = Path.of(h);
            }
            String p = nonBlank(env.get("SPBE_PROFILE"));
            if (p != null) {
                profile = p;
            }
            for (String variable : DEFAULT_PORTS.keySet()) {
                String v = nonBlank(env.get(variable));
                if (v != null) {
                    ports.put(variable, parsePort(variable, v));
                }
            }
            String jvm = nonBlank(env.get("SPBE_JVM_OPTS"));
            if (jvm != null) {
                jvmOptions = splitOptions(jvm);
            }
            String kcJvm = env.get("SPBE_KEYCLOAK_JAVA_OPTS");
            if (kcJvm != null) {
                keycloakJavaOptions = splitOptions(kcJvm);
            }
            String order = nonBlank(env.get("SPBE_START_ORDER"));
            if (order != null) {
                startOrder = parseStartOrder(order);
            }
            return this;
        }

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder port(String variable, int port) {
            if (!DEFAULT_PORTS.containsKey(variable)) {
                throw new IllegalArgumentException("Unknown port variable " + variable + "; known: " + DEFAULT_PORTS.keySet());
            }
            ports.put(variable, checkPort(variable, port));
            return this;
        }

        public Builder port(Component c, int port) {
            return port(c.portVariable(), port);
        }

        /** Gives every port variable a currently free ephemeral port (for tests running beside a dev stack). */
        public Builder freePorts() {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (String variable : DEFAULT_PORTS.keySet()) {
                    ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    held.add(s);
                    ports.put(variable, s.getLocalPort());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot find free ports", e);
            } finally {
                for (ServerSocket s : held) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // best effort
                    }
                }
            }
            return this;
        }

        public Builder javaHome(Path javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = new ArrayList<>(options);
            return this;
        }

        public Builder keycloakJavaOptions(List<String> options) {
            this.keycloakJavaOptions = new ArrayList<>(options);
            return this;
        }

        public Builder profile(String profile) {
            this.profile = profile;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder infraJar(Path jar) {
            this.infraJar = jar;
            return this;
        }

        public Builder jar(Component c, Path jar) {
            if (!c.isSpringApp()) {
                throw new IllegalArgumentException("Use infraJar(...) for " + c);
            }
            jars.put(c, jar);
            return this;
        }

        public Builder keycloakZip(Path zip) {
            this.keycloakZip = zip;
            return this;
        }

        public Builder realmFile(Path realm) {
            this.realmFile = realm;
            return this;
        }

        /** An extra environment variable for every Spring app (e.g. {@code SPRING_PROFILES_ACTIVE}). */
        public Builder extraEnv(String name, String value) {
            extraEnv.put(name, value);
            return this;
        }

        public Builder startOrder(StartOrder order) {
            this.startOrder = order;
            return this;
        }

        public Builder newSession(boolean newSession) {
            this.newSession = newSession;
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        public Builder keycloakAdmin(String user, String password) {
            this.keycloakAdminUser = user;
            this.keycloakAdminPassword = password;
            return this;
        }

        /**
         * @throws IllegalArgumentException if two port variables share a port
         */
        public StackConfig build() {
            Map<Integer, List<String>> byPort = new HashMap<>();
            ports.forEach((k, v) -> byPort.computeIfAbsent(v, x -> new ArrayList<>()).add(k));
            List<String> clashes = new ArrayList<>();
            byPort.forEach((port, vars) -> {
                if (vars.size() > 1) {
                    clashes.add(port + " (" + String.join(", ", vars) + ")");
                }
            });
            if (!clashes.isEmpty()) {
                Collections.sort(clashes);
                throw new IllegalArgumentException("Several components would use the same port: " + String.join("; ", clashes));
            }
            return new StackConfig(this);
        }

        private static String nonBlank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    static int parsePort(String variable, String value) {
        try {
            return checkPort(variable, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a TCP port number, got '" + value + "'");
        }
    }

    private static int checkPort(String variable, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(variable + " must be between 1 and 65535, got " + port);
        }
        return port;
    }

    static StartOrder parseStartOrder(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return StartOrder.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SPBE_START_ORDER must be infra-first or parallel, got '" + value + "'");
        }
    }

    static List<String> splitOptions(String options) {
        String t = options.trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
