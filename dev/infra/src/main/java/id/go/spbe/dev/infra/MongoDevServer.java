package id.go.spbe.dev.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) for local runs only, storing every database in one H2
 * MVStore file {@code <home>/mongo/spbe.mv}. Listens on 127.0.0.1 only.
 *
 * <p>SIGTERM/SIGINT run a shutdown hook that stops the listener and closes the MVStore, so the file is
 * always consistent. Prints {@value #READY_LINE} on stdout once it accepts connections.
 * Not a real MongoDB: no multi-document transactions, no {@code hello} command (see feasibility Q2).
 */
public final class MongoDevServer {

    public static final String READY_LINE = "SPBE-DEV-INFRA READY mongo";
    private static final String HOST = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(MongoDevServer.class);

    private MongoDevServer() {
    }

    public static void main(String[] args) throws Exception {
        DevSettings settings = DevSettings.fromSystem();
        int port = settings.port("mongodb.port", "MONGODB_PORT", 27017);
        Path dir = settings.home().resolve("mongo");
        Files.createDirectories(dir);
        Path file = dir.resolve("spbe.mv");
        boolean existed = Files.exists(file);

        H2Backend backend;
        try {
            backend = new H2Backend(file.toString());
        } catch (RuntimeException e) {
            log.error("Cannot open {}: {}{}", file, e.getMessage(), String.valueOf(e.getMessage()).contains("locked")
                    ? " (another Mongo dev server, i.e. another stack with the same SPBE_HOME, is using it)" : "");
            System.exit(1);
            return;
        }
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping Mongo dev server, closing {}", file);
            try {
                server.shutdown(); // stops listening, then closes the backend (MVStore.close)
            } finally {
                stopped.countDown();
            }
            log.info("Mongo dev server stopped");
        }, "mongo-dev-shutdown"));

        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            log.error("Cannot listen on {}:{}: {}", HOST, port, e.toString());
            System.exit(1); // the hook closes the MVStore
        }
        log.info("Mongo dev server listening on {}:{}, data in {} ({})", HOST, port, file,
                existed ? "existing file" : "new file");
        System.out.println(READY_LINE + " " + HOST + ":" + port);
        System.out.flush();
        stopped.await();
    }
}
