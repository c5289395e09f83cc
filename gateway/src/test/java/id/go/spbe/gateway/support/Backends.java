package id.go.spbe.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The services behind the gateway in tests, started once per JVM and reached only through the static discovery
 * instances (Eureka is off). Each service plays one part:
 * <ul>
 *   <li>app-registry, datacenter, network, monev: healthy stubs that record what they receive (network also
 *       fails POSTs to {@code .../fails}, monev is slow (3 s) on {@code .../slow} and
 *       {@code .../slow/report.pdf});</li>
 *   <li>servicedesk: reads each request and resets the connection;</li>
 *   <li>audit: down (nothing listens on its port).</li>
 * </ul>
 */
public final class Backends {

    public static final StubService APP_REGISTRY = StubService.start("app-registry-service");
    public static final StubService DATACENTER = StubService.start("datacenter-service");
    public static final StubService NETWORK = StubService.start("network-service");
    public static final StubService MONEV = StubService.start("monev-service");
    public static final DroppingService SERVICEDESK = DroppingService.start();
    public static final String AUDIT_DOWN_URI = "http://127.0.0.1:" + closedPort();

    private Backends() {
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
