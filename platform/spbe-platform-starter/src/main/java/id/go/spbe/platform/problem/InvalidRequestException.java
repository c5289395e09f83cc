package id.go.spbe.platform.problem;

/**
 * A request parameter that is well-typed but unusable (unknown sort field, page size over the limit, a page past the
 * last one that can be served): 400. When the parameter is known the problem names it in {@code errors[]}.
 */
public class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String detail) {
        this(null, detail);
    }

    /** An unusable value of query parameter {@code parameter}. */
    public InvalidRequestException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    /** The query parameter at fault, or {@code null} when the problem is not one parameter's. */
    public String parameter() {
        return parameter;
    }
}
