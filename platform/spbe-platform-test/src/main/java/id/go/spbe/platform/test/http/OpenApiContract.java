package id.go.spbe.platform.test.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a response against the OpenAPI document the service itself publishes at {@code /v3/api-docs} (issue 7,
 * defect 13): the status must be documented for the operation, and a body must match the documented schema of its
 * media type. The document is loaded once per base URL (one per Spring test context); a base URL without a
 * document of its own (e.g. the gateway, whose catalogue links the services' documents) is not checked.
 * <p>
 * Requests are not validated (tests send invalid requests on purpose), and neither are requests to paths or methods
 * the document does not describe at all (actuator, unknown routes, 405s): the contract covers documented operations.
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Optional<OpenApiInteractionValidator>> VALIDATORS = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    /**
     * Fails with an {@link AssertionError} when the response is not what the document promises.
     *
     * @param baseUrl {@code http://host:port} of the service
     * @param path    the request path, with or without query string
     */
    public static void check(String baseUrl, String method, String path, int status,
            Map<String, List<String>> headers, String body) {
        Optional<OpenApiInteractionValidator> validator = VALIDATORS.computeIfAbsent(baseUrl, OpenApiContract::load);
        if (validator.isEmpty()) {
            return;
        }
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.get().validateResponse(rawPath,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("The response of " + method + " " + path + " breaks the service's OpenAPI "
                    + "document:\n" + report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nresponse: " + status + " " + abbreviate(body));
        }
    }

    /** Forgets the loaded documents (e.g. after a test changed what a service publishes). */
    public static void reset() {
        VALIDATORS.clear();
    }

    private static Optional<OpenApiInteractionValidator> load(String baseUrl) {
        HttpResponse<String> document;
        try {
            document = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (document.statusCode() == 404) {
            return Optional.empty();
        }
        if (document.statusCode() != 200) {
            throw new AssertionError("The service at " + baseUrl + " cannot publish its OpenAPI document: "
                    + document.statusCode() + " " + abbreviate(document.body()));
        }
        if (JSON.readTree(document.body()).path("paths").isEmpty()) {
            return Optional.empty(); // e.g. the gateway's own document: its routes are the services' documents
        }
        return Optional.of(OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}
