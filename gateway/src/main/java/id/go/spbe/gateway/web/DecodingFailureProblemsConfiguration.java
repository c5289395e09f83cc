package id.go.spbe.gateway.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/** Installs {@link DecodingFailureProblemHandler} right after the HTTP codec of every connection. */
@Configuration(proxyBeanMethods = false)
class DecodingFailureProblemsConfiguration {

    @Bean
    NettyServerCustomizer decodingFailureProblems(JsonMapper json) {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, DecodingFailureProblemHandler.NAME,
                        new DecodingFailureProblemHandler(json));
            }
        });
    }
}
