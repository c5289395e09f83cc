package id.go.spbe.servicedesk.catalogue;

import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S1/A1: the desk's record of the register follows the newest event, and only applications in service are named. */
class ApplicationCatalogueTest {

    final Map<String, ApplicationReference> stored = new HashMap<>();

    ApplicationCatalogue catalogue() {
        ApplicationReferenceRepository repository = (ApplicationReferenceRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ApplicationReferenceRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(stored.get((String) args[0]));
                    case "save" -> {
                        ApplicationReference r = (ApplicationReference) args[0];
                        stored.put(r.id(), r);
                        yield r;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
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
