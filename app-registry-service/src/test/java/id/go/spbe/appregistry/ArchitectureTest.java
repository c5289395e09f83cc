package id.go.spbe.appregistry;

import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void appRegistryKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.appregistry");
    }
}
