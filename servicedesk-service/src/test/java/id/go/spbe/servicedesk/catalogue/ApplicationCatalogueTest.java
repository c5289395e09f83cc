package id.go.spbe.servicedesk.catalogue;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.servicedesk.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S1/A1: the desk's record of the register follows the newest event, and only applications in service are named. */
class ApplicationCatalogueTest {

    final Map<String, ApplicationReference> stored = new HashMap<>();

    ApplicationCatalogue catalogue() {
        ApplicationReferenceRepository repository = InMemoryRepository.of(ApplicationReferenceRepository.class, stored,
                ApplicationReference::id);
        return new ApplicationCatalogue(repository);
    }

    @Test
    void anOlderEventArrivingLateDoesNotBringADecommissionedApplicationBack_S1() {
        ApplicationCatalogue catalogue = catalogue();
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        catalogue.record("app", "SIMPUS", "DINKES", "ACTIVE", false, t);
        catalogue.record("app", "SIMPUS", "DINKES", "DECOMMISSIONED", true, t.plusSeconds(60));
        catalogue.record("app", "SIMPUS", "DINKES", "ACTIVE", false, t.plusSeconds(30)); // late redelivery
        assertThat(stored.get("app").decommissioned()).isTrue();
        assertThatThrownBy(() -> catalogue.requireInService("app"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S1"));
        assertThatThrownBy(() -> catalogue.requireInService("tidak-ada"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("tidak terdaftar");
        catalogue.record("baru", "SIPD", "BAPPEDA", "DRAFT", false, t);
        assertThat(catalogue.requireInService("baru").name()).isEqualTo("SIPD");
    }
}
