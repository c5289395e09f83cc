package id.go.spbe.datacenter.placement.web;

import id.go.spbe.datacenter.placement.Placements;
import id.go.spbe.datacenter.placement.domain.DeclaredSystem;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** D2 with two shipped profiles that differ: the same OPD's register, flagged in Rejang Lebong, not in Maluku Tenggara. */
class PlacementRegisterTest {

    static DatacenterRegulation of(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.datacenter", DatacenterRegulation.class);
    }

    static Placements.Register register(DatacenterRegulation rules, List<DeclaredSystem> outside) {
        return new Placements.Register("DINKES", rules.opdPlacement() == DatacenterRegulation.Placement.MANDATORY,
                List.of(), List.of(), outside);
    }

    @Test
    void d2InRejangLebongASystemOutsideIsFlaggedAndInMalukuTenggaraOnlyListed() {
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        DeclaredSystem server = DeclaredSystem.declare("DINKES", "SIMPUS lama", null,
                DeclaredSystem.Location.OPD_PREMISES, "Ruang server", null, "operator.dinkes", now);

        DatacenterRegulation rl = of("rejang-lebong");
        PlacementPayloads.RegisterResponse flagged = PlacementPayloads.RegisterResponse.of(register(rl,
                List.of(server)), rl.placementObligationOutside());
        assertThat(flagged.placementMandatory()).isTrue();
        assertThat(flagged.flagged()).isEqualTo(1);
        assertThat(flagged.outside().get(0).flag().obligation()).isEqualTo("D2");

        DatacenterRegulation mt = of("maluku-tenggara");
        PlacementPayloads.RegisterResponse listed = PlacementPayloads.RegisterResponse.of(register(mt,
                List.of(server)), mt.placementObligationOutside());
        assertThat(listed.placementMandatory()).isFalse();
        assertThat(listed.flagged()).isZero();
        assertThat(listed.outside()).hasSize(1);
        assertThat(listed.outside().get(0).flag()).isNull();
    }

    @Test
    void d2AWithdrawnSystemIsNoLongerAFinding() {
        DeclaredSystem server = DeclaredSystem.declare("DINKES", "SIMPUS lama", null,
                DeclaredSystem.Location.COMMERCIAL_CLOUD, null, "D2", "operator.dinkes", Instant.EPOCH);
        server.withdraw("Dipindahkan ke VPS", "operator.dinkes", Instant.EPOCH.plusSeconds(60));
        assertThat(PlacementPayloads.DeclaredResponse.of(server, "D2").flag()).isNull();
    }
}
