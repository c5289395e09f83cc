package id.go.spbe.servicedesk.sites;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.servicedesk.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S1/N1: the desk's record of the sites follows the newest event, and a ticket names only a site of its own OPD. */
class SiteCatalogueTest {

    final Map<String, SiteReference> stored = new HashMap<>();

    SiteCatalogue catalogue() {
        SiteReferenceRepository repository = InMemoryRepository.of(SiteReferenceRepository.class, stored,
                SiteReference::id);
        return new SiteCatalogue(repository, null);
    }

    @Test
    void anOlderSiteEventArrivingLateDoesNotUndoARename_S1() {
        SiteCatalogue catalogue = catalogue();
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        catalogue.record("s1", "DINKES", "Puskesmas Curup", "Jl. A", t);
        catalogue.record("s1", "DINKES", "Puskesmas Curup Kota", "Jl. B", t.plusSeconds(60));
        catalogue.record("s1", "DINKES", "Puskesmas Curup", "Jl. A", t.plusSeconds(30)); // late redelivery
        assertThat(stored.get("s1").name()).isEqualTo("Puskesmas Curup Kota");
        assertThat(catalogue.requireOfOpd("s1", "DINKES").address()).isEqualTo("Jl. B");
    }

    @Test
    void aTicketNamesOnlyARegisteredSiteOfItsOwnOpd_S1() {
        SiteCatalogue catalogue = catalogue();
        catalogue.record("s1", "DINKES", "Puskesmas Curup", null, Instant.parse("2026-11-01T00:00:00Z"));
        assertThatThrownBy(() -> catalogue.requireOfOpd("s1", "DISDIK"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S1"));
        assertThatThrownBy(() -> catalogue.requireOfOpd("tidak-ada", "DINKES"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S1"));
    }
}
