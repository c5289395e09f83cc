package id.go.spbe.gateway.web;

import id.go.spbe.gateway.support.GatewayIntegrationTest;
import id.go.spbe.gateway.support.RawHttp;
import id.go.spbe.gateway.support.RawHttp.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's connection is closed after each answer (KeepAliveConfiguration: Reactor Netty 1.3.6 can stall a
 * keep-alive connection for good). The request asks to keep the connection; were it kept, reading the answer to
 * its end would time out instead.
 */
class KeepAliveTest extends GatewayIntegrationTest {

    @Test
    void everyAnswerClosesTheClientConnectionEvenWhenTheClientAsksToKeepIt() {
        Response response = RawHttp.exchange(port, ("GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Connection")).isEqualToIgnoringCase("close");
    }
}
