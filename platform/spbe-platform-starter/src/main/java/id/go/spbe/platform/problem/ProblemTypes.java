package id.go.spbe.platform.problem;

import java.net.URI;

/** Stable problem {@code type} URIs; documented in docs/problems.md. Clients may switch on them. */
public final class ProblemTypes {

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI STATE_CONFLICT = of("state-conflict");
    public static final URI PRECONDITION_FAILED = of("precondition-failed");
    public static final URI PRECONDITION_REQUIRED = of("precondition-required");
    public static final URI RULE_VIOLATION = of("rule-violation");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI URI_TOO_LONG = of("uri-too-long");
    public static final URI HEADERS_TOO_LARGE = of("request-header-fields-too-large");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    public static final URI INTERNAL = of("internal-error");

    private ProblemTypes() {
    }

    private static URI of(String slug) {
        return URI.create("https://spbe.github.io/problems/" + slug);
    }
}
