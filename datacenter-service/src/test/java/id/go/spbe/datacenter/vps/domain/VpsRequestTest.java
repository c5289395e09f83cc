package id.go.spbe.datacenter.vps.domain;

import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsActivated;
import id.go.spbe.datacenter.vps.domain.VpsEvents.VpsResizeDecided;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VPS life cycle's own rules (D4), without Spring. */
class VpsRequestTest {

    static final Instant NOW = Instant.parse("2026-11-30T20:00:00Z"); // 1 December 03:00 in WIB
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final RoomCheck ROOM = (dc, vcpu, ram, disk) -> { };

    static VpsRequest submitted() {
        return VpsRequest.submit("DINKES", "app-1", "SIMPUS", new VpsSpec(4, 8, 200, "debian-12"), "SIMPUS", 12,
                "operator.dinkes", NOW);
    }

    static VpsRequest active() {
        VpsRequest vps = submitted();
        vps.approve("PD-UTAMA", null, ROOM, "admin", NOW);
        vps.provision("simpus.vps", "10.0.0.5", new CredentialHandover("Budi", "admin", NOW,
                CredentialHandover.Method.IN_PERSON), "admin", NOW);
        vps.activate(WIB, "operator.dinkes", NOW);
        return vps;
    }

    @Test
    void d4ApprovalAsksForRoomOnlyOnceTheStepIsAllowed() {
        List<String> asked = new ArrayList<>();
        VpsRequest vps = submitted();
        vps.approve("PD-UTAMA", "ok", (dc, vcpu, ram, disk) -> asked.add(dc + ":" + vcpu + "/" + ram + "/" + disk),
                "admin", NOW);
        assertThat(asked).containsExactly("PD-UTAMA:4/8/200");
        assertThatThrownBy(() -> vps.approve("PD-UTAMA", null, (dc, v, r, d) -> asked.add("again"), "admin", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(asked).hasSize(1);
    }

    @Test
    void d4ARoomRefusalLeavesTheRequestSubmitted() {
        VpsRequest vps = submitted();
        assertThatThrownBy(() -> vps.approve("PD-UTAMA", null, (dc, v, r, d) -> {
            throw new RuleViolationException("D4", "penuh");
        }, "admin", NOW)).isInstanceOf(RuleViolationException.class);
        assertThat(vps.status()).isEqualTo(VpsStatus.SUBMITTED);
        assertThat(vps.dataCenter()).isNull();
    }

    @Test
    void d4ARejectionNeedsAReason() {
        VpsRequest vps = submitted();
        assertThatThrownBy(() -> vps.reject("  ", "admin", NOW)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("D4");
        vps.reject("Kuota habis", "admin", NOW);
        assertThat(vps.status()).isEqualTo(VpsStatus.REJECTED);
        assertThat(vps.status().next()).isEmpty();
    }

    @Test
    void d4ActivationSetsTheExpiryFromTheRegionsDateAndRenewalStaysWithinTheLongestTerm() {
        VpsRequest vps = active();
        assertThat(vps.expiresOn()).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(vps.raisedEvents()).last().isInstanceOf(VpsActivated.class);
        assertThatThrownBy(() -> vps.renew(LocalDate.of(2027, 11, 30), 24, WIB, "op", NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> vps.renew(LocalDate.of(2028, 12, 2), 24, WIB, "op", NOW))
                .isInstanceOf(RuleViolationException.class);
        vps.renew(LocalDate.of(2028, 12, 1), 24, WIB, "op", NOW);
        assertThat(vps.expiresOn()).isEqualTo(LocalDate.of(2028, 12, 1));
    }

    @Test
    void d4AResizeChecksOnlyTheGrowthAndNeverShrinksTheDisk() {
        VpsRequest vps = active();
        assertThatThrownBy(() -> vps.requestResize(4, 8, 100, "kecilkan", "op", NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> vps.requestResize(4, 8, 200, "sama", "op", NOW))
                .isInstanceOf(StateConflictException.class);
        vps.requestResize(2, 16, 300, "lebih banyak memori", "op", NOW);
        assertThatThrownBy(() -> vps.requestResize(8, 16, 300, "lagi", "op", NOW))
                .isInstanceOf(StateConflictException.class);
        List<String> asked = new ArrayList<>();
        vps.approveResize((dc, vcpu, ram, disk) -> asked.add(vcpu + "/" + ram + "/" + disk), "admin", NOW);
        assertThat(asked).containsExactly("0/8/100");
        assertThat(vps.spec()).isEqualTo(new VpsSpec(2, 16, 300, "debian-12"));
        assertThat(((VpsResizeDecided) vps.raisedEvents().get(vps.raisedEvents().size() - 1)).approved()).isTrue();
        assertThatThrownBy(() -> vps.approveResize(ROOM, "admin", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void d4OnlyPlacedVpsAreDecommissionedAndTheyHoldCapacityUntilThen() {
        VpsRequest fresh = submitted();
        assertThat(fresh.status().holdsCapacity()).isFalse();
        assertThatThrownBy(() -> fresh.decommission("x", "op", NOW)).isInstanceOf(StateConflictException.class);
        VpsRequest vps = active();
        assertThat(vps.status().holdsCapacity()).isTrue();
        assertThatThrownBy(() -> vps.decommission(" ", "op", NOW)).isInstanceOf(RuleViolationException.class);
        vps.decommission("Aplikasi dihentikan", "op", NOW);
        assertThat(vps.status().holdsCapacity()).isFalse();
        assertThat(vps.decommissioning().note()).isEqualTo("Aplikasi dihentikan");
    }

    @Test
    void d4TheExpiryReminderComesOncePerDateInsideTheWindowOnlyForActiveVps() {
        VpsRequest vps = active(); // expires 2027-12-01
        assertThat(vps.remindOfExpiry(LocalDate.of(2027, 10, 31), 30, NOW)).isFalse();
        assertThat(vps.remindOfExpiry(LocalDate.of(2027, 11, 1), 30, NOW)).isTrue();
        assertThat(vps.remindOfExpiry(LocalDate.of(2027, 11, 2), 30, NOW)).as("same date").isFalse();
        vps.decommission("selesai", "op", NOW);
        assertThat(vps.remindOfExpiry(LocalDate.of(2027, 11, 20), 30, NOW)).isFalse();
    }
}
