package id.go.spbe.datacenter;

import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void datacenterKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.datacenter");
    }
}
