package id.go.spbe.gateway.problem;

import org.springframework.http.HttpStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem the gateway answers itself (401, 403, 404, 429, 503, 500). The {@code type} is a stable URN
 * per kind of problem; {@code title} is English, {@code detail} is Bahasa Indonesia for the person reading it.
 *
 * @param status     the HTTP status
 * @param kind       the stable last segment of the {@code type} URN, e.g. {@code rate-limited}
 * @param title      short English summary of the kind of problem
 * @param detail     explanation of this occurrence, in Bahasa Indonesia
 * @param instance   the request path the problem occurred on; null when the request could not be parsed
 * @param extensions extra members (e.g. {@code service}), written after the standard ones
 */
public record Problem(HttpStatus status, String kind, String title, String detail, String instance,
                      Map<String, Object> extensions) {

    public static final String TYPE_PREFIX = "https://spbe.github.io/problems/";

    public Problem {
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static Problem of(HttpStatus status, String kind, String title, String detail, String instance) {
        return new Problem(status, kind, title, detail, instance, Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(status, kind, title, detail, instance, more);
    }

    public String type() {
        return TYPE_PREFIX + kind;
    }

    /** The JSON members in RFC 9457 order, extensions last. */
    public Map<String, Object> toMembers() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type());
        members.put("title", title);
        members.put("status", status.value());
        members.put("detail", detail);
        if (instance != null) {
            members.put("instance", instance);
        }
        extensions.forEach(members::putIfAbsent);
        return members;
    }
}
