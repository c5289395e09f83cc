package id.go.spbe.platform.idempotency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One {@code Idempotency-Key} of one caller: the request it was first used for (method, path, SHA-256 of the body)
 * and, once that finished, its response. Mongo removes it at {@code expiresAt} (TTL index).
 *
 * @param id      SHA-256 of caller and key, so keys of different callers never meet
 * @param state   {@code IN_FLIGHT} while the first request runs, then {@code COMPLETED}
 * @param headers the replayed response headers (Location, ETag, Content-Type, ...)
 */
@Document("idempotency_keys")
public record IdempotentRequest(@Id String id, String caller, String key, String method, String path,
        String bodyHash, State state, int status, Map<String, List<String>> headers, byte[] body, Instant createdAt,
        @Indexed(name = "ttl", expireAfter = "0s") Instant expiresAt) {

    public enum State {
        IN_FLIGHT, COMPLETED
    }

    boolean sameRequest(String method, String path, String bodyHash) {
        return this.method.equals(method) && this.path.equals(path) && this.bodyHash.equals(bodyHash);
    }
}
