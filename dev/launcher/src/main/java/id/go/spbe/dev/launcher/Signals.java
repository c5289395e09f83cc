package id.go.spbe.dev.launcher;

/**
 * Installs handlers for SIGINT/SIGTERM via {@code sun.misc.Signal} (module jdk.unsupported, present in every
 * OpenJDK), so Ctrl-C runs an orderly stop and the launcher can exit 0. Each signal runs the handler in a new thread.
 */
final class Signals {

    private Signals() {
    }

    /** @return false if signal handling is unavailable (the stack's shutdown hook still stops everything) */
    @SuppressWarnings("restriction")
    static boolean install(Runnable handler, String... names) {
        try {
            for (String name : names) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> handler.run());
            }
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
