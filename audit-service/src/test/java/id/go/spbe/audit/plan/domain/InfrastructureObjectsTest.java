package id.go.spbe.audit.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How inventory items make infrastructure objects of the audit universe (AU4, AU6): events may come twice or out of
 * order, a decommissioning is final, and an object leaves the universe when none of its anchors is in use.
 */
class InfrastructureObjectsTest {

    static final Instant T1 = Instant.parse("2026-03-06T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-07T02:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 7);

    static InfrastructureComponent link(String id, Instant at) {
        return InfrastructureComponent.seen(ComponentType.WAN_LINK, id, InfrastructureObjects.WAN_ID, "DINKES",
                "Telkom " + id, true, null, at, null);
    }

    static InfrastructureComponent linkGone(String id, Instant at) {
        return InfrastructureComponent.decommissionedAt(ComponentType.WAN_LINK, id, InfrastructureObjects.WAN_ID,
                "DINKES", null, at, "Sirkuit WAN Telkom " + id + " dinonaktifkan.");
    }

    static InfrastructureComponent lan(int devices, long revision, Instant at) {
        return InfrastructureComponent.seen(ComponentType.LAN_INVENTORY, "DINKES", InfrastructureObjects.lan("DINKES"),
                "DINKES", null, devices > 0, revision, at, "rev " + revision);
    }

    @Test
    void au4ARepeatedEventChangesNothing() {
        assertThat(InfrastructureComponent.merge(link("L1", T1), link("L1", T1))).isEmpty();
    }

    @Test
    void au4AnOlderEventDoesNotOverwriteANewerState() {
        InfrastructureComponent renamed = InfrastructureComponent.seen(ComponentType.WAN_LINK, "L1",
                InfrastructureObjects.WAN_ID, "DINKES", "Biznet L1", true, null, T2, null);
        assertThat(InfrastructureComponent.merge(renamed, link("L1", T1))).isEmpty();
        assertThat(InfrastructureComponent.merge(link("L1", T1), renamed)).contains(renamed);
    }

    @Test
    void au4ADecommissioningIsFinalWhateverArrivesAfterIt() {
        InfrastructureComponent gone = InfrastructureComponent.merge(link("L1", T1), linkGone("L1", T2)).orElseThrow();
        assertThat(gone.decommissioned()).isTrue();
        assertThat(gone.inUse()).isFalse();
        assertThat(gone.name()).as("kept from what was known").isEqualTo("Telkom L1");
        assertThat(InfrastructureComponent.merge(gone, link("L1", Instant.parse("2026-04-01T00:00:00Z")))).isEmpty();
        assertThat(InfrastructureComponent.merge(null, linkGone("L1", T2)).orElseThrow().decommissioned())
                .as("decommissioned before its registration was seen").isTrue();
    }

    @Test
    void au4ALanInventoryIsOrderedByItsRevisionNotByTheClock() {
        InfrastructureComponent rev5 = lan(0, 5, T1);
        assertThat(InfrastructureComponent.merge(rev5, lan(3, 4, T2))).as("revision 4 is older").isEmpty();
        assertThat(InfrastructureComponent.merge(lan(3, 4, T2), rev5)).contains(rev5);
    }

    @Test
    void au4TheWanLeavesTheUniverseWhenItsLastCircuitIsDecommissionedAndComesBackWithANewOne() {
        List<InfrastructureComponent> two = List.of(link("L1", T1), linkGone("L2", T2));
        AuditObject wan = InfrastructureObjects.derive(null, InfrastructureObjects.WAN_ID, ObjectKind.WAN, two,
                "Jaringan Antar OPD (WAN)", "DISKOMINFO", DAY, T1, "-");
        assertThat(wan).isNotNull();
        assertThat(wan.active()).isTrue();
        assertThat(wan.kind()).isEqualTo(ObjectKind.WAN);
        assertThat(InfrastructureObjects.derive(wan, InfrastructureObjects.WAN_ID, ObjectKind.WAN, two,
                "Jaringan Antar OPD (WAN)", "DISKOMINFO", DAY, T2, "-")).as("unchanged").isSameAs(wan);

        AuditObject retired = InfrastructureObjects.derive(wan, InfrastructureObjects.WAN_ID, ObjectKind.WAN,
                List.of(linkGone("L1", T2), linkGone("L2", T2)), "Jaringan Antar OPD (WAN)", "DISKOMINFO", DAY, T2,
                "Tidak ada lagi sirkuit WAN aktif.");
        assertThat(retired.active()).isFalse();
        assertThat(retired.retiredOn()).isEqualTo(DAY);
        assertThat(retired.retiredReason()).isEqualTo("Tidak ada lagi sirkuit WAN aktif.");

        AuditObject back = InfrastructureObjects.derive(retired, InfrastructureObjects.WAN_ID, ObjectKind.WAN,
                List.of(linkGone("L1", T2), link("L3", T2)), "Jaringan Antar OPD (WAN)", "DISKOMINFO", DAY, T2, "-");
        assertThat(back.active()).isTrue();
        assertThat(back.retiredReason()).isNull();
        assertThat(back.enteredOn()).isEqualTo(wan.enteredOn());
    }

    @Test
    void au4AVpsAloneMakesNoDataCenterObjectItIsOnlyInTheDataCentersScope() {
        InfrastructureComponent vps = InfrastructureComponent.seen(ComponentType.VPS, "vps-1",
                InfrastructureObjects.dataCenter("PD-UTAMA"), "DINKES", "simpus", true, null, T1, null);
        assertThat(InfrastructureObjects.derive(null, InfrastructureObjects.dataCenter("PD-UTAMA"),
                ObjectKind.DATA_CENTER, List.of(vps), "Pusat Data", "DISKOMINFO", DAY, T1, "-")).isNull();
    }

    @Test
    void au4AnOpdWithASiteKeepsItsLanInTheUniverseEvenWithAnEmptyInventory() {
        InfrastructureComponent site = InfrastructureComponent.seen(ComponentType.SITE, "site-1",
                InfrastructureObjects.lan("DINKES"), "DINKES", "Kantor", true, null, T1, null);
        AuditObject lan = InfrastructureObjects.derive(null, InfrastructureObjects.lan("DINKES"), ObjectKind.LAN,
                List.of(site, lan(0, 2, T2)), "LAN", "DINKES", DAY, T2, "-");
        assertThat(lan.active()).isTrue();
        AuditObject emptied = InfrastructureObjects.derive(lan, InfrastructureObjects.lan("DINKES"), ObjectKind.LAN,
                List.of(lan(0, 3, T2)), "LAN", "DINKES", DAY, T2, "kosong");
        assertThat(emptied.active()).as("no site and no device left").isFalse();
    }
}
