package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void servicedeskKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.servicedesk");
    }
}
