package id.go.spbe.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Documents the {@code application/problem+json} answers an operation can really give, derived from its shape
 * rather than listed blindly (issue 7, defect 13):
 * <ul>
 *   <li>400 everywhere (malformed parameters, body or query encoding), and 406 (an {@code Accept} header naming
 *       nothing the operation produces);</li>
 *   <li>401 and 403 unless the operation is public (no security requirement, or a {@code spbe.security.public-paths}
 *       path);</li>
 *   <li>404 when the path has variables (unknown or invisible record);</li>
 *   <li>409 and 422 on writes (state transitions and duplicates; the domain's rules, naming the obligation);</li>
 *   <li>412 when the operation reads {@code If-Match};</li>
 *   <li>413 and 415 when it takes a body: the gateway refuses any body over its route's limit (issue 7, defect 2)
 *       and uploads have their own limit;</li>
 *   <li>429 and 503 everywhere: the gateway's rate limiter and circuit breakers answer them;</li>
 *   <li>whatever {@link ProblemResponses} adds on the handler.</li>
 * </ul>
 * Statuses the operation already documents (with their own description) are left as they are, but get the problem
 * content if they have none.
 */
public class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {

    /** Carries {@link ProblemResponses} from the handler to this customizer; removed from the published document. */
    static final String DECLARED = "x-spbe-declared-problems";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "Bad Request: malformed or invalid input; errors[] names each invalid field"),
            Map.entry(401, "Unauthorized: the bearer token is missing, expired or not valid"),
            Map.entry(403, "Forbidden: the caller's role or OPD does not allow this"),
            Map.entry(404, "Not Found: no such record, or not visible to the caller"),
            Map.entry(406, "Not Acceptable: the Accept header names no representation this operation produces"),
            Map.entry(409, "Conflict: the record's state does not allow this, or it was changed concurrently"),
            Map.entry(412, "Precondition Failed: If-Match names a version that is no longer current"),
            Map.entry(413, "Content Too Large: the body exceeds the size limit of the route or of uploads"),
            Map.entry(415, "Unsupported Media Type: the body's content type or sniffed file type is not accepted"),
            Map.entry(422, "Unprocessable Content: a regulation rule is violated; obligation names it"),
            Map.entry(429, "Too Many Requests: rate limit of the gateway exceeded; retry after Retry-After"),
            Map.entry(503, "Service Unavailable: the service is down or its circuit is open; retry later"));

    private final List<String> publicPaths;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public ProblemResponsesCustomizer(Collection<String> publicPaths) {
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new io.swagger.v3.oas.models.Components());
        }
        openApi.getComponents().addSchemas(ProblemSchema.NAME, ProblemSchema.schema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation, openApi)));
    }

    /** The problem statuses of one operation, in order. */
    Set<Integer> statusesOf(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openApi) {
        Set<Integer> statuses = new TreeSet<>(List.of(400, 406, 429, 503));
        if (!isPublic(path, operation, openApi)) {
            statuses.addAll(List.of(401, 403));
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (WRITES.contains(method)) {
            statuses.addAll(List.of(409, 422));
        }
        if (hasHeader(operation, "If-Match")) {
            statuses.add(412);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(413, 415));
        }
        if (operation.getExtensions() != null && operation.getExtensions().get(DECLARED) instanceof Collection<?> declared) {
            declared.forEach(status -> statuses.add(((Number) status).intValue()));
        }
        return statuses;
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openApi) {
        Set<Integer> statuses = statusesOf(path, method, operation, openApi);
        if (operation.getExtensions() != null) {
            operation.getExtensions().remove(DECLARED);
            if (operation.getExtensions().isEmpty()) {
                operation.setExtensions(null);
            }
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (int status : statuses) {
            String code = Integer.toString(status);
            ApiResponse response = operation.getResponses().get(code);
            if (response == null) {
                response = new ApiResponse().description(DESCRIPTIONS.getOrDefault(status, "Problem"));
                operation.getResponses().addApiResponse(code, response);
            }
            if (response.getContent() == null || response.getContent().isEmpty()
                    || !response.getContent().containsKey(ProblemSchema.MEDIA_TYPE)) {
                // an error answer's body is always a problem, whatever springdoc guessed from the handler's type
                response.setContent(new Content().addMediaType(ProblemSchema.MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref(ProblemSchema.REF))));
            }
        }
    }

    private boolean isPublic(String path, Operation operation, OpenAPI openApi) {
        // @SecurityRequirements with no entries publishes "security: []": the operation overrides the global bearer
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            return true;
        }
        if (operation.getSecurity() == null && (openApi.getSecurity() == null || openApi.getSecurity().isEmpty())) {
            return true;
        }
        String concrete = path.replaceAll("\\{[^}]*}", "x");
        return publicPaths.stream().anyMatch(pattern -> matcher.match(pattern, concrete));
    }

    private static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }
}
