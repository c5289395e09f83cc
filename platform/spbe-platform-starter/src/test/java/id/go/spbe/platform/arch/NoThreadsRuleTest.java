package id.go.spbe.platform.arch;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.go.spbe.platform.rogue.HandMadeWorker;
import id.go.spbe.platform.test.arch.SpbeArchitecture;
import id.go.spbe.platform.testapp.Widget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The architecture rule that keeps threads out of services (issue 7, scheduling seam). */
class NoThreadsRuleTest {

    @Test
    void aServiceThatStartsItsOwnThreadOrExecutorBreaksTheRule() {
        var classes = new ClassFileImporter().importClasses(HandMadeWorker.class);
        assertThatThrownBy(() -> SpbeArchitecture.noThreadsOfTheirOwn("id.go.spbe.platform.rogue").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Thread.<init>").hasMessageContaining("Executors.newFixedThreadPool");
    }

    @Test
    void aServiceWithoutThreadsOfItsOwnKeepsIt() {
        var classes = new ClassFileImporter().importClasses(Widget.class);
        assertThatCode(() -> SpbeArchitecture.noThreadsOfTheirOwn("id.go.spbe.platform.testapp").check(classes))
                .doesNotThrowAnyException();
    }
}
