package id.go.spbe.dev.launcher;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a {@link Stack}. Called from the stack's threads; implementations must be thread-safe and quick.
 * All methods have empty defaults.
 */
public interface StackListener {

    /** Ignores everything. */
    StackListener NONE = new StackListener() {
    };

    /** A general message (unpacking Keycloak, cleaning up leftovers of a crashed run, ...). */
    default void info(String message) {
    }

    /** The process of {@code component} was started; {@code note} is extra information or empty. */
    default void launching(Component component, String note) {
    }

    /** {@code component} passed its health check. */
    default void ready(Component component, Duration sinceStackStart, Duration sinceLaunch) {
    }

    /** {@code component} failed while starting; {@code details} contains the end of its log. */
    default void failed(Component component, String details) {
    }

    /** A component that was ready has exited on its own. */
    default void exitedUnexpectedly(Component component, int exitCode) {
    }

    default void stopping(Component component) {
    }

    default void stopped(Component component, boolean forced) {
    }

    /** Plain one-line-per-event output, e.g. {@code StackListener.printingTo(System.out)} in tests. */
    static StackListener printingTo(PrintStream out) {
        return new StackListener() {
            @Override
            public void info(String message) {
                out.println("[stack] " + message);
            }

            @Override
            public void launching(Component c, String note) {
                out.println("[stack] launching " + c.id() + (note.isEmpty() ? "" : " (" + note + ")"));
            }

            @Override
            public void ready(Component c, Duration sinceStackStart, Duration sinceLaunch) {
                out.printf("[stack] %s ready after %.1f s%n", c.id(), sinceLaunch.toMillis() / 1000.0);
            }

            @Override
            public void failed(Component c, String details) {
                out.println("[stack] " + c.id() + " FAILED: " + details);
            }

            @Override
            public void exitedUnexpectedly(Component c, int exitCode) {
                out.println("[stack] " + c.id() + " exited unexpectedly with code " + exitCode);
            }

            @Override
            public void stopped(Component c, boolean forced) {
                out.println("[stack] " + c.id() + " stopped" + (forced ? " (killed)" : ""));
            }
        };
    }
}
