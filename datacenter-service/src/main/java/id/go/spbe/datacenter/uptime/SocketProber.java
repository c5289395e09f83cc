package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Probes with real sockets: a TCP target is up when it accepts a connection within the connect timeout; an HTTP(S)
 * target when it answers below 400 within connect + read timeout. Redirects are not followed (a 3xx is an answer,
 * and following would reach hosts nobody configured); certificates are checked as the JVM checks them.
 */
@Component
class SocketProber implements Prober {

    private final UptimeProperties properties;
    private final HttpClient http;

    SocketProber(UptimeProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        long start = System.nanoTime();
        try {
            return target.protocol() == ProbeTarget.Protocol.TCP ? tcp(target, start) : http(target, start);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return ProbeResult.down(elapsed(start), null, "probe interrupted");
        } catch (HttpTimeoutException timeout) {
            return ProbeResult.down(elapsed(start), null, "timeout: " + timeout.getMessage());
        } catch (IOException | RuntimeException unreachable) {
            return ProbeResult.down(elapsed(start), null, unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage()));
        }
    }

    private ProbeResult tcp(ProbeTarget target, long start) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.host(), target.port()),
                    (int) properties.connectTimeout().toMillis());
            return ProbeResult.up(elapsed(start), null);
        }
    }

    private ProbeResult http(ProbeTarget target, long start) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.uri()))
                .timeout(properties.connectTimeout().plus(properties.readTimeout()))
                .header("User-Agent", "spbe-datacenter-uptime/1").GET().build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        return status < 400 ? ProbeResult.up(elapsed(start), status)
                : ProbeResult.down(elapsed(start), status, "HTTP " + status);
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
