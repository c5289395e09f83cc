package id.go.spbe.dev.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakRealmPortsTest {

    @Test
    void theBrowserClientMayReturnToAGatewayOnAnotherPort() throws Exception {
        String realm = Files.readString(Path.of("../keycloak/spbe-realm.json"));
        String moved = KeycloakInstaller.forGatewayPort(realm, 18080);
        assertThat(moved).contains("\"http://127.0.0.1:18080/*\"", "\"http://localhost:18080\"")
                .doesNotContain("127.0.0.1:8080").doesNotContain("localhost:8080")
                .contains("http://127.0.0.1:5173/*"); // the Vite dev server keeps its own port
        assertThat(KeycloakInstaller.forGatewayPort(realm, 8080)).isEqualTo(realm);
    }
}
