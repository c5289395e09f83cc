package id.go.spbe.dev.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One stack per home folder, and no leftovers from a crashed launcher.
 *
 * <ul>
 * <li>{@code <home>/stack.lock}: an OS file lock held while the stack runs. The kernel releases it when the
 * launcher dies, even on SIGKILL. The file is never read or written, and this JVM never opens it twice: with
 * POSIX locks, closing <em>any</em> descriptor of the locked file in the same process silently drops the lock.
 * Homes locked by this JVM are therefore tracked in memory and refused before the file is touched.</li>
 * <li>{@code <home>/stack.pid}: the launcher's PID, then one line per child: {@code <component> <pid> <startMillis>}.
 * A clean stop deletes it. If the next start finds it (and could take the lock), the previous launcher died
 * without cleaning up: the processes listed there are stopped, after checking each one's start time, so a
 * recycled PID is never touched.</li>
 * </ul>
 */
final class StackLock {

    static final String LOCK_FILE = "stack.lock";
    static final String PID_FILE = "stack.pid";

    /** Lock files held by this JVM (absolute, normalised). */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path lockFile;
    private final Path pidFile;
    private final FileChannel channel;
    private final FileLock lock;

    private StackLock(Path lockFile, Path pidFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.pidFile = pidFile;
        this.channel = channel;
        this.lock = lock;
    }

    static StackLock acquire(Path home, StackListener listener) {
        Path lockFile = home.resolve(LOCK_FILE).toAbsolutePath().normalize();
        Path pidFile = home.resolve(PID_FILE);
        synchronized (HELD) {
            if (HELD.contains(lockFile)) {
                throw alreadyRunning(home, pidFile);
            }
            FileChannel channel = null;
            try {
                Files.createDirectories(home);
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close(); // safe: this JVM holds no lock on this file
                    throw alreadyRunning(home, pidFile);
                }
                HELD.add(lockFile);
                StackLock result = new StackLock(lockFile, pidFile, channel, lock);
                try {
                    result.stopLeftovers(listener);
                    result.write(Map.of());
                } catch (IOException | RuntimeException e) {
                    result.release();
                    throw e;
                }
                return result;
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StackException("Cannot lock " + lockFile + ": " + e.getMessage());
            }
        }
    }

    private static StackException alreadyRunning(Path home, Path pidFile) {
        String owner = ownerPid(pidFile).map(pid -> " (PID " + pid + ")").orElse("");
        return new StackException("Stack SPBE sudah berjalan dengan home ini / already running with this home"
                + owner + ": " + home + System.lineSeparator()
                + "Hentikan dulu (Ctrl-C di terminalnya), atau pakai --home lain / stop it first, or use another --home.");
    }

    /** Rewrites stack.pid atomically with the current children. */
    synchronized void write(Map<Component, ProcessHandle> children) {
        StringBuilder sb = new StringBuilder();
        sb.append(ProcessHandle.current().pid()).append('\n');
        children.forEach((c, h) -> sb.append(c.id()).append(' ').append(h.pid()).append(' ')
                .append(h.info().startInstant().map(Instant::toEpochMilli).orElse(0L)).append('\n'));
        try {
            Path tmp = pidFile.resolveSibling(PID_FILE + ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not fatal: only used for the leftover clean-up
        }
    }

    /** Deletes stack.pid and releases the lock (a clean stop leaves no stack.pid behind). */
    synchronized void release() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // ignore
        }
        synchronized (HELD) {
            try {
                lock.release();
            } catch (IOException e) {
                // ignore
            }
            closeQuietly(channel);
            HELD.remove(lockFile);
        }
    }

    private void stopLeftovers(StackListener listener) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        List<ProcessHandle> leftovers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 3) {
                continue;
            }
            try {
                long pid = Long.parseLong(parts[1]);
                long started = Long.parseLong(parts[2]);
                Optional<ProcessHandle> h = ProcessHandle.of(pid);
                if (h.isPresent() && h.get().isAlive() && sameStart(h.get(), started)) {
                    leftovers.add(h.get());
                    names.add(parts[0] + " (PID " + pid + ")");
                }
            } catch (NumberFormatException e) {
                // ignore malformed line
            }
        }
        if (!leftovers.isEmpty()) {
            listener.info("Menghentikan sisa proses dari run sebelumnya yang tidak berhenti bersih / stopping leftovers of a previous run: "
                    + String.join(", ", names));
            ProcessTree.stop(leftovers, Duration.ofSeconds(20), () -> false);
        }
    }

    private static boolean sameStart(ProcessHandle h, long startedMillis) {
        return h.info().startInstant().map(i -> Math.abs(i.toEpochMilli() - startedMillis) < 2000).orElse(false);
    }

    private static Optional<String> ownerPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() || lines.get(0).isBlank() ? Optional.empty() : Optional.of(lines.get(0).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // ignore
            }
        }
    }
}
