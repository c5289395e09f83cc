package id.go.spbe.dev.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts Mongo and Kafka from the real dev-infra jar through the launcher API on free ports in a temporary home,
 * proves Mongo documents and Kafka topics survive a restart of their server, and that closing leaves no process
 * behind.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InfraStackIT {

    @TempDir
    Path home;

    @Test
    void mongoAndKafkaStartKeepDataAcrossRestartAndStopWithoutOrphans() throws Exception {
        StackConfig config = StackConfig.builder(StackConfig.detectRepoRoot())
                .home(home)
                .freePorts()
                .infraJar(devInfraJar())
                .build();
        List<ProcessHandle> started;

        try (Stack stack = new Stack(config, EnumSet.of(Component.MONGO, Component.KAFKA),
                StackListener.printingTo(System.out))) {
            stack.start();
            stack.awaitHealthy(Duration.ofSeconds(60));
            assertThat(stack.isHealthy()).isTrue();
            assertThat(Files.readString(home.resolve("stack.pid"))).startsWith(ProcessHandle.current().pid() + "\n");

            // a second stack on the same home is refused with a clear message, in this JVM and from another process
            assertThatThrownBy(() -> new Stack(config, EnumSet.of(Component.MONGO), StackListener.NONE).start())
                    .isInstanceOf(StackException.class).hasMessageContaining("already running");
            Process second = launcherProcess(home, "mongo").redirectErrorStream(true).start();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(new String(second.getInputStream().readAllBytes())).contains("already running")
                    .contains("PID " + ProcessHandle.current().pid());
            assertThat(stack.isReady(Component.MONGO)).isTrue();

            String uri = "mongodb://127.0.0.1:" + config.port(Component.MONGO) + "/?serverSelectionTimeoutMS=5000";
            try (MongoClient client = MongoClients.create(uri)) {
                collection(client).insertOne(new Document("_id", "app-1").append("name", "SIMPEG").append("opd", "BKPSDM"));
            }
            ProcessHandle firstMongo = stack.process(Component.MONGO).orElseThrow();
            try (Admin admin = kafkaAdmin(config)) {
                admin.createTopics(List.of(new NewTopic("spbe.launcher-it", 1, (short) 1))).all().get(20, TimeUnit.SECONDS);
            }

            stack.restart(Component.MONGO, Duration.ofSeconds(30));

            assertThat(firstMongo.isAlive()).isFalse();
            assertThat(stack.process(Component.MONGO).orElseThrow().pid()).isNotEqualTo(firstMongo.pid());
            try (MongoClient client = MongoClients.create(uri)) {
                Document doc = collection(client).find(new Document("_id", "app-1")).first();
                assertThat(doc).isNotNull();
                assertThat(doc.getString("name")).isEqualTo("SIMPEG");
            }
            stack.restart(Component.KAFKA, Duration.ofSeconds(40));
            try (Admin admin = kafkaAdmin(config)) {
                Set<String> topics = admin.listTopics().names().get(20, TimeUnit.SECONDS);
                assertThat(topics).contains("spbe.launcher-it");
            }
            assertThat(Files.exists(home.resolve("mongo/spbe.mv"))).isTrue();
            assertThat(Files.exists(home.resolve("kafka/data/meta.properties"))).isTrue();
            assertThat(Files.readString(config.logFile(Component.KAFKA))).contains(Stack.KAFKA_READY_LINE);

            started = stack.processTree();
            assertThat(started).hasSizeGreaterThanOrEqualTo(2).allMatch(ProcessHandle::isAlive);
        }

        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        assertThat(home.resolve("stack.pid")).doesNotExist();
    }

    @Test
    void refusesToStartWhenAPortIsTakenOrAJarIsMissingAndLeavesNothingRunning() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            StackConfig config = StackConfig.builder(StackConfig.detectRepoRoot()).home(home).freePorts()
                    .port(Component.KAFKA, busy.getLocalPort()).infraJar(devInfraJar()).build();
            Stack stack = new Stack(config, EnumSet.of(Component.MONGO, Component.KAFKA), StackListener.NONE);
            assertThatThrownBy(stack::start).isInstanceOf(StackException.class)
                    .hasMessageContaining(busy.getLocalPort() + " (KAFKA_PORT, kafka)");
        }
        StackConfig missing = StackConfig.builder(StackConfig.detectRepoRoot()).home(home).freePorts()
                .infraJar(home.resolve("nope.jar")).build();
        assertThatThrownBy(() -> new Stack(missing, EnumSet.of(Component.MONGO), StackListener.NONE).start())
                .isInstanceOf(StackException.class).hasMessageContaining("nope.jar")
                .hasMessageContaining("./mvnw -DskipTests package");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        assertThat(home.resolve("stack.pid")).doesNotExist();
    }

    @Test
    void leftoversOfAKilledLauncherAreStoppedByTheNextStart() throws Exception {
        // a launcher process whose Mongo child outlives it (SIGKILL leaves no chance to clean up)
        Process launcher = launcherProcess(home, "mongo").redirectErrorStream(true)
                .redirectOutput(home.resolve("launcher.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!Files.readString(ensureExists(home.resolve("launcher.out"))).contains("Ctrl-C")) {
            assertThat(launcher.isAlive()).as("launcher output: %s", Files.readString(home.resolve("launcher.out"))).isTrue();
            assertThat(System.nanoTime()).as("launcher ready in time").isLessThan(deadline);
            Thread.sleep(100);
        }
        List<ProcessHandle> children = launcher.toHandle().children().toList();
        assertThat(children).hasSize(1);
        launcher.destroyForcibly().waitFor();
        ProcessHandle orphan = children.get(0);
        assertThat(orphan.isAlive()).isTrue();

        StackConfig config = StackConfig.builder(StackConfig.detectRepoRoot()).home(home).freePorts()
                .infraJar(devInfraJar()).build();
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Stack stack = new Stack(config, EnumSet.of(Component.MONGO), new StackListener() {
            @Override
            public void info(String message) {
                messages.add(message);
            }
        })) {
            stack.start();
            assertThat(orphan.isAlive()).isFalse();
            assertThat(messages).anyMatch(m -> m.contains("leftovers") && m.contains("mongo (PID " + orphan.pid() + ")"));
            stack.awaitHealthy(Duration.ofSeconds(30)); // same data file, so the old server must really be gone
        }
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    /** The launcher's Main in a separate JVM, on this test's class path, on free ports. */
    private static ProcessBuilder launcherProcess(Path home, String only) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--home", home.toString(), "--only", only);
        try (ServerSocket s = new ServerSocket(0)) {
            pb.environment().put("MONGODB_PORT", String.valueOf(s.getLocalPort()));
        }
        pb.environment().put("SPBE_ROOT", StackConfig.detectRepoRoot().toString());
        return pb;
    }

    private static Path ensureExists(Path p) throws Exception {
        if (!Files.exists(p)) {
            Files.createFile(p);
        }
        return p;
    }

    private static Admin kafkaAdmin(StackConfig config) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20000));
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("launcher-it").getCollection("applications");
    }

    /** Set by the pom from the reactor's dev-infra artifact; falls back to the module's target folder. */
    static Path devInfraJar() {
        String fromBuild = System.getProperty("spbe.devInfraJar");
        if (fromBuild != null && !fromBuild.isBlank() && !fromBuild.startsWith("${")) {
            Path p = Path.of(fromBuild);
            if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
                return p;
            }
        }
        StackConfig defaults = StackConfig.builder(StackConfig.detectRepoRoot()).build();
        assertThat(defaults.infraJar()).as("dev-infra jar (build dev/infra first)").isRegularFile();
        return defaults.infraJar();
    }
}
