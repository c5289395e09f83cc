package id.go.spbe.platform.problem;

/** A request parameter that is well-typed but unusable (unknown sort field, page size over the limit): 400. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String detail) {
        super(detail);
    }
}
