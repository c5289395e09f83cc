package id.go.spbe.gateway.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/** Installs {@link UnreadableRequestProblemHandler} right after the HTTP codec of every connection. */
@Configuration(proxyBeanMethods = false)
class UnreadableRequestProblemsConfiguration {

    @Bean
    NettyServerCustomizer unreadableRequestProblems(JsonMapper json) {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, UnreadableRequestProblemHandler.NAME,
                        new UnreadableRequestProblemHandler(json));
            }
        });
    }
}
