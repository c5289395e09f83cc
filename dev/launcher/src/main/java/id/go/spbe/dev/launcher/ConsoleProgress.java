package id.go.spbe.dev.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Progress on the terminal: one line per component when it becomes ready, and (on a terminal) a status line
 * that counts the seconds and names what is still starting. Without a terminal it prints a status line every 15 s.
 */
final class ConsoleProgress implements StackListener {

    private final PrintStream out;
    private final boolean tty;
    private final boolean color;
    private final boolean unicode;
    private final Set<Component> pending;
    private volatile Instant start = Instant.now();
    private boolean statusShown;
    private Thread ticker;

    ConsoleProgress(PrintStream out, boolean tty, boolean color, boolean unicode, Set<Component> components) {
        this.out = out;
        this.tty = tty;
        this.color = color;
        this.unicode = unicode;
        this.pending = EnumSet.copyOf(components);
    }

    void restartClock() {
        start = Instant.now();
    }

    Duration elapsed() {
        return Duration.between(start, Instant.now());
    }

    synchronized void println(String line) {
        clearStatus();
        out.println(line);
        out.flush();
    }

    String bold(String s) {
        return color ? "\033[1m" + s + "\033[0m" : s;
    }

    private String green(String s) {
        return color ? "\033[32m" + s + "\033[0m" : s;
    }

    private String red(String s) {
        return color ? "\033[31m" + s + "\033[0m" : s;
    }

    private String yellow(String s) {
        return color ? "\033[33m" + s + "\033[0m" : s;
    }

    private String sym(String unicodeSymbol, String ascii) {
        return unicode ? unicodeSymbol : ascii;
    }

    private void clearStatus() {
        if (statusShown) {
            out.print("\r\033[K");
            statusShown = false;
        }
    }

    private synchronized void status() {
        String waiting;
        synchronized (pending) {
            waiting = pending.stream().map(Component::id).collect(Collectors.joining(", "));
        }
        if (waiting.isEmpty()) {
            return;
        }
        long s = elapsed().toSeconds();
        if (tty) {
            clearStatus();
            String line = String.format("  %s %3d s  menunggu / waiting: %s", sym("⏳", "..."), s, waiting);
            out.print(line.length() > 150 ? line.substring(0, 147) + "..." : line);
            out.flush();
            statusShown = true;
        } else {
            out.printf("  ... %d s, menunggu / waiting: %s%n", s, waiting);
            out.flush();
        }
    }

    synchronized void startTicker() {
        if (ticker != null) {
            return;
        }
        long period = tty ? 1000 : 15000;
        ticker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(period);
                } catch (InterruptedException e) {
                    return;
                }
                status();
            }
        }, "spbe-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    synchronized void stopTicker() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
        clearStatus();
        out.flush();
    }

    @Override
    public void info(String message) {
        println("  " + sym("·", "-") + " " + message);
    }

    @Override
    public void launching(Component c, String note) {
        if (!note.isEmpty()) {
            println("  " + sym("▸", ">") + " " + c.id() + ": " + note);
        }
    }

    @Override
    public void ready(Component c, Duration sinceStackStart, Duration sinceLaunch) {
        synchronized (pending) {
            pending.remove(c);
        }
        println(String.format("  %s %-22s siap / ready   %5.1f s", green(sym("✔", "OK")), c.id(),
                sinceStackStart.toMillis() / 1000.0));
    }

    @Override
    public void failed(Component c, String details) {
        synchronized (pending) {
            pending.remove(c);
        }
        println("  " + red(sym("✘", "XX")) + " " + c.id() + " GAGAL / FAILED");
    }

    @Override
    public void exitedUnexpectedly(Component c, int exitCode) {
        println("  " + yellow(sym("⚠", "!!")) + " " + c.id() + " berhenti sendiri / exited unexpectedly (exit code "
                + exitCode + "); log: " + "logs/" + c.id() + ".log");
    }

    @Override
    public void stopped(Component c, boolean forced) {
        println("  " + sym("■", "-") + " " + c.id() + " berhenti / stopped" + (forced ? " (dipaksa / killed)" : ""));
    }
}
