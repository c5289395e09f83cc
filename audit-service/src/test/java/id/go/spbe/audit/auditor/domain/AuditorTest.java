package id.go.spbe.audit.auditor.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditorTest {

    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    static final Decree DECREE = new Decree("800/12/KEP/2026", LocalDate.of(2026, 1, 15), null);

    static Auditor internal(String homeOpd) {
        return Auditor.register(new AuditorDetails(AuditorType.INTERNAL, "Budi", "budi", homeOpd, DECREE, null),
                "admin", NOW);
    }

    static Auditor external(LocalDate expiresOn) {
        return Auditor.register(new AuditorDetails(AuditorType.EXTERNAL_AUDITOR, "Rina", "rina", null, null,
                new Certificate("CISA-1", "ISACA", expiresOn)), "admin", NOW);
    }

    @Test
    void au3TheInternalTeamIsAppointedByDecreeAndHasAHomeOpd() {
        assertThatThrownBy(() -> Auditor.register(new AuditorDetails(AuditorType.INTERNAL, "Budi", "budi",
                "DISKOMINFO", null, null), "admin", NOW)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("AU3");
        assertThatThrownBy(() -> Auditor.register(new AuditorDetails(AuditorType.INTERNAL, "Budi", "budi", null,
                DECREE, null), "admin", NOW)).isInstanceOf(RuleViolationException.class);
        assertThat(internal("DISKOMINFO").raisedEvents()).singleElement()
                .isInstanceOf(AuditorEvents.AuditorRegistered.class);
    }

    @Test
    void au3ExternalAuditorsAndBodiesAreCertified() {
        for (AuditorType type : new AuditorType[] {AuditorType.EXTERNAL_AUDITOR, AuditorType.EXTERNAL_BODY}) {
            assertThatThrownBy(() -> Auditor.register(new AuditorDetails(type, "X", null, null, DECREE, null),
                    "admin", NOW)).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void au3ACertificateMustBeValidThroughTheLastDayOfTheAudit() {
        Auditor rina = external(LocalDate.of(2027, 3, 31));
        assertThat(rina.refusalFor("DINKES", LocalDate.of(2027, 3, 31))).isEmpty();
        assertThat(rina.refusalFor("DINKES", LocalDate.of(2027, 4, 1))).get().asString().contains("2027-03-31");
    }

    @Test
    void au3AnInternalAuditorIsNotIndependentOfTheirOwnOpd() {
        Auditor budi = internal("DINKES");
        assertThat(budi.refusalFor("DINKES", LocalDate.of(2027, 1, 1))).get().asString().contains("independen");
        assertThat(budi.refusalFor("DISDIK", LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void au3AnInactiveAuditorIsNotAssignedAndAnUnchangedUpdateWritesNothing() {
        Auditor budi = internal("DISKOMINFO");
        assertThat(budi.update(budi.details(), true, "admin", NOW)).isFalse();
        assertThat(budi.update(budi.details(), false, "admin", NOW)).isTrue();
        assertThat(budi.refusalFor("DISDIK", LocalDate.of(2027, 1, 1))).isPresent();
    }
}
