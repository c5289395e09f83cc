package id.go.spbe.appregistry.subdomain.domain;

import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainAllocated;
import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainRefused;
import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainReleased;
import id.go.spbe.appregistry.subdomain.domain.SubdomainEvents.SubdomainRequested;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubdomainTest {

    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    static final SubdomainName SIMPUS = SubdomainName.parse("simpus", "rejanglebongkab.go.id");
    static final Assignment FOR_SIMPUS = new Assignment(SubdomainPurpose.APLIKASI, "app-1", "DINKES");

    @Test
    void a10DinasAllocatesANameDirectlyAsItsFirstGeneration() {
        Subdomain s = Subdomain.allocate(SIMPUS, FOR_SIMPUS, "admin.dinas", NOW);
        assertThat(s.fqdn()).isEqualTo("simpus.rejanglebongkab.go.id");
        assertThat(s.status()).isEqualTo(SubdomainStatus.ALLOCATED);
        assertThat(s.generation()).isEqualTo(1);
        assertThat(s.allocatedBy()).isEqualTo("admin.dinas");
        assertThat(s.requestedBy()).isNull();
        assertThat(s.raisedEvents()).singleElement().isInstanceOfSatisfying(SubdomainAllocated.class, e -> {
            assertThat(e.aggregateId()).isEqualTo("simpus.rejanglebongkab.go.id");
            assertThat(e.opdCode()).isEqualTo("DINKES");
            assertThat(e.applicationId()).isEqualTo("app-1");
            assertThat(e.generation()).isEqualTo(1);
        });
    }

    @Test
    void a10AnOpdRequestsAndDinasAllocatesOrRefuses() {
        Subdomain granted = Subdomain.request(SIMPUS, FOR_SIMPUS, "operator.dinkes", NOW);
        assertThat(granted.status()).isEqualTo(SubdomainStatus.REQUESTED);
        assertThat(granted.status().holdsName()).isTrue();
        granted.allocateRequested("admin.dinas", NOW.plusSeconds(60));
        assertThat(granted.status()).isEqualTo(SubdomainStatus.ALLOCATED);
        assertThat(granted.requestedBy()).isEqualTo("operator.dinkes");
        assertThat(granted.allocatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(granted.raisedEvents()).extracting(Object::getClass)
                .containsExactly(SubdomainRequested.class, SubdomainAllocated.class);

        Subdomain refused = Subdomain.request(SIMPUS, FOR_SIMPUS, "operator.dinkes", NOW);
        refused.refuse("admin.dinas", "  Nama terlalu umum  ", NOW);
        assertThat(refused.status()).isEqualTo(SubdomainStatus.REFUSED);
        assertThat(refused.status().holdsName()).isFalse();
        assertThat(refused.refusalReason()).isEqualTo("Nama terlalu umum");
        assertThat(refused.raisedEvents()).last().isInstanceOf(SubdomainRefused.class);
        assertThatThrownBy(() -> refused.allocateRequested("admin.dinas", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void a10AHeldNameCannotBeTakenAgainButAReleasedOneStartsTheNextGeneration() {
        Subdomain s = Subdomain.allocate(SIMPUS, FOR_SIMPUS, "admin.dinas", NOW);
        Assignment other = new Assignment(SubdomainPurpose.SITUS_OPD, null, "DISDIK");
        assertThatThrownBy(() -> s.allocateAgain(other, "admin.dinas", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> s.requestAgain(other, "operator.disdik", NOW))
                .isInstanceOf(StateConflictException.class);

        s.release("operator.dinkes", "Aplikasi dipindah", NOW.plusSeconds(10));
        assertThat(s.status()).isEqualTo(SubdomainStatus.RELEASED);
        assertThat(s.raisedEvents()).last().isInstanceOfSatisfying(SubdomainReleased.class,
                e -> assertThat(e.reason()).isEqualTo("Aplikasi dipindah"));
        assertThatThrownBy(() -> s.release("admin.dinas", "lagi", NOW)).isInstanceOf(StateConflictException.class);

        s.requestAgain(other, "operator.disdik", NOW.plusSeconds(20));
        assertThat(s.generation()).isEqualTo(2);
        assertThat(s.ownerOpd()).isEqualTo("DISDIK");
        assertThat(s.applicationId()).isNull();
        assertThat(s.releasedBy()).as("the previous generation's fields are cleared; history keeps them").isNull();
        assertThat(s.raisedEvents()).last().isInstanceOfSatisfying(SubdomainRequested.class,
                e -> assertThat(e.generation()).isEqualTo(2));
    }

    @Test
    void a1AnApplicationPurposeNeedsARegisteredApplication() {
        assertThatThrownBy(() -> Subdomain.allocate(SIMPUS, new Assignment(SubdomainPurpose.APLIKASI, null, "DINKES"),
                "admin.dinas", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("A1"));
        assertThatThrownBy(() -> Subdomain.request(SIMPUS,
                new Assignment(SubdomainPurpose.LAYANAN_API, null, "DINKES"), "operator.dinkes", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("A1"));
        Subdomain website = Subdomain.allocate(SIMPUS, new Assignment(SubdomainPurpose.SITUS_OPD, null, "DINKES"),
                "admin.dinas", NOW);
        assertThat(website.applicationId()).isNull();
    }

    @Test
    void releasingAndRefusingNeedAReason() {
        Subdomain s = Subdomain.allocate(SIMPUS, FOR_SIMPUS, "admin.dinas", NOW);
        assertThatThrownBy(() -> s.release("admin.dinas", " ", NOW)).isInstanceOf(RuleViolationException.class);
        assertThat(s.status()).isEqualTo(SubdomainStatus.ALLOCATED);
        assertThat(s.raisedEvents()).hasSize(1);
        Subdomain requested = Subdomain.request(SIMPUS, FOR_SIMPUS, "operator.dinkes", NOW);
        assertThatThrownBy(() -> requested.refuse("admin.dinas", null, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(requested.status()).isEqualTo(SubdomainStatus.REQUESTED);
    }
}
