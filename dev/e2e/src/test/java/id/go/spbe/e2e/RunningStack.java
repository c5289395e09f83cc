package id.go.spbe.e2e;

import id.go.spbe.dev.launcher.Component;
import id.go.spbe.dev.launcher.Stack;
import id.go.spbe.dev.launcher.StackConfig;
import id.go.spbe.dev.launcher.StackListener;
import id.go.spbe.dev.launcher.demo.DemoLoader;
import id.go.spbe.platform.test.http.TestHttp;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as README's first command runs it — KRaft broker, Mongo wire server, Keycloak with the spbe
 * realm, Eureka, six services, gateway, each its own JVM from the built jars — started once for every end-to-end
 * class ({@code @ExtendWith(RunningStack.Lifecycle.class)}) and stopped, leaving no process, when the run ends.
 */
final class RunningStack implements AutoCloseable {

    final Stack stack;
    final StackConfig config;
    final Keycloak keycloak;
    final TestHttp gateway;
    final Duration startUp;

    private RunningStack(Stack stack, StackConfig config, Duration startUp) {
        this.stack = stack;
        this.config = config;
        this.keycloak = new Keycloak(config);
        this.gateway = new TestHttp(config.gatewayUrl());
        this.startUp = startUp;
    }

    static RunningStack start() {
        String attach = System.getProperty("spbe.e2e.attach");
        if (attach != null) {
            return attached(Path.of(attach));
        }
        try {
            Path root = Path.of(System.getProperty("spbe.repo.root", "../.."));
            Path home = Path.of(System.getProperty("spbe.e2e.home", "target/e2e-home"));
            Files.createDirectories(home);
            StackConfig config = StackConfig.builder(root).home(home).freePorts().build();
            forgetImportedRealm(config);
            Stack stack = new Stack(config, Component.all(), StackListener.printingTo(System.out));
            Instant started = Instant.now();
            stack.start();
            stack.awaitHealthy(Duration.ofMinutes(8));
            RunningStack running = new RunningStack(stack, config, Duration.between(started, Instant.now()));
            // Healthy is not yet routable: wait until the gateway reaches app-registry (the seed OPDs exist).
            String admin = running.keycloak.bearer("admin.dinas");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> running.gateway.get("/api/v1/opds/DINKES").auth(admin).send().status() == 200);
            loadTheDemoRegion(config);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo region as {@code ./dev/run} loads it on a first start (issue 8): every item goes through the public API
     * with the demo users' tokens, so a rule the loader does not meet fails here instead of on a newcomer's first run.
     * The browser tests browse this region. A home that already holds data (a local re-run) keeps it.
     */
    private static void loadTheDemoRegion(StackConfig config) {
        DemoLoader.Result demo = DemoLoader.forStack(config).load(line -> System.out.println("[demo] " + line));
        System.out.println("[e2e] demo region: " + demo.message());
        assertThat(demo.report().failures()).as("demo items the platform refused").isEmpty();
    }

    /**
     * Ports are free ports, different on every run, and the browser client's redirect URIs name the gateway's: a realm
     * imported by an earlier run of this home would refuse this run's sign-in, so Keycloak imports it afresh.
     */
    private static void forgetImportedRealm(StackConfig config) throws IOException {
        Path h2 = config.keycloakDir().resolve("data/h2");
        if (Files.isDirectory(h2)) {
            try (Stream<Path> files = Files.walk(h2)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * {@code -Dspbe.e2e.attach=<data home>}: the tests drive a stack that {@code ./dev/run} already runs on the default
     * ports (for working on the browser tests; PlatformEndToEndIT needs a stack of its own), and leave it running.
     */
    private static RunningStack attached(Path home) {
        StackConfig config = StackConfig.builder(Path.of(System.getProperty("spbe.repo.root", "../.."))).home(home)
                .build();
        return new RunningStack(null, config, Duration.ZERO);
    }

    @Override
    public void close() {
        if (stack == null) {
            return; // attached: not ours to stop
        }
        List<ProcessHandle> tree = stack.processTree();
        stack.close();
        assertThat(tree).allSatisfy(p -> assertThat(p.isAlive()).as("%s still alive", p.pid()).isFalse());
    }

    /** Starts the stack for the first class that needs it; JUnit closes it after the last one. */
    static final class Lifecycle implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(RunningStack.class, key -> start(), RunningStack.class);
        }
    }

    private static volatile RunningStack current;

    /** The stack the Lifecycle extension started (or attached to) for this run. */
    static RunningStack current() {
        return current;
    }
}
