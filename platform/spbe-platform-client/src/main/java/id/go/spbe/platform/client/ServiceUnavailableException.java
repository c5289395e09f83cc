package id.go.spbe.platform.client;

/**
 * Another service could not be asked: its circuit is open ({@code CallNotPermittedException}), it did not answer in
 * time, or it kept answering 502/503/504. The platform answers the calling service's caller 503 problem+json with
 * {@code Retry-After}.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String reason, Throwable cause) {
        super(service + " is unavailable: " + reason, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
