package id.go.spbe.dev.launcher;

import id.go.spbe.dev.launcher.demo.DemoLoader;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code java -jar dev/launcher/target/spbe-launcher.jar [--home DIR] [--only a,b] [--no-demo]}: starts the stack,
 * loads the demo region on the first start, prints the URLs and demo logins, and blocks until Ctrl-C (or SIGTERM),
 * then stops everything and exits 0.
 * A second Ctrl-C while stopping kills the remaining processes at once. Exits 1 if the start fails, 2 on bad usage.
 */
public final class Main {

    /** What the demo region is loaded through: Keycloak tokens, the gateway, and the services behind it. */
    private static final Set<Component> DEMO_NEEDS = EnumSet.of(Component.MONGO, Component.KAFKA, Component.KEYCLOAK,
            Component.SERVICE_REGISTRY, Component.APP_REGISTRY, Component.GATEWAY);

    private Main() {
    }

    public static void main(String[] args) {
        boolean unicode = isUtf8Locale();
        PrintStream out = unicode ? new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)
                : System.out;
        LauncherOptions opts;
        StackConfig config;
        try {
            opts = LauncherOptions.parse(Arrays.asList(args));
            if (opts.help()) {
                out.println(LauncherOptions.USAGE);
                return;
            }
            Map<String, String> env = new HashMap<>(System.getenv());
            if (opts.home() != null) {
                env.put("SPBE_HOME", opts.home());
            }
            StackConfig.Builder builder = StackConfig.builder(StackConfig.detectRepoRoot()).env(env);
            if (opts.order() != null) {
                builder.startOrder(opts.order());
            }
            config = builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }

        boolean tty = System.console() != null;
        boolean color = tty && !"dumb".equals(System.getenv("TERM")) && System.getenv("NO_COLOR") == null;
        Set<Component> components = opts.components();
        ConsoleProgress progress = new ConsoleProgress(out, tty, color, unicode, components);
        Stack stack = new Stack(config, components, progress);

        AtomicBoolean stopping = new AtomicBoolean();
        Runnable onSignal = () -> {
            if (stopping.compareAndSet(false, true)) {
                progress.stopTicker();
                progress.println("");
                progress.println(progress.bold("Menghentikan semua proses… / stopping…"));
                Instant t0 = Instant.now();
                stack.close();
                progress.println(String.format("Semua berhenti dalam %.1f s; data tetap di / all stopped, data kept in %s",
                        Duration.between(t0, Instant.now()).toMillis() / 1000.0, config.home()));
                out.flush();
                System.exit(0);
            } else {
                progress.println("Ctrl-C lagi: mematikan paksa / killing the remaining processes now");
                stack.kill();
            }
        };
        boolean handlers = Signals.install(onSignal, "INT", "TERM");

        out.println(progress.bold("SPBE dev stack") + "  (home " + config.home() + ", profil " + config.profile() + ", "
                + components.size() + " komponen / components)");
        if (!handlers) {
            out.println("  (no signal handler available; Ctrl-C still stops everything through a shutdown hook)");
        }
        progress.restartClock();
        try {
            stack.start();
            progress.startTicker();
            stack.awaitHealthy(opts.timeout());
        } catch (StackException e) {
            progress.stopTicker();
            if (stopping.get()) {
                parkForever(); // the signal handler is stopping everything and exits
            }
            System.err.println();
            System.err.println("GAGAL / FAILED: " + e.getMessage());
            System.err.println("Log: " + config.logDir());
            stack.close();
            System.exit(1);
        }
        progress.stopTicker();
        Duration ready = progress.elapsed();
        String demo = loadDemo(opts, config, components, progress);
        out.println(Summary.render(config, components, ready, progress, unicode, demo));
        out.flush();
        parkForever();
    }

    /**
     * The demo region (issue 8) once the stack is healthy: what it did, for the summary (null when the started
     * components cannot take it, e.g. {@code --only mongo}). Never fails the start; a failing item is printed with
     * the API's problem details as it happens.
     */
    private static String loadDemo(LauncherOptions opts, StackConfig config, Set<Component> components,
            ConsoleProgress progress) {
        if (!opts.demo() || DemoLoader.disabledByEnv(System.getenv("SPBE_DEMO"))) {
            return "dimatikan / off (--no-demo or SPBE_DEMO=false)";
        }
        if (!components.containsAll(DEMO_NEEDS)) {
            return null;
        }
        progress.println(progress.bold("Region demo (sekali per home / once per home; --no-demo to skip)"));
        Instant t0 = Instant.now();
        DemoLoader.Result result = DemoLoader.forStack(config).load(progress::info);
        String line = (result.loaded() ? "dimuat / loaded: " : "") + result.message();
        progress.info(String.format("demo: %s (%.1f s)", line,
                Duration.between(t0, Instant.now()).toMillis() / 1000.0));
        return line;
    }

    private static void parkForever() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting; the signal handler exits the JVM
            }
        }
    }

    private static boolean isUtf8Locale() {
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                String l = v.toLowerCase(Locale.ROOT);
                return l.contains("utf-8") || l.contains("utf8");
            }
        }
        return false;
    }
}
