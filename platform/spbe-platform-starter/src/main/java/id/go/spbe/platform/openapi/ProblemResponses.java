package id.go.spbe.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Problem statuses an operation can answer beyond those {@link ProblemResponsesCustomizer} derives from its shape
 * (method, path variables, request body, {@code If-Match}); e.g. a read that applies a rule and answers 422. On a
 * controller class it applies to every operation of the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProblemResponses {

    /** HTTP status codes (4xx/5xx) answered as {@code application/problem+json}. */
    int[] value();
}
