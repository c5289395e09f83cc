package id.go.spbe.platform.test.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;

/**
 * The real infrastructure a test JVM shares: one KRaft Kafka broker and one MongoDB wire-protocol server
 * (mongo-java-server, in memory), each started on first use on a free loopback port and stopped with the JVM.
 * Starting them once keeps the suite fast; tests isolate themselves by using fresh ids, not fresh brokers.
 */
public final class TestInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;

    private TestInfrastructure() {
    }

    /** {@code host:port} of the shared broker. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return kafka.getBrokersAsString();
    }

    /** Port of the shared Mongo wire-protocol server. */
    public static synchronized int mongoPort() {
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            mongo = server;
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return ((InetSocketAddress) mongo.getLocalAddress()).getPort();
    }

    /** A connection string to one database of the shared Mongo server. */
    public static String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongoPort() + "/" + database;
    }
}
