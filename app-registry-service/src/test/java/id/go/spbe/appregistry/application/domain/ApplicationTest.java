package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    static final Set<ApplicationClass> BITUNG = EnumSet.of(ApplicationClass.UMUM,
            ApplicationClass.KHUSUS_BERBAGI_PAKAI, ApplicationClass.KHUSUS_PD);
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @Test
    void a1RegistrationRecordsTheRegionsOwnershipAndRaisesApplicationRegistered() {
        Application app = Application.register("SIMPEG", null, "BKPSDM", ApplicationClass.UMUM, null, BITUNG,
                "operator.bkpsdm", NOW);
        assertThat(app.ownershipStatement()).isEqualTo(Application.OWNERSHIP_STATEMENT);
        assertThat(app.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(app.raisedEvents()).singleElement().isInstanceOfSatisfying(ApplicationRegistered.class, e -> {
            assertThat(e.applicationId()).isEqualTo(app.id());
            assertThat(e.ownerOpd()).isEqualTo("BKPSDM");
            assertThat(e.registeredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a2KhususBerbagiPakaiNeedsAtLeastTwoUserOpds() {
        assertThatThrownBy(() -> Application.register("E-Office", null, "SETDA",
                ApplicationClass.KHUSUS_BERBAGI_PAKAI, List.of("SETDA"), BITUNG, "x", NOW))
                .isInstanceOf(RuleViolationException.class).extracting("obligation").isEqualTo("A2");
        Application shared = Application.register("E-Office", null, "SETDA", ApplicationClass.KHUSUS_BERBAGI_PAKAI,
                List.of("DINKES"), BITUNG, "x", NOW);
        assertThat(shared.userOpds()).containsExactly("SETDA", "DINKES");
    }

    @Test
    void a2AClassOutsideTheProfileIsRefused() {
        assertThatThrownBy(() -> Application.register("X", null, "DINKES", ApplicationClass.KHUSUS, null, BITUNG,
                "x", NOW)).isInstanceOf(RuleViolationException.class).extracting("obligation").isEqualTo("A2");
    }
}
