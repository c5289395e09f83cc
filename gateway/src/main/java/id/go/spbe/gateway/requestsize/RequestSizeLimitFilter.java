package id.go.spbe.gateway.requestsize;

import id.go.spbe.gateway.problem.ProblemWriter;
import id.go.spbe.gateway.problem.RequestProblems;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enforces a route's request-size limits before anything is forwarded (issue 7, defect 2: a 60 MB upload
 * streamed through to a service that closed the connection at its limit came back as a 503, sometimes, instead
 * of a 413).
 * <ul>
 *   <li>A declared {@code Content-Length} over the limit is answered 413 at once.</li>
 *   <li>A chunked body (no length declared) is read up to the limit first and forwarded only if it ends within
 *       it, so the service never sees the start of a body that will turn out too large. At most the route's
 *       limit is held in memory per request; uploads with a length, which browsers and HTTP clients send for
 *       files, stream through untouched.</li>
 * </ul>
 * Runs after the rate limit and before the circuit breaker: a refused body never counts as a service failure.
 */
public class RequestSizeLimitFilter implements GatewayFilter, Ordered {

    /** After the rate limit (-10), before the circuit breaker (0). */
    static final int ORDER = -5;

    private final RequestSizeLimits limits;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(RequestSizeLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limits.limitFor(request.getPath().pathWithinApplication());
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0 || request.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING) == null) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .map(Buffered::copyOf)
                .defaultIfEmpty(Buffered.EMPTY)
                .onErrorResume(DataBufferLimitException.class, tooMuch -> Mono.just(Buffered.TOO_LARGE))
                .flatMap(buffered -> buffered.tooLarge()
                        ? tooLarge(exchange, limit)
                        : chain.filter(exchange.mutate().request(new BufferedRequest(request, buffered.body()))
                                .build()));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        // the unread rest of the body is not wanted: the connection is not reused after this answer
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return problems.write(exchange, RequestProblems.payloadTooLarge(limit, readable(limit),
                ProblemWriter.instanceOf(exchange)));
    }

    private static String readable(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " byte";
    }

    /**
     * A chunked body read completely (within the limit), or the marker that it was too large. The body is copied
     * to the heap and the pooled buffers released at once, so nothing leaks when the request never gets forwarded
     * (an open circuit breaker, a client that went away).
     */
    private record Buffered(byte[] body, boolean tooLarge) {
        static final Buffered EMPTY = new Buffered(new byte[0], false);
        static final Buffered TOO_LARGE = new Buffered(new byte[0], true);

        static Buffered copyOf(DataBuffer joined) {
            try {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                return new Buffered(bytes, false);
            } finally {
                DataBufferUtils.release(joined);
            }
        }
    }

    /** The request with its body already read: forwarded with a {@code Content-Length} instead of chunks. */
    private static final class BufferedRequest extends ServerHttpRequestDecorator {

        private final byte[] body;
        private final HttpHeaders headers;

        BufferedRequest(ServerHttpRequest delegate, byte[] body) {
            super(delegate);
            this.body = body;
            this.headers = HttpHeaders.copyOf(delegate.getHeaders());
            this.headers.remove(HttpHeaders.TRANSFER_ENCODING);
            this.headers.setContentLength(body.length);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return body.length == 0 ? Flux.empty()
                    : Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
        }
    }
}
