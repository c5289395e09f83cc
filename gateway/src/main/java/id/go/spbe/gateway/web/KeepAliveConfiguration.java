package id.go.spbe.gateway.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Client connections to the gateway are not kept alive ({@code Connection: close} on every answer) unless
 * {@code spbe.gateway.http.keep-alive=true}.
 *
 * <p>Why: Reactor Netty 1.3.6 (the version Spring Boot 4.0.7 brings; the fixed releases are not served to our build)
 * can stop reading a keep-alive connection when the browser's next request arrives before the previous exchange has
 * finished on the server: the request is buffered and never dispatched, and no idle timeout reaps the connection
 * (reactor/reactor-netty#4347, #4361). In the browser tests with all services on two cores, a script chunk or an
 * API call then stayed open for minutes with no thread busy in the gateway, and the screen never loaded. A fresh
 * connection per request costs a TCP handshake on a short hop (ingress or loopback to the gateway), and the
 * gateway's own pooled connections to the services are untouched. Turn keep-alive back on once Reactor Netty is
 * upgraded past the fix.
 */
@Configuration(proxyBeanMethods = false)
class KeepAliveConfiguration {

    static final String PROPERTY = "spbe.gateway.http.keep-alive";

    @Bean
    NettyServerCustomizer clientKeepAlive(Environment environment) {
        boolean keepAlive = environment.getProperty(PROPERTY, Boolean.class, false);
        // One request per connection: Reactor Netty then answers with Connection: close and never buffers a next one.
        return server -> keepAlive ? server : server.maxKeepAliveRequests(1);
    }
}
