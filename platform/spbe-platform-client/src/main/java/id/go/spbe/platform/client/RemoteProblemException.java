package id.go.spbe.platform.client;

import java.net.URI;

/**
 * Another service answered with an error, decoded from its problem+json (RFC 9457). The calling service decides what
 * it means for its own caller, e.g. a {@link RemoteNotFoundException} of a referenced record becomes its own 404 or
 * a 422 rule violation; left unhandled, the platform answers 502 (the other service failed this request).
 */
public class RemoteProblemException extends RuntimeException {

    private final String service;
    private final int status;
    private final URI type;
    private final String title;
    private final String detail;

    public RemoteProblemException(String service, int status, URI type, String title, String detail) {
        super(service + " answered " + status + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /** The Feign client name of the service that answered. */
    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    /** The problem type URI, or {@code about:blank} when the answer was not problem+json. */
    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
