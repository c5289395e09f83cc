package id.go.spbe.platform.messaging;

/** A record that is not a CloudEvent we can read; retrying cannot help, so it goes straight to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
