package id.go.spbe.datacenter.site.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data center's own rules (D1, D9), without Spring. */
class DataCenterTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    static final Capacity CAPACITY = new Capacity(100, 400, 10_000, 42, 10.0, 3.0, 1.5);

    static DataCenterDetails details(SiteRole role, List<UpstreamLink> links, List<DrTarget> targets) {
        return new DataCenterDetails("Pusat Data", role, null, CAPACITY, links, targets);
    }

    @Test
    void d1OvercommitMultipliesOnlyCpuAndMemoryAndIsNeverBelowOne() {
        assertThat(CAPACITY.allocatableVcpu()).isEqualTo(300);
        assertThat(CAPACITY.allocatableRamGib()).isEqualTo(600);
        assertThatThrownBy(() -> new Capacity(1, 1, 1, 1, 1, 0.5, 1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void d1EachUpstreamIsLinkedOnce() {
        UpstreamLink province = new UpstreamLink(UpstreamLink.Upstream.PROVINCIAL, "Prov", UpstreamLink.LinkStatus
                .CONNECTED, null, null, null);
        assertThatThrownBy(() -> DataCenter.register("PD", details(SiteRole.MAIN, List.of(province, province),
                null), Set.of(), "admin", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void d9DrTargetsLiveOnTheMainSiteAndNameADisasterRecoverySiteOncePerSystem() {
        DrTarget simpus = new DrTarget(DrTarget.SystemKind.APPLICATION, "app-1", "SIMPUS", 60, 240, "PD-DR");
        assertThatThrownBy(() -> DataCenter.register("PD-DR2", details(SiteRole.DISASTER_RECOVERY, null,
                List.of(simpus)), Set.of("PD-DR"), "admin", NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> DataCenter.register("PD", details(SiteRole.MAIN, null, List.of(simpus)), Set.of(),
                "admin", NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> DataCenter.register("PD", details(SiteRole.MAIN, null, List.of(simpus, simpus)),
                Set.of("PD-DR"), "admin", NOW)).isInstanceOf(RuleViolationException.class);
        DataCenter main = DataCenter.register("PD", details(SiteRole.MAIN, null, List.of(simpus)), Set.of("PD-DR"),
                "admin", NOW);
        assertThat(main.drTargets()).containsExactly(simpus);
        assertThat(main.update(details(SiteRole.MAIN, null, List.of(simpus)), Set.of("PD-DR"), "admin", NOW))
                .as("nothing changed: no event").isFalse();
        assertThat(main.raisedEvents()).hasSize(1);
    }

    @Test
    void d1ALinkStatusChangesOnlyForARecordedLinkAndOnlyToAnotherStatus() {
        UpstreamLink national = new UpstreamLink(UpstreamLink.Upstream.NATIONAL, "PDN", UpstreamLink.LinkStatus
                .PLANNED, null, "rencana 2027", null);
        DataCenter dc = DataCenter.register("PD", details(SiteRole.MAIN, List.of(national), null), Set.of(), "admin",
                NOW);
        assertThatThrownBy(() -> dc.recordLinkStatus(UpstreamLink.Upstream.PROVINCIAL, UpstreamLink.LinkStatus
                .CONNECTED, null, "admin", NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> dc.recordLinkStatus(UpstreamLink.Upstream.NATIONAL, UpstreamLink.LinkStatus
                .PLANNED, null, "admin", NOW)).isInstanceOf(StateConflictException.class);
        dc.recordLinkStatus(UpstreamLink.Upstream.NATIONAL, UpstreamLink.LinkStatus.CONNECTED, null, "admin", NOW);
        assertThat(dc.links().get(0).status()).isEqualTo(UpstreamLink.LinkStatus.CONNECTED);
        assertThat(dc.links().get(0).note()).as("kept when none is given").isEqualTo("rencana 2027");
        assertThat(dc.links().get(0).checkedAt()).isEqualTo(NOW);
    }
}
