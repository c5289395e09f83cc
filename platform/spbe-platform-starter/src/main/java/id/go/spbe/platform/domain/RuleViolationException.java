package id.go.spbe.platform.domain;

/**
 * A request that is well-formed but breaks a rule of the regulations; answered 422 naming the obligation
 * (e.g. {@code G1}, {@code A10}) from {@code obligations.md}.
 */
public class RuleViolationException extends RuntimeException {

    private final String obligation;

    public RuleViolationException(String obligation, String detail) {
        super(detail);
        this.obligation = obligation;
    }

    public String obligation() {
        return obligation;
    }
}
