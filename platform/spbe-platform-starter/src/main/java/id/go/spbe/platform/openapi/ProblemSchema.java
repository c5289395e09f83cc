package id.go.spbe.platform.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.LinkedHashMap;

/**
 * The one {@code Problem} schema every error response refers to: RFC 9457 members, the validation {@code errors[]}
 * and the {@code obligation} a rule violation names. Extension members stay allowed (RFC 9457 §3.2), so adding one
 * to the advice never makes an existing client's validation fail.
 */
public final class ProblemSchema {

    /** Component name, referenced as {@code #/components/schemas/Problem}. */
    public static final String NAME = "Problem";
    public static final String REF = "#/components/schemas/" + NAME;
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {
    }

    static Schema<?> schema() {
        var properties = new LinkedHashMap<String, Schema>();
        properties.put("type", new StringSchema().format("uri-reference")
                .description("Stable problem type URI (docs/problems.md); clients may switch on it")
                ._default("about:blank"));
        properties.put("title", new StringSchema().description("Short English summary of the problem type"));
        properties.put("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status code"));
        properties.put("detail", new StringSchema().description("What went wrong with this request (Bahasa Indonesia)"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request path"));
        properties.put("obligation", new StringSchema()
                .description("The obligation a rule violation (422) comes from, e.g. A3 (docs/obligations)"));
        properties.put("errors", new ArraySchema().items(fieldError())
                .description("One entry per invalid field (400 validation problems)"));
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details (application/problem+json)");
        problem.setProperties(properties);
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }

    /**
     * One invalid field; {@code pointer} is a JSON pointer into the request body, {@code field} its dotted name.
     * {@code rejectedValue} is described, not typed: swagger-request-validator reads an untyped or composed schema
     * as an object and would refuse the strings and nulls the advice really sends.
     */
    private static Schema<?> fieldError() {
        var properties = new LinkedHashMap<String, Schema>();
        properties.put("pointer", new StringSchema().description("JSON pointer to the invalid member, e.g. /dinas"));
        properties.put("field", new StringSchema().description("Name of the invalid field or parameter"));
        properties.put("detail", new StringSchema().description("What is wrong with it"));
        properties.put("message", new StringSchema().description("What is wrong with it"));
        Schema<?> error = new ObjectSchema().description("One invalid field. Validation problems may also carry "
                + "rejectedValue: the rejected string, number or boolean when short and harmless, otherwise null");
        error.setProperties(properties);
        error.setAdditionalProperties(Boolean.TRUE);
        return error;
    }
}
