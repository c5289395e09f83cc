package id.go.spbe.audit;

import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void auditKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.audit");
    }
}
