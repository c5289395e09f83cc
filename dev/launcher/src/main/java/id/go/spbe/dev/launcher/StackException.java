package id.go.spbe.dev.launcher;

import java.util.Optional;

/** The stack could not start, or a component failed; the message is meant to be shown to a person as is. */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Component component;

    public StackException(String message) {
        this(message, null, null);
    }

    public StackException(String message, Component component) {
        this(message, component, null);
    }

    public StackException(String message, Component component, Throwable cause) {
        super(message, cause);
        this.component = component;
    }

    /** The component that failed, if the failure belongs to one. */
    public Optional<Component> component() {
        return Optional.ofNullable(component);
    }
}
