package id.go.spbe.platform.client;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Turns another service's error answer into a typed exception: problem+json fields (type, title, detail) are read,
 * a 404 becomes {@link RemoteNotFoundException}. A GET answered 502/503/504 is retryable (Feign's retryer tries it
 * again, see {@link GetOnlyRetryer}); any other method answered so is not retried but reported unavailable.
 */
public class ProblemErrorDecoder implements ErrorDecoder {

    private static final int MAX_BODY = 64 * 1024;
    private static final URI BLANK = URI.create("about:blank");

    private final JsonMapper json;

    public ProblemErrorDecoder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Request request = response.request();
        String service = serviceOf(request, methodKey);
        int status = response.status();
        if (status == 502 || status == 503 || status == 504) {
            if (request.httpMethod() == Request.HttpMethod.GET) {
                return new RetryableException(status, service + " answered " + status, request.httpMethod(),
                        (Long) null, request);
            }
            return new ServiceUnavailableException(service, "answered " + status, null);
        }
        JsonNode problem = read(response);
        URI type = BLANK;
        String title = null;
        String detail = null;
        if (problem != null && problem.isObject()) {
            if (problem.path("type").isString()) {
                try {
                    type = URI.create(problem.path("type").asString());
                } catch (IllegalArgumentException notAUri) {
                    type = BLANK;
                }
            }
            title = problem.path("title").isString() ? problem.path("title").asString() : null;
            detail = problem.path("detail").isString() ? problem.path("detail").asString() : null;
        }
        if (status == 404) {
            return new RemoteNotFoundException(service, type, title, detail);
        }
        return new RemoteProblemException(service, status, type, title, detail);
    }

    static String serviceOf(Request request, String methodKey) {
        if (request != null && request.requestTemplate() != null && request.requestTemplate().feignTarget() != null) {
            return request.requestTemplate().feignTarget().name();
        }
        return methodKey;
    }

    private JsonNode read(Response response) {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY);
            return bytes.length == 0 ? null : json.readTree(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return null; // not JSON (an HTML error page of a proxy): status alone
        }
    }
}
