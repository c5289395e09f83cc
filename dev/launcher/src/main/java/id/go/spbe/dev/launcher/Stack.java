package id.go.spbe.dev.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The local SPBE stack as child processes: Mongo and Kafka (dev-infra jar), Keycloak (server distribution),
 * the Eureka registry, the six services and the gateway, or any subset of them.
 *
 * <pre>{@code
 * StackConfig config = StackConfig.builder(root).home(tmp).freePorts().build();
 * try (Stack stack = new Stack(config, Component.all(), StackListener.printingTo(System.out))) {
 *     stack.start();                              // checks jars and ports, launches, returns at once
 *     stack.awaitHealthy(Duration.ofMinutes(3));  // every component answered its health check
 *     ...                                         // config.gatewayUrl(), config.tokenEndpoint(), ...
 * }                                               // close(): apps first, then infra; no process is left
 * }</pre>
 *
 * Each process writes to {@code <home>/logs/<id>.log}. {@link #close()} sends SIGTERM to every process tree
 * (descendants included, e.g. the java child of Keycloak's kc.sh), waits {@link StackConfig#stopTimeout()}, then
 * kills what is left. A JVM shutdown hook does the same on SIGINT/SIGTERM/System.exit, and a start that fails
 * cleans up before it throws. Thread-safe.
 */
public final class Stack implements AutoCloseable {

    /** Printed by dev-infra's MongoDevServer / KafkaDevBroker when they serve requests (kept in sync by hand). */
    static final String MONGO_READY_LINE = "SPBE-DEV-INFRA READY mongo";
    static final String KAFKA_READY_LINE = "SPBE-DEV-INFRA READY kafka";
    private static final String MONGO_MAIN = "id.go.spbe.dev.infra.MongoDevServer";
    private static final String KAFKA_MAIN = "id.go.spbe.dev.infra.KafkaDevBroker";
    private static final long POLL_MILLIS = 250;
    private static final int LOG_TAIL_LINES = 30;

    private final StackConfig config;
    private final Set<Component> components;
    private final StackListener listener;
    private final Map<Component, ManagedProcess> processes = new EnumMap<>(Component.class);
    private final Map<Component, Set<ProcessHandle>> knownDescendants = new EnumMap<>(Component.class);
    private final CompletableFuture<Void> healthy = new CompletableFuture<>();

    private volatile boolean started;
    private volatile boolean closed;
    private volatile boolean forceKill;
    private volatile Instant startedAt;
    private boolean appsLaunched;
    private StackLock lock;
    private Thread supervisor;
    /** The mail catcher for servicedesk's notifications (null when servicedesk is not started). */
    private DevMailServer mail;
    private Thread shutdownHook;

    /**
     * @param components which components to run (e.g. {@code EnumSet.of(MONGO, KAFKA)}); empty is not allowed
     * @param listener progress callbacks, {@link StackListener#NONE} for none
     */
    public Stack(StackConfig config, Set<Component> components, StackListener listener) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("No components to start");
        }
        this.config = config;
        this.components = Collections.unmodifiableSet(EnumSet.copyOf(components));
        this.listener = listener == null ? StackListener.NONE : listener;
    }

    public StackConfig config() {
        return config;
    }

    public Set<Component> components() {
        return components;
    }

    /**
     * Checks the preconditions (no other stack on this home, jars built, Keycloak zip present, ports free),
     * then launches the processes and returns without waiting for them. Unpacks Keycloak on its first run.
     *
     * @throws StackException with a message for a person if a precondition fails; nothing is left running
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("Stack already started");
        }
        if (closed) {
            throw new IllegalStateException("Stack is closed");
        }
        started = true;
        startedAt = Instant.now();
        try {
            Files.createDirectories(config.logDir());
            lock = StackLock.acquire(config.home(), listener);
            preflight();
            installShutdownHook();
            if (components.contains(Component.SERVICEDESK)) {
                mail = DevMailServer.start(config, listener);
            }
            boolean gated = config.startOrder() == StackConfig.StartOrder.INFRA_FIRST && !gate().isEmpty();
            for (Component c : components) {
                if (c != Component.KEYCLOAK && !(gated && isGatedApp(c))) {
                    launch(c);
                }
            }
            appsLaunched = !gated;
            if (components.contains(Component.KEYCLOAK)) {
                KeycloakInstaller.install(config, listener);
                launch(Component.KEYCLOAK);
            }
            supervisor = new Thread(this::supervise, "spbe-stack-supervisor");
            supervisor.setDaemon(true);
            supervisor.start();
        } catch (IOException e) {
            close();
            throw new StackException("Start failed: " + e, null, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Waits until every component has passed its health check.
     *
     * @throws StackException if a component dies while starting (the message holds the end of its log), the
     *                        timeout passes (the message names what is still starting), or the stack is closed
     */
    public void awaitHealthy(Duration timeout) {
        if (!started) {
            throw new IllegalStateException("Call start() first");
        }
        try {
            healthy.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            StringBuilder sb = new StringBuilder("Belum sehat setelah / not healthy after " + timeout.toSeconds() + " s: ");
            List<ManagedProcess> pending = new ArrayList<>();
            synchronized (this) {
                for (Component c : components) {
                    ManagedProcess p = processes.get(c);
                    if (p == null || !p.isReady()) {
                        pending.add(p);
                        sb.append(c.id()).append(' ');
                    }
                }
            }
            sb.append(System.lineSeparator());
            for (ManagedProcess p : pending) {
                if (p != null) {
                    sb.append(p.logTail(LOG_TAIL_LINES));
                }
            }
            throw new StackException(sb.toString().trim());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackException se) {
                throw new StackException(se.getMessage(), se.component().orElse(null), se);
            }
            throw new StackException("Start failed: " + e.getCause(), null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the stack");
        }
    }

    /** True once every component has been healthy (stays true; see {@link #isReady} for one component). */
    public boolean isHealthy() {
        return healthy.isDone() && !healthy.isCompletedExceptionally();
    }

    /** True if the component's current process has passed its health check. */
    public synchronized boolean isReady(Component c) {
        ManagedProcess p = processes.get(c);
        return p != null && p.isReady() && p.isAlive();
    }

    /** The component's current process (the kc.sh shell for Keycloak), if launched. */
    public synchronized Optional<ProcessHandle> process(Component c) {
        ManagedProcess p = processes.get(c);
        return p == null ? Optional.empty() : p.handle();
    }

    /** Every process started by this stack and still known: the roots and their descendants. For leak checks. */
    public synchronized List<ProcessHandle> processTree() {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        for (Map.Entry<Component, ManagedProcess> e : processes.entrySet()) {
            e.getValue().handle().ifPresent(h -> {
                all.add(h);
                h.descendants().forEach(all::add);
            });
            all.addAll(knownDescendants.getOrDefault(e.getKey(), Set.of()));
        }
        return new ArrayList<>(all);
    }

    public Path logFile(Component c) {
        return config.logFile(c);
    }

    /** Stops one component (SIGTERM, then kill after the stop timeout); the rest keeps running. */
    public void stop(Component c) {
        ManagedProcess p;
        synchronized (this) {
            ensureOpen();
            p = processes.get(c);
            if (p == null) {
                throw new IllegalArgumentException(c + " is not running in this stack");
            }
            p.setStopping(true);
        }
        stopAll(List.of(p));
    }

    /**
     * Stops one component and starts it again with the same configuration (same data), then waits until it is
     * healthy. Useful to prove persistence or resilience in tests.
     */
    public void restart(Component c, Duration timeout) {
        stop(c);
        ManagedProcess fresh;
        synchronized (this) {
            ensureOpen();
            try {
                if (c == Component.KEYCLOAK) {
                    KeycloakInstaller.install(config, listener);
                }
                fresh = launch(c);
            } catch (IOException e) {
                throw new StackException("Cannot restart " + c.id() + ": " + e, c, e);
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!fresh.isReady()) {
            if (closed) {
                throw new StackException("Stack closed while restarting " + c.id(), c);
            }
            if (fresh.isFailed() || !fresh.isAlive()) {
                throw new StackException(describeDeath(fresh), c);
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(c.id() + " not healthy " + timeout.toSeconds() + " s after restart"
                        + System.lineSeparator() + fresh.logTail(LOG_TAIL_LINES), c);
            }
            sleep(100);
        }
    }

    /**
     * Stops everything: gateway and services first, then registry, Keycloak, Kafka and Mongo; each group gets
     * SIGTERM and {@link StackConfig#stopTimeout()} to exit, then is killed. Idempotent; safe from any thread.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        healthy.completeExceptionally(new StackException("Stack ditutup / stack closed"));
        if (supervisor != null) {
            supervisor.interrupt();
        }
        if (mail != null) {
            mail.close();
        }
        removeShutdownHook();
        List<ManagedProcess> first = new ArrayList<>();
        List<ManagedProcess> second = new ArrayList<>();
        synchronized (this) {
            for (ManagedProcess p : processes.values()) {
                Component.Kind k = p.component.kind();
                (k == Component.Kind.SERVICE || k == Component.Kind.GATEWAY ? first : second).add(p);
            }
        }
        try {
            stopAll(first);
            stopAll(second);
        } finally {
            if (lock != null) {
                lock.release();
            }
        }
    }

    /** Kills every process at once (e.g. a second Ctrl-C); a running {@link #close()} then finishes quickly. */
    public void kill() {
        forceKill = true;
        List<ProcessHandle> roots = processTree();
        ProcessTree.kill(roots);
    }

    // ------------------------------------------------------------------ internals

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Stack is closed");
        }
    }

    /** Infra components whose readiness gates the services and gateway in INFRA_FIRST order. */
    private Set<Component> gate() {
        Set<Component> g = EnumSet.noneOf(Component.class);
        for (Component c : List.of(Component.MONGO, Component.KAFKA)) {
            if (components.contains(c)) {
                g.add(c);
            }
        }
        return g;
    }

    private static boolean isGatedApp(Component c) {
        return c.kind() == Component.Kind.SERVICE || c.kind() == Component.Kind.GATEWAY;
    }

    private synchronized ManagedProcess launch(Component c) throws IOException {
        ensureOpen();
        ManagedProcess p = newProcess(c);
        String note = "";
        if (c == Component.KEYCLOAK && KeycloakInstaller.isFirstStart(config)) {
            note = "start pertama: membangun (~1 menit) / first start: building (~1 min)";
        }
        p.launch();
        processes.put(c, p);
        knownDescendants.remove(c);
        listener.launching(c, note);
        recordPids();
        return p;
    }

    private void recordPids() {
        Map<Component, ProcessHandle> handles = new LinkedHashMap<>();
        processes.forEach((c, p) -> p.handle().filter(ProcessHandle::isAlive).ifPresent(h -> handles.put(c, h)));
        if (lock != null) {
            lock.write(handles);
        }
    }

    ManagedProcess newProcess(Component c) {
        List<String> cmd = new ArrayList<>(commandPrefix());
        Map<String, String> env = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        java.util.function.Function<ManagedProcess, BooleanSupplier> check;
        String java = config.javaExecutable().toString();
        switch (c.kind()) {
            case INFRA -> {
                boolean mongo = c == Component.MONGO;
                cmd.add(java);
                cmd.addAll(config.jvmOptions());
                cmd.add("-Dspbe.component=" + c.id());
                cmd.add("-Dspbe.home=" + config.home());
                if (mongo) {
                    cmd.add("-Dmongodb.port=" + config.port(c));
                } else {
                    cmd.add("-Dkafka.port=" + config.port(c));
                    cmd.add("-Dkafka.controller.port=" + config.kafkaControllerPort());
                }
                cmd.add("-Dloader.main=" + (mongo ? MONGO_MAIN : KAFKA_MAIN));
                cmd.add("-jar");
                cmd.add(config.infraJar().toString());
                String marker = mongo ? MONGO_READY_LINE : KAFKA_READY_LINE;
                int port = config.port(c);
                check = p -> {
                    LogWatcher w = new LogWatcher(p.log, marker, p.logOffsetAtLaunch());
                    return () -> HealthCheck.tcp(port) && w.markerSeen();
                };
            }
            case KEYCLOAK -> {
                int port = config.port(c);
                cmd.add(Files.isExecutable(Path.of("/bin/sh")) ? "/bin/sh" : "sh");
                cmd.add(config.keycloakDir().resolve("bin/kc.sh").toString());
                cmd.addAll(List.of("start-dev",
                        "--http-host", "127.0.0.1",
                        "--http-port", String.valueOf(port),
                        "--http-management-port", String.valueOf(config.keycloakManagementPort()),
                        "--hostname", "http://127.0.0.1:" + port,
                        "--import-realm"));
                env.put("JAVA_HOME", config.javaHome().toString());
                env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.keycloakAdminUser());
                env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.keycloakAdminPassword());
                if (!config.keycloakJavaOptions().isEmpty()) {
                    env.put("JAVA_OPTS_APPEND", String.join(" ", config.keycloakJavaOptions()));
                } else {
                    removed.add("JAVA_OPTS_APPEND");
                }
                removed.add("JAVA_OPTS"); // would replace kc.sh's defaults (heap, GC, encoding)
                String url = config.healthUrl(c);
                check = p -> () -> HealthCheck.http200(url);
            }
            default -> {
                cmd.add(java);
                cmd.addAll(config.jvmOptions());
                cmd.add("-Dspbe.component=" + c.id());
                cmd.add("-jar");
                cmd.add(config.jar(c).toString());
                env.putAll(config.springAppEnvironment(c));
                String url = config.healthUrl(c);
                check = p -> () -> HealthCheck.http200(url);
            }
        }
        return new ManagedProcess(c, cmd, env, removed, config.home(), config.logFile(c), check);
    }

    /** {@code setsid} when available: children get their own session, so a terminal Ctrl-C hits only us. */
    private List<String> commandPrefix() {
        if (!config.newSession() || StackConfig.isWindows()) {
            return List.of();
        }
        for (String s : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(s))) {
                return List.of(s);
            }
        }
        return List.of();
    }

    private void preflight() {
        List<String> problems = new ArrayList<>();
        boolean needsBuild = false;
        if (!Files.isExecutable(config.javaExecutable())) {
            problems.add("Java tidak ditemukan / not found: " + config.javaExecutable());
        }
        for (Component c : components) {
            if (c.isSpringApp() || c.isDevInfra()) {
                Path jar = config.jar(c);
                if (!Files.isRegularFile(jar)) {
                    problems.add("JAR tidak ada / missing: " + display(jar) + " (" + c.id() + ")");
                    needsBuild = true;
                } else if (!hasMainClass(jar)) {
                    problems.add(display(jar) + " tidak bisa dijalankan / is not runnable (no Main-Class: "
                            + c.id() + "; run ./mvnw -DskipTests package)");
                    needsBuild = true;
                }
            }
        }
        if (components.contains(Component.KEYCLOAK)) {
            if (!KeycloakInstaller.isInstalled(config) && KeycloakInstaller.findZip(config).isEmpty()) {
                problems.add("Distribusi Keycloak tidak ada / Keycloak distribution missing: " + display(config.keycloakZip()));
                needsBuild = true;
            }
            if (!Files.isRegularFile(config.realmFile())) {
                problems.add("Realm tidak ada / realm file missing: " + display(config.realmFile()));
            }
        }
        if (!problems.isEmpty()) {
            throw new StackException("Tidak bisa mulai / cannot start:" + System.lineSeparator() + " - "
                    + String.join(System.lineSeparator() + " - ", problems)
                    + (needsBuild ? System.lineSeparator() + "Jalankan dulu / run ./mvnw -DskipTests package first"
                            + " (or ./dev/run without --no-build)." : ""));
        }
        List<String> taken = new ArrayList<>();
        String hint = null;
        for (Component c : components) {
            List<Map.Entry<String, Integer>> ports = new ArrayList<>();
            ports.add(Map.entry(c.portVariable(), config.port(c)));
            if (c == Component.KAFKA) {
                ports.add(Map.entry(StackConfig.KAFKA_CONTROLLER_PORT, config.kafkaControllerPort()));
            }
            for (Map.Entry<String, Integer> e : ports) {
                int port = e.getValue();
                if (!portFree(port)) {
                    taken.add(port + " (" + e.getKey() + ", " + c.id() + ")");
                    if (hint == null) {
                        hint = e.getKey() + "=" + (port < 50000 ? port + 10000 : port - 10000);
                    }
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new StackException("Port sudah dipakai proses lain / port already in use:" + System.lineSeparator()
                    + " - " + String.join(System.lineSeparator() + " - ", taken) + System.lineSeparator()
                    + "Hentikan proses itu atau pilih port lain / stop that process or pick another port, e.g. "
                    + hint + " ./dev/run");
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            return false;
        }
        return !HealthCheck.tcp(port);
    }

    private static boolean hasMainClass(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            return m != null && m.getMainAttributes().getValue("Main-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(config.repoRoot()) ? config.repoRoot().relativize(abs).toString() : abs.toString();
    }

    private void supervise() {
        long ticks = 0;
        while (!closed) {
            try {
                tick(ticks++ % 8 == 0);
            } catch (RuntimeException e) {
                listener.info("supervisor: " + e);
            }
            sleep(POLL_MILLIS);
        }
    }

    private void tick(boolean refreshDescendants) {
        List<ManagedProcess> snapshot;
        synchronized (this) {
            if (closed) {
                return;
            }
            snapshot = new ArrayList<>(processes.values());
        }
        for (ManagedProcess p : snapshot) {
            if (closed) {
                return;
            }
            if (p.isStopping() || !p.isLaunched()) {
                continue;
            }
            Component c = p.component;
            if (refreshDescendants && p.isAlive()) {
                p.handle().ifPresent(h -> {
                    Set<ProcessHandle> d = new LinkedHashSet<>(h.descendants().toList());
                    synchronized (this) {
                        knownDescendants.computeIfAbsent(c, x -> new LinkedHashSet<>()).addAll(d);
                    }
                });
            }
            if (!p.isReady()) {
                if (p.isFailed()) {
                    continue;
                }
                if (!p.isAlive()) {
                    p.markFailed();
                    String details = describeDeath(p);
                    listener.failed(c, details);
                    healthy.completeExceptionally(new StackException(details, c));
                } else if (p.checkHealthy()) {
                    p.markReady();
                    Instant now = Instant.now();
                    if (c == Component.KEYCLOAK) {
                        KeycloakInstaller.markStarted(config);
                    }
                    listener.ready(c, Duration.between(startedAt, now), Duration.between(p.launchedAt(), now));
                }
            } else if (!p.isAlive() && p.claimExitReport()) {
                listener.exitedUnexpectedly(c, p.exitCode());
            }
        }
        launchGatedAppsIfDue();
        if (!healthy.isDone()) {
            synchronized (this) {
                boolean all = true;
                for (Component c : components) {
                    ManagedProcess p = processes.get(c);
                    if (p == null || !p.isReady()) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    healthy.complete(null);
                }
            }
        }
    }

    private synchronized void launchGatedAppsIfDue() {
        if (appsLaunched || closed) {
            return;
        }
        for (Component g : gate()) {
            ManagedProcess p = processes.get(g);
            if (p == null || !p.isReady()) {
                return;
            }
        }
        appsLaunched = true;
        for (Component c : components) {
            if (isGatedApp(c) && !processes.containsKey(c)) {
                try {
                    launch(c);
                } catch (IOException e) {
                    healthy.completeExceptionally(new StackException("Cannot launch " + c.id() + ": " + e, c, e));
                }
            }
        }
    }

    private String describeDeath(ManagedProcess p) {
        return p.component.id() + " berhenti saat start / exited during start-up (exit code " + p.exitCode() + ")"
                + System.lineSeparator() + p.logTail(LOG_TAIL_LINES);
    }

    private void stopAll(List<ManagedProcess> group) {
        Map<ManagedProcess, List<ProcessHandle>> trees = new LinkedHashMap<>();
        List<ProcessHandle> roots = new ArrayList<>();
        for (ManagedProcess p : group) {
            p.setStopping(true);
            List<ProcessHandle> tree = new ArrayList<>();
            p.handle().ifPresent(tree::add);
            synchronized (this) {
                tree.addAll(knownDescendants.getOrDefault(p.component, Set.of()));
            }
            tree = ProcessTree.snapshot(tree).stream().filter(ProcessHandle::isAlive).toList();
            if (!tree.isEmpty()) {
                trees.put(p, tree);
                roots.addAll(tree);
                listener.stopping(p.component);
            }
        }
        if (roots.isEmpty()) {
            return;
        }
        List<ProcessHandle> killed = ProcessTree.stop(roots, config.stopTimeout(), () -> forceKill);
        trees.forEach((p, tree) -> listener.stopped(p.component, tree.stream().anyMatch(killed::contains)));
    }

    private synchronized void installShutdownHook() {
        shutdownHook = new Thread(this::close, "spbe-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private synchronized void removeShutdownHook() {
        Thread hook = shutdownHook;
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook will find the stack closed
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
