package id.go.spbe.platform.security;

import id.go.spbe.platform.domain.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one OPD scope decision (SEC1) every service uses instead of its own copy. */
class CallerScopeTest {

    static final Caller OPERATOR = new Caller("s1", "operator.dinkes", "DINKES", Set.of(Roles.OPD_OPERATOR), false);
    static final Caller NO_OPD = new Caller("s2", "agent", null, Set.of(Roles.TIER1_AGENT), false);
    static final Caller DINAS = new Caller("s3", "admin", "DISKOMINFO", Set.of(Roles.DINAS_ADMIN), true);
    static final Caller AUDITOR = new Caller("s4", "auditor", null, Set.of(Roles.AUDITOR), true);

    record Record(String id, String opd) {
    }

    @Test
    void aListCoversTheCallersOwnOpdAndAnotherOpdIsA403WhetherOrNotItExists() {
        assertThat(OPERATOR.listScope(null)).isEqualTo("DINKES");
        assertThat(OPERATOR.listScope("DINKES")).isEqualTo("DINKES");
        assertThatThrownBy(() -> OPERATOR.listScope("DISDIK")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OPERATOR.listScope("NO-SUCH-OPD")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> NO_OPD.listScope(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(DINAS.listScope(null)).isNull();
        assertThat(AUDITOR.listScope("DISDIK")).isEqualTo("DISDIK");
    }

    @Test
    void anotherOpdsRecordIsNotVisibleAndAnswersAsNotFound() {
        Optional<Record> disdik = Optional.of(new Record("r1", "DISDIK"));
        assertThat(OPERATOR.visible(disdik, Record::opd)).isEmpty();
        assertThat(AUDITOR.visible(disdik, Record::opd)).isPresent();
        assertThatThrownBy(() -> OPERATOR.requireVisible("DISDIK", "Catatan", "r1"))
                .isInstanceOf(NotFoundException.class).hasMessageNotContaining("DISDIK");
    }

    @Test
    void onlyDinasActsForEveryOpdRegionWideReadersDoNot() {
        assertThatCode(() -> OPERATOR.requireActsFor("DINKES")).doesNotThrowAnyException();
        assertThatThrownBy(() -> OPERATOR.requireActsFor("DISDIK")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AUDITOR.requireActsFor("DISDIK")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> NO_OPD.requireActsFor(null)).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> DINAS.requireActsFor("DISDIK")).doesNotThrowAnyException();
    }

    @Test
    void documentsNameThePersonByTheTokensFullNameAndFallBackToTheUsername() {
        Caller named = new Caller("s5", "sekda", null, Set.of(Roles.COORDINATOR), true, "Ir. Audy Pangemanan");
        assertThat(named.displayName()).isEqualTo("Ir. Audy Pangemanan");
        assertThat(OPERATOR.fullName()).isNull();
        assertThat(OPERATOR.displayName()).isEqualTo("operator.dinkes");
    }
}
