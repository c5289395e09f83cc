package id.go.spbe.registry.security;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DevPasswordGuardTest {

    private static final RegistryCredentials DEV = new RegistryCredentials("spbe-registry",
            RegistryCredentials.DEV_PASSWORD);

    @Test
    void theDevelopmentPasswordIsAcceptedOnTheLoopbackInterface() throws Exception {
        assertThatCode(() -> DevPasswordGuard.check(DEV, InetAddress.getByName("127.0.0.1"))).doesNotThrowAnyException();
        assertThatCode(() -> DevPasswordGuard.check(DEV, InetAddress.getByName("::1"))).doesNotThrowAnyException();
    }

    @Test
    void theDevelopmentPasswordOnAllInterfacesOrANetworkAddressStopsTheRegistryNamingTheSetting() throws Exception {
        assertThatIllegalStateException().isThrownBy(() -> DevPasswordGuard.check(DEV, null))
                .withMessageContaining("EUREKA_PASSWORD").withMessageContaining("all interfaces");
        assertThatIllegalStateException()
                .isThrownBy(() -> DevPasswordGuard.check(DEV, InetAddress.getByName("10.1.2.3")))
                .withMessageContaining("10.1.2.3");
    }

    @Test
    void aDeploymentPasswordMayListenAnywhere() {
        assertThatCode(() -> DevPasswordGuard.check(new RegistryCredentials("spbe-registry", "a-real-secret"), null))
                .doesNotThrowAnyException();
    }
}
