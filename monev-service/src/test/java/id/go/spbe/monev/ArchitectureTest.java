package id.go.spbe.monev;

import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void monevKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.monev");
    }
}
