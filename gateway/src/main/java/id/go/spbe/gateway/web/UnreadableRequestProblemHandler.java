package id.go.spbe.gateway.web;

import id.go.spbe.gateway.problem.Problem;
import id.go.spbe.gateway.problem.RequestProblems;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;

/**
 * Answers requests that never reach Spring's handlers with a problem instead of an empty body (issue 7,
 * defects 3 and 15). Two kinds are refused below Spring, on the connection itself:
 * <ul>
 *   <li>Requests Reactor Netty's HTTP decoder could not read: a request line over
 *       {@code server.netty.max-initial-line-length} (414), headers over
 *       {@code server.max-http-request-header-size} (431), anything unparseable (400). Reactor Netty writes the
 *       empty answer itself, right after the codec; this handler notes the failure and fills that answer.</li>
 *   <li>Request targets that are not a valid URI ({@code ?q=%zz}, a raw space or quote): Spring's Reactor Netty
 *       adapter cannot build the request's URI and answers an empty 400. This handler answers them first.</li>
 * </ul>
 * It sits between the codec and Reactor Netty on every connection. The limits stay what they are, and it covers
 * requests far beyond any limit one could raise, which an application-level check behind raised limits would not.
 */
class UnreadableRequestProblemHandler extends ChannelDuplexHandler {

    static final String NAME = "spbe.unreadableRequestProblems";

    private final JsonMapper json;
    /** How long a refused connection keeps reading (and dropping) what the client still sends before it closes. */
    static final long LINGER_MILLIS = 2_000;

    private Problem pending;
    private boolean discarding;
    private boolean answered;
    private boolean lingering;

    UnreadableRequestProblemHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (lingering) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (discarding) {
            discarding = !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                pending = problemFor(request.decoderResult().cause());
            } else if (!isUri(request.uri())) {
                discarding = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                answerAndClose(ctx, RequestProblems.invalidUri());
                return;
            }
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        Problem problem = pending;
        if (problem != null && msg instanceof FullHttpResponse response && response.content().readableBytes() == 0
                && response.status().code() == problem.status().value()) {
            pending = null;
            answered = true;
            FullHttpResponse withBody = withBody(response.protocolVersion(), response.status(), problem);
            withBody.headers().add(response.headers()).set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, withBody.content().readableBytes());
            response.release();
            super.write(ctx, withBody, promise);
            return;
        }
        super.write(ctx, msg, promise);
    }

    /**
     * Closing a socket with unread input makes the kernel send a reset, which can reach the client before it has read
     * the problem (a 200 KB request line refused after 4 KB). After answering an unreadable request the connection
     * therefore closes only its output, drops whatever still arrives, and closes for good when the client has closed
     * its side or after {@link #LINGER_MILLIS}.
     */
    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
        if (answered && !lingering && ctx.channel() instanceof DuplexChannel duplex && duplex.isActive()) {
            lingering = true;
            duplex.shutdownOutput().addListener(done -> ctx.executor()
                    .schedule(() -> ctx.close(promise), LINGER_MILLIS, TimeUnit.MILLISECONDS));
            return;
        }
        super.close(ctx, promise);
    }

    private void answerAndClose(ChannelHandlerContext ctx, Problem problem) {
        answered = true;
        FullHttpResponse response = withBody(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(problem.status().value()),
                problem);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private FullHttpResponse withBody(HttpVersion version, HttpResponseStatus status, Problem problem) {
        return new DefaultFullHttpResponse(version, status, Unpooled.wrappedBuffer(json.writeValueAsBytes(
                problem.toMembers())));
    }

    /** What Spring's adapter needs to build the request URI from the request target. */
    static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The same status Reactor Netty chooses for the failure, with its problem. */
    static Problem problemFor(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return RequestProblems.uriTooLong();
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return RequestProblems.headersTooLarge();
        }
        return RequestProblems.malformed();
    }
}
