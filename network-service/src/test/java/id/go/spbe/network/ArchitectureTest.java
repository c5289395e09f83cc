package id.go.spbe.network;

import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void networkKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.network");
    }
}
