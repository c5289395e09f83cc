package id.go.spbe.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Honours {@code Idempotency-Key} on every POST of an authenticated caller (defect 11 of issue 7: the gateway tells
 * clients to resend with the same key after a 503), with no code in controllers:
 * <ul>
 * <li>same caller, same key, same request (method, path, body) after the first finished: the first response is
 * replayed (status, Location, ETag, Content-Type, body) with {@code Idempotent-Replayed: true};</li>
 * <li>same key, different request: 422 problem; while the first is still running: 409 problem;</li>
 * <li>a first answer of 5xx (or an exception) is not kept, so the client can retry;</li>
 * <li>keys are scoped per caller (token subject, else the client id) and kept for 24 h.</li>
 * </ul>
 * Runs after Spring Security, so anonymous and unauthorized requests never reserve a key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final URI KEY_REUSED = URI.create("https://spbe.github.io/problems/idempotency-key-reused");
    public static final URI KEY_IN_FLIGHT = URI.create("https://spbe.github.io/problems/idempotency-key-in-flight");
    public static final URI KEY_INVALID = URI.create("https://spbe.github.io/problems/validation");
    public static final URI BODY_TOO_LARGE = URI.create("https://spbe.github.io/problems/payload-too-large");

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LOCATION, HttpHeaders.LAST_MODIFIED);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotencyFilter(MongoTemplate mongo, JsonMapper json, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = caller();
        if (caller == null) {
            chain.doFilter(request, response); // public endpoint: nobody to scope the key to
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            problem(response, HttpStatus.BAD_REQUEST, KEY_INVALID, "Idempotency-Key tidak sah",
                    "Idempotency-Key harus 1 sampai 255 karakter ASCII yang terlihat.", request);
            return;
        }
        HttpServletRequest body;
        String bodyHash;
        if (isMultipart(request)) {
            bodyHash = partsHash(request);
            if (bodyHash == null) {
                chain.doFilter(request, response); // unreadable upload: the normal path answers its 400/413
                return;
            }
            body = request;
        } else {
            byte[] bytes = request.getInputStream().readNBytes((int) properties.maxBodySize().toBytes() + 1);
            if (bytes.length > properties.maxBodySize().toBytes()) {
                problem(response, HttpStatus.PAYLOAD_TOO_LARGE, BODY_TOO_LARGE, "Payload Too Large",
                        "Permintaan dengan Idempotency-Key paling besar " + properties.maxBodySize() + ".", request);
                return;
            }
            bodyHash = sha256(bytes);
            body = new CachedBodyRequest(request, bytes);
        }
        String path = request.getRequestURI();
        String id = sha256((caller + '\u0000' + key).getBytes(StandardCharsets.UTF_8));
        IdempotentRequest existing = reserve(id, caller, key, path, bodyHash);
        if (existing != null) {
            answerRepeat(existing, path, bodyHash, request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(body, captured);
            completed = true;
        } finally {
            if (completed && captured.getStatus() < 500) {
                complete(id, captured);
            } else {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotentRequest.class);
            }
            captured.copyBodyToResponse();
        }
    }

    /** Inserts the in-flight marker; returns the existing entry if the key is taken (by a live request). */
    private IdempotentRequest reserve(String id, String caller, String key, String path, String bodyHash) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                mongo.insert(new IdempotentRequest(id, caller, key, "POST", path, bodyHash,
                        IdempotentRequest.State.IN_FLIGHT, 0, null, null, now, now.plus(properties.retention())));
                return null;
            } catch (DuplicateKeyException taken) {
                IdempotentRequest existing = mongo.findById(id, IdempotentRequest.class);
                if (existing == null) {
                    continue; // the first request failed and released it meanwhile
                }
                boolean expired = !existing.expiresAt().isAfter(now);
                boolean abandoned = existing.state() == IdempotentRequest.State.IN_FLIGHT
                        && existing.createdAt().plus(properties.inFlightTimeout()).isBefore(now);
                if (!expired && !abandoned) {
                    return existing;
                }
                // The TTL monitor runs once a minute, and an instance may die mid-request: take the key over.
                mongo.remove(Query.query(Criteria.where("_id").is(id).and("createdAt").is(existing.createdAt())),
                        IdempotentRequest.class);
            }
        }
        return mongo.findById(id, IdempotentRequest.class);
    }

    private void answerRepeat(IdempotentRequest existing, String path, String bodyHash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!existing.sameRequest("POST", path, bodyHash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, KEY_REUSED, "Idempotency-Key dipakai ulang",
                    "Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru.", request);
        } else if (existing.state() == IdempotentRequest.State.IN_FLIGHT) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(response, HttpStatus.CONFLICT, KEY_IN_FLIGHT, "Permintaan masih diproses",
                    "Permintaan pertama dengan Idempotency-Key ini masih diproses; ulangi sebentar lagi.", request);
        } else {
            log.debug("Replaying the response to Idempotency-Key {} of {}", existing.key(), existing.caller());
            response.setStatus(existing.status());
            existing.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setHeader(REPLAYED_HEADER, "true");
            if (existing.body() != null && existing.body().length > 0) {
                response.setContentLength(existing.body().length);
                response.getOutputStream().write(existing.body());
            }
        }
    }

    private void complete(String id, ContentCachingResponseWrapper captured) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            List<String> values = List.copyOf(captured.getHeaders(name));
            if (!values.isEmpty()) {
                headers.put(name, values);
            }
        }
        if (!headers.containsKey(HttpHeaders.CONTENT_TYPE) && captured.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(captured.getContentType()));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("state", IdempotentRequest.State.COMPLETED).set("status", captured.getStatus())
                        .set("headers", headers).set("body", captured.getContentAsByteArray()),
                IdempotentRequest.class);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return null;
        }
        String subject = token.getToken().getSubject();
        return subject != null ? subject : token.getToken().getClaimAsString("azp");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** Hash over the parts (names, file names, types, bytes); {@code null} if the upload cannot be read. */
    private static String partsHash(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Part part : request.getParts()) {
                digest.update((part.getName() + '\u0000' + part.getSubmittedFileName() + '\u0000'
                        + part.getContentType() + '\u0000').getBytes(StandardCharsets.UTF_8));
                try (InputStream in = part.getInputStream()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | ServletException | IllegalStateException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
            HttpServletRequest request) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** Serves the already-read body again to the rest of the chain. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The whole body is already in memory: it is available at once and then complete.
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
