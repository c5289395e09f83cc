package id.go.spbe.datacenter.uptime.domain;

import id.go.spbe.platform.problem.InvalidRequestException;

import java.net.URI;
import java.util.Locale;

/**
 * What a monitor probes (D3): an HTTP(S) URL or a TCP host and port of a hosted service. Only these three schemes,
 * always with a host and a port, so the prober never follows anything a user did not configure.
 */
public record ProbeTarget(Protocol protocol, String host, int port, String path) {

    public enum Protocol {
        HTTP, HTTPS, TCP
    }

    /**
     * Parses {@code http://host[:port]/path}, {@code https://…} or {@code tcp://host:port}; anything else is a 400 on
     * {@code field}.
     */
    public static ProbeTarget parse(String field, String target) {
        URI uri;
        try {
            uri = new URI(target.trim());
        } catch (Exception bad) {
            throw new InvalidRequestException(field, "Target bukan URI yang sah: " + target);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Protocol protocol = switch (scheme) {
            case "http" -> Protocol.HTTP;
            case "https" -> Protocol.HTTPS;
            case "tcp" -> Protocol.TCP;
            default -> throw new InvalidRequestException(field, "Hanya http, https atau tcp yang dapat dipantau.");
        };
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidRequestException(field, "Target tanpa nama host.");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidRequestException(field, "Target tidak boleh memuat kredensial.");
        }
        int port = uri.getPort();
        if (port == -1) {
            port = switch (protocol) {
                case HTTP -> 80;
                case HTTPS -> 443;
                case TCP -> throw new InvalidRequestException(field, "Target tcp memerlukan port.");
            };
        }
        if (port < 1 || port > 65535) {
            throw new InvalidRequestException(field, "Port di luar 1–65535.");
        }
        String path = protocol == Protocol.TCP ? null
                : (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new ProbeTarget(protocol, uri.getHost().toLowerCase(Locale.ROOT), port, path);
    }

    /** The target as configured, normalised. */
    public String uri() {
        String base = protocol.name().toLowerCase(Locale.ROOT) + "://" + host + ":" + port;
        return protocol == Protocol.TCP ? base : base + path;
    }
}
