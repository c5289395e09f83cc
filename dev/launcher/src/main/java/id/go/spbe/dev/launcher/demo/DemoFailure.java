package id.go.spbe.dev.launcher.demo;

/** One demo item (or the whole load) could not be done; the message says which step and why. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }
}
