package id.go.spbe.gateway.web;

import id.go.spbe.gateway.problem.Problem;
import id.go.spbe.gateway.problem.RequestProblems;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives the answers Reactor Netty writes for requests its HTTP decoder could not read (a request line over
 * {@code server.netty.max-initial-line-length}: 414; headers over {@code server.max-http-request-header-size}:
 * 431; anything unparseable: 400) a problem body instead of none (issue 7, defect 15).
 *
 * <p>Those answers never reach Spring: Reactor Netty writes them itself, right after the codec. This handler sits
 * between the codec and Reactor Netty on every connection; it notes a request whose decoding failed, and fills
 * the empty response written for it. The limits stay where they are, and it also covers requests far beyond
 * any limit one could raise (which an application-level check behind raised limits would not).
 */
class DecodingFailureProblemHandler extends ChannelDuplexHandler {

    static final String NAME = "spbe.decodingFailureProblems";

    private final JsonMapper json;
    private Problem pending;

    DecodingFailureProblemHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
            pending = problemFor(request.decoderResult().cause());
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        Problem problem = pending;
        if (problem != null && msg instanceof FullHttpResponse response && response.content().readableBytes() == 0
                && response.status().code() == problem.status().value()) {
            pending = null;
            byte[] body = json.writeValueAsBytes(problem.toMembers());
            FullHttpResponse withBody = new DefaultFullHttpResponse(response.protocolVersion(), response.status(),
                    Unpooled.wrappedBuffer(body));
            withBody.headers().set(response.headers())
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            response.release();
            super.write(ctx, withBody, promise);
            return;
        }
        super.write(ctx, msg, promise);
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
