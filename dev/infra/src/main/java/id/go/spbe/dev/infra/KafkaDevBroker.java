package id.go.spbe.dev.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka (KRaft, broker and controller in one process) for local runs only.
 *
 * <p>Data lives in {@code <home>/kafka/data}; storage is formatted on the first start only, so topics and
 * offsets survive restarts. Listens on 127.0.0.1 only. When the broker answers a metadata request it prints
 * {@value #READY_LINE} on stdout. SIGTERM stops it cleanly (Kafka's own shutdown hook).
 */
public final class KafkaDevBroker {

    public static final String READY_LINE = "SPBE-DEV-INFRA READY kafka";
    private static final String HOST = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(KafkaDevBroker.class);

    private KafkaDevBroker() {
    }

    public static void main(String[] args) throws Exception {
        DevSettings settings = DevSettings.fromSystem();
        Path dir = settings.home().resolve("kafka");
        int port = settings.port("kafka.port", "KAFKA_PORT", 9092);
        int controllerPort = settings.port("kafka.controller.port", "KAFKA_CONTROLLER_PORT", 9093);
        if (port == controllerPort) {
            throw new IllegalArgumentException("KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ (both " + port + ")");
        }

        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path config = dir.resolve("server.properties");
        writeProperties(brokerProperties(data, port, controllerPort), config);

        if (!Files.exists(data.resolve("meta.properties"))) {
            String clusterId = Uuid.randomUuid().toString();
            log.info("First start: formatting Kafka storage in {} (cluster id {})", data, clusterId);
            int rc = kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", config.toString()}, System.out);
            if (rc != 0) {
                log.error("Formatting Kafka storage failed (exit code {})", rc);
                System.exit(rc);
            }
        }
        log.info("Starting Kafka broker+controller on {}:{} (controller {}), data in {}", HOST, port, controllerPort, data);

        Thread probe = new Thread(() -> announceWhenReady(port), "kafka-ready-probe");
        probe.setDaemon(true);
        probe.start();

        // Blocks until shutdown; registers its own shutdown hook, exits the JVM on fatal errors.
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** Properties of a single combined KRaft node bound to 127.0.0.1. */
    static Properties brokerProperties(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@" + HOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toAbsolutePath().toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "1"),
                // Small segments keep a dev machine's disk use modest.
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024)),
                Map.entry("log.retention.hours", "168")));
        return p;
    }

    private static void writeProperties(Properties props, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Written by KafkaDevBroker on every start; edit the code, not this file");
        }
    }

    /** Waits for the listener, then for a real metadata answer listing this broker, then prints the ready line. */
    private static void announceWhenReady(int port) {
        try {
            while (!canConnect(port)) {
                Thread.sleep(200);
            }
            Properties cfg = new Properties();
            cfg.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, HOST + ":" + port);
            cfg.put(AdminClientConfig.CLIENT_ID_CONFIG, "spbe-dev-ready-probe");
            cfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
            try (Admin admin = Admin.create(cfg)) {
                while (true) {
                    try {
                        Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                                .nodes().get(6, TimeUnit.SECONDS);
                        if (!nodes.isEmpty()) {
                            break;
                        }
                    } catch (Exception e) {
                        log.debug("Broker not ready yet: {}", e.toString());
                    }
                    Thread.sleep(200);
                }
            }
            log.info("Kafka is ready on {}:{}", HOST, port);
            System.out.println(READY_LINE + " " + HOST + ":" + port);
            System.out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean canConnect(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
