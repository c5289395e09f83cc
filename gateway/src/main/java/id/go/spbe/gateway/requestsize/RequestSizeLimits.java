package id.go.spbe.gateway.requestsize;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Map;

/**
 * How large a request body may be on one route: the first matching upload pattern's limit, else the route's
 * default.
 *
 * @param defaultBytes the limit for every path without its own
 * @param uploads      upload path patterns with their limits, in configuration order
 */
public record RequestSizeLimits(long defaultBytes, List<UploadLimit> uploads) {

    public RequestSizeLimits {
        uploads = List.copyOf(uploads);
    }

    /** Builds the limits from path patterns (as in the routing table) and their limits in bytes. */
    public static RequestSizeLimits of(long defaultBytes, Map<String, Long> uploadLimits) {
        return new RequestSizeLimits(defaultBytes, uploadLimits.entrySet().stream()
                .map(entry -> new UploadLimit(PathPatternParser.defaultInstance.parse(entry.getKey()), entry.getValue()))
                .toList());
    }

    public long limitFor(PathContainer path) {
        return uploads.stream()
                .filter(upload -> upload.pattern().matches(path))
                .mapToLong(UploadLimit::bytes)
                .findFirst()
                .orElse(defaultBytes);
    }

    /** One upload pattern and its limit in bytes. */
    public record UploadLimit(PathPattern pattern, long bytes) {
    }
}
