package id.go.spbe.registry.security;

import java.net.InetAddress;

/**
 * Refuses to start a registry that would face a network with the committed development password.
 *
 * <p>Why the bind address and not a profile name: the registry has no production profile to look for, and a
 * profile is easy to forget; the address is what actually decides who can reach it. Bound to loopback (the
 * default, and what dev/launcher sets) only processes on this machine can call it, which is the embedded run's
 * trust boundary anyway. Bound to anything else (SERVER_ADDRESS=0.0.0.0, a pod IP) it needs its own
 * EUREKA_PASSWORD, or it does not start.
 */
final class DevPasswordGuard {

    private DevPasswordGuard() {
    }

    static void check(RegistryCredentials credentials, InetAddress serverAddress) {
        if (!credentials.isDevDefault()) {
            return;
        }
        if (serverAddress == null || !serverAddress.isLoopbackAddress()) {
            throw new IllegalStateException("The service registry listens on "
                    + (serverAddress == null ? "all interfaces" : serverAddress.getHostAddress())
                    + " with the development password: set EUREKA_PASSWORD (spbe.registry.password) to a secret of"
                    + " this deployment, or bind it to the loopback interface (SERVER_ADDRESS=127.0.0.1)");
        }
    }
}
