package id.go.spbe.dev.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsMatchTheDocumentedPortsHomeProfileAndDevJvmFlags() {
        StackConfig c = StackConfig.fromEnv(ROOT, Map.of());

        assertThat(c.home()).isEqualTo(Path.of("/repo/.spbe"));
        assertThat(c.logDir()).isEqualTo(Path.of("/repo/.spbe/logs"));
        assertThat(c.profile()).isEqualTo("rejang-lebong");
        assertThat(c.port(Component.GATEWAY)).isEqualTo(8080);
        assertThat(c.port(Component.KEYCLOAK)).isEqualTo(8180);
        assertThat(c.keycloakManagementPort()).isEqualTo(8190);
        assertThat(c.port(Component.SERVICE_REGISTRY)).isEqualTo(8761);
        assertThat(c.port(Component.APP_REGISTRY)).isEqualTo(8081);
        assertThat(c.port(Component.DATACENTER)).isEqualTo(8082);
        assertThat(c.port(Component.NETWORK)).isEqualTo(8083);
        assertThat(c.port(Component.SERVICEDESK)).isEqualTo(8084);
        assertThat(c.port(Component.AUDIT)).isEqualTo(8085);
        assertThat(c.port(Component.MONEV)).isEqualTo(8086);
        assertThat(c.port(Component.KAFKA)).isEqualTo(9092);
        assertThat(c.kafkaControllerPort()).isEqualTo(9093);
        assertThat(c.port(Component.MONGO)).isEqualTo(27017);
        assertThat(c.jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");
        assertThat(c.jvmOptions()).noneMatch(o -> o.contains("aot"));
        assertThat(c.javaHome()).isEqualTo(Path.of(System.getProperty("java.home")));
        assertThat(c.startOrder()).isEqualTo(StackConfig.StartOrder.INFRA_FIRST);
    }

    @Test
    void environmentOverridesPortsHomeProfileAndJvmOptions() {
        StackConfig c = StackConfig.fromEnv(ROOT, Map.of(
                "SPBE_HOME", "/data/spbe",
                "SPBE_PROFILE", "bitung",
                "KAFKA_PORT", "19092",
                "GATEWAY_PORT", " 18080 ",
                "SPBE_JVM_OPTS", "-Xmx512m  -XX:+UseSerialGC",
                "SPBE_START_ORDER", "parallel",
                "UNRELATED", "x"));

        assertThat(c.home()).isEqualTo(Path.of("/data/spbe"));
        assertThat(c.profile()).isEqualTo("bitung");
        assertThat(c.port(Component.KAFKA)).isEqualTo(19092);
        assertThat(c.gatewayUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(c.jvmOptions()).containsExactly("-Xmx512m", "-XX:+UseSerialGC");
        assertThat(c.startOrder()).isEqualTo(StackConfig.StartOrder.PARALLEL);
    }

    @Test
    void rejectsInvalidAndDuplicatePorts() {
        assertThatThrownBy(() -> StackConfig.fromEnv(ROOT, Map.of("KAFKA_PORT", "abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KAFKA_PORT");
        assertThatThrownBy(() -> StackConfig.fromEnv(ROOT, Map.of("MONGODB_PORT", "70000")))
                .hasMessageContaining("MONGODB_PORT");
        assertThatThrownBy(() -> StackConfig.fromEnv(ROOT, Map.of("AUDIT_PORT", "8080")))
                .hasMessageContaining("8080").hasMessageContaining("AUDIT_PORT").hasMessageContaining("GATEWAY_PORT");
        assertThatThrownBy(() -> StackConfig.fromEnv(ROOT, Map.of("SPBE_START_ORDER", "sideways")))
                .hasMessageContaining("SPBE_START_ORDER");
        assertThatThrownBy(() -> StackConfig.builder(ROOT).port("NOPE_PORT", 1))
                .hasMessageContaining("NOPE_PORT");
    }

    @Test
    void jarsFollowTheModuleLayout() {
        StackConfig c = StackConfig.builder(ROOT).version("1.2.3").build();

        assertThat(c.jar(Component.GATEWAY)).isEqualTo(Path.of("/repo/gateway/target/gateway-1.2.3.jar"));
        assertThat(c.jar(Component.APP_REGISTRY))
                .isEqualTo(Path.of("/repo/app-registry-service/target/app-registry-service-1.2.3.jar"));
        assertThat(c.jar(Component.SERVICE_REGISTRY))
                .isEqualTo(Path.of("/repo/service-registry/target/service-registry-1.2.3.jar"));
        assertThat(c.jar(Component.KAFKA)).isEqualTo(Path.of("/repo/dev/infra/target/spbe-dev-infra-1.2.3.jar"));
        assertThat(c.jar(Component.MONGO)).isEqualTo(c.jar(Component.KAFKA));
        assertThat(c.realmFile()).isEqualTo(Path.of("/repo/dev/keycloak/spbe-realm.json"));
        assertThatThrownBy(() -> c.jar(Component.KEYCLOAK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionsComeFromTheBuild() {
        StackConfig c = StackConfig.builder(ROOT).build();
        assertThat(c.version()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(c.keycloakVersion()).isEqualTo("26.7.3");
        assertThat(c.keycloakZip())
                .isEqualTo(Path.of("/repo/dev/launcher/target/keycloak/keycloak-quarkus-dist-26.7.3.zip"));
        assertThat(c.keycloakDir()).isEqualTo(Path.of("/repo/.spbe/keycloak/keycloak-26.7.3"));
    }

    @Test
    void springAppsGetEveryPortAndTheirWiring() {
        StackConfig c = StackConfig.builder(ROOT).home(Path.of("/h")).port(Component.KAFKA, 19092)
                .port(Component.KEYCLOAK, 18180).port(Component.SERVICE_REGISTRY, 18761)
                .extraEnv("SPRING_PROFILES_ACTIVE", "dev").build();

        Map<String, String> env = c.springAppEnvironment(Component.DATACENTER);

        assertThat(env).containsKeys(StackConfig.DEFAULT_PORTS.keySet().toArray(String[]::new));
        assertThat(env).containsEntry("KAFKA_PORT", "19092")
                .containsEntry("SERVER_PORT", "8082")
                .containsEntry("SPBE_PROFILE", "rejang-lebong")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("MONGODB_PORT", "27017")
                .containsEntry("KEYCLOAK_ISSUER_URI", "http://127.0.0.1:18180/realms/spbe")
                .containsEntry("EUREKA_URI", "http://127.0.0.1:18761/eureka/")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1")
                .containsEntry("EUREKA_INSTANCE_HOSTNAME", "127.0.0.1")
                .containsEntry("SPBE_HOME", "/h")
                .containsEntry("SPBE_LOG_DIR", "/h/logs")
                .containsEntry("SPRING_PROFILES_ACTIVE", "dev");
        assertThat(c.healthUrl(Component.DATACENTER)).isEqualTo("http://127.0.0.1:8082/actuator/health/readiness");
        assertThat(c.healthUrl(Component.KEYCLOAK))
                .isEqualTo("http://127.0.0.1:18180/realms/spbe/.well-known/openid-configuration");
        assertThat(c.tokenEndpoint()).isEqualTo("http://127.0.0.1:18180/realms/spbe/protocol/openid-connect/token");
        assertThat(c.mongoUri("audit")).isEqualTo("mongodb://127.0.0.1:27017/audit");
    }

    @Test
    void freePortsAreDistinctAndToBuilderKeepsEverything() {
        StackConfig c = StackConfig.builder(ROOT).home(Path.of("/t")).freePorts().profile("samarinda").build();

        assertThat(new HashSet<>(c.ports().values())).hasSize(StackConfig.DEFAULT_PORTS.size());
        assertThat(c.ports().values()).allMatch(p -> p > 1024);

        StackConfig copy = c.toBuilder().build();
        assertThat(copy.ports()).isEqualTo(c.ports());
        assertThat(copy.home()).isEqualTo(c.home());
        assertThat(copy.profile()).isEqualTo("samarinda");
        assertThat(copy.jar(Component.GATEWAY)).isEqualTo(c.jar(Component.GATEWAY));
    }

    @Test
    void commandsUseTheCurrentJvmTheDevFlagsAndTheHome() {
        StackConfig c = StackConfig.builder(ROOT).home(Path.of("/h")).newSession(false).build();
        Stack stack = new Stack(c, Component.all(), StackListener.NONE);

        List<String> kafka = stack.newProcess(Component.KAFKA).command;
        assertThat(kafka.get(0)).isEqualTo(c.javaExecutable().toString());
        assertThat(kafka).containsSubsequence("-XX:TieredStopAtLevel=1", "-Dspbe.home=/h", "-Dkafka.port=9092",
                "-Dkafka.controller.port=9093", "-Dloader.main=id.go.spbe.dev.infra.KafkaDevBroker", "-jar",
                c.infraJar().toString());

        List<String> mongo = stack.newProcess(Component.MONGO).command;
        assertThat(mongo).contains("-Dmongodb.port=27017", "-Dloader.main=id.go.spbe.dev.infra.MongoDevServer");

        ManagedProcess kc = stack.newProcess(Component.KEYCLOAK);
        assertThat(kc.command).containsSubsequence("start-dev", "--http-host", "127.0.0.1", "--http-port", "8180",
                "--http-management-port", "8190", "--hostname", "http://127.0.0.1:8180", "--import-realm");
        assertThat(kc.environment).containsEntry("JAVA_HOME", c.javaHome().toString())
                .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");

        ManagedProcess gw = stack.newProcess(Component.GATEWAY);
        assertThat(gw.command).endsWith("-jar", c.jar(Component.GATEWAY).toString());
        assertThat(gw.environment).containsEntry("SERVER_PORT", "8080");
        assertThat(gw.workDir).isEqualTo(Path.of("/h"));
        assertThat(gw.log).isEqualTo(Path.of("/h/logs/gateway.log"));
    }
}
