package id.go.spbe.platform.domain;

/** The target is in a state that does not allow the requested transition, or the record already exists: 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String detail) {
        super(detail);
    }
}
