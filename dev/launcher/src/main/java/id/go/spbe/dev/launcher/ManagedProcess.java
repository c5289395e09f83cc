package id.go.spbe.dev.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** One child process of the stack, its log file and its readiness state. */
final class ManagedProcess {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final Component component;
    final List<String> command;
    final Map<String, String> environment;
    final List<String> removedEnvironment;
    final Path workDir;
    final Path log;
    private final Function<ManagedProcess, BooleanSupplier> checkFactory;

    private volatile Process process;
    private volatile BooleanSupplier check;
    private volatile Instant launchedAt;
    private volatile boolean ready;
    private volatile boolean failed;
    private volatile boolean stopping;
    private volatile boolean exitReported;
    private volatile long logOffsetAtLaunch;

    ManagedProcess(Component component, List<String> command, Map<String, String> environment,
            List<String> removedEnvironment, Path workDir, Path log, Function<ManagedProcess, BooleanSupplier> checkFactory) {
        this.component = component;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.removedEnvironment = List.copyOf(removedEnvironment);
        this.workDir = workDir;
        this.log = log;
        this.checkFactory = checkFactory;
    }

    /** Starts the process; its stdout and stderr go to the log file (the previous log is kept as .log.1). */
    void launch() throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log) && Files.size(log) > 0) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        String header = "# spbe-launcher " + TS.format(Instant.now()) + ": " + String.join(" ", command) + System.lineSeparator();
        Files.writeString(log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        logOffsetAtLaunch = Files.size(log);

        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        File devNull = new File("/dev/null");
        if (devNull.exists()) {
            pb.redirectInput(devNull);
        }
        removedEnvironment.forEach(pb.environment()::remove);
        pb.environment().putAll(environment);
        ready = false;
        failed = false;
        exitReported = false;
        launchedAt = Instant.now();
        process = pb.start();
        check = checkFactory.apply(this);
    }

    /** Byte offset in the log where this launch's output starts (for marker scanning). */
    long logOffsetAtLaunch() {
        return logOffsetAtLaunch;
    }

    boolean isLaunched() {
        return process != null;
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    Optional<ProcessHandle> handle() {
        Process p = process;
        return p == null ? Optional.empty() : Optional.of(p.toHandle());
    }

    int exitCode() {
        Process p = process;
        return p == null || p.isAlive() ? -1 : p.exitValue();
    }

    Instant launchedAt() {
        return launchedAt;
    }

    boolean checkHealthy() {
        BooleanSupplier c = check;
        return c != null && isAlive() && c.getAsBoolean();
    }

    boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    boolean isFailed() {
        return failed;
    }

    void markFailed() {
        failed = true;
    }

    boolean isStopping() {
        return stopping;
    }

    void setStopping(boolean stopping) {
        this.stopping = stopping;
    }

    /** Returns true the first time it is called after an exit, so an unexpected exit is reported once. */
    boolean claimExitReport() {
        if (exitReported) {
            return false;
        }
        exitReported = true;
        return true;
    }

    /** The last lines of this process's log, indented, for error messages. */
    String logTail(int lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("--- last lines of ").append(log).append(" ---").append(System.lineSeparator());
        for (String line : LogWatcher.tail(log, lines)) {
            sb.append("  | ").append(line).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
