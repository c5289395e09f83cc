package id.go.spbe.appregistry.opd.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OPD aggregate's own rules (G1 hierarchy, head, G3 decrees), without Spring. */
class OpdTest {

    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    /** G3 as the shipped profiles have it (issue 7: tests read regional rules from the profile files). */
    static final MandiriTikRegulation REJANG_LEBONG = mandiriTik("rejang-lebong");
    static final MandiriTikRegulation BITUNG = mandiriTik("bitung");

    /** The keys the service binds ({@code spbe.regulation.governance}, see GovernanceRules). */
    record Governance(String mandiriTikDecidedBy, List<String> mandiriTikCriteria) {
    }

    static MandiriTikRegulation mandiriTik(String profile) {
        Governance governance = RegionProfiles.bind(profile, "spbe.regulation.governance", Governance.class);
        RegionProfile region = RegionProfiles.bind(profile, "spbe.regulation", RegionProfile.class);
        return new MandiriTikRegulation(region.regulation(), governance.mandiriTikDecidedBy(),
                governance.mandiriTikCriteria());
    }

    @Test
    void g3TheShippedProfilesSayWhoDesignatesMandiriTikAndOnWhatCriteria() {
        assertThat(REJANG_LEBONG.regulation()).isEqualTo("Peraturan Bupati Rejang Lebong Nomor 6 Tahun 2022");
        assertThat(REJANG_LEBONG.decidedBy()).isEqualTo("BUPATI");
        assertThat(REJANG_LEBONG.criteria()).containsExactly("HAS_ICT_STAFF", "ICT_STAFF_DEDICATED_FUNCTION",
                "ICT_BUDGET", "BUILDS_AND_RUNS_APPS", "OWNS_APPLICATIONS", "OWNS_SERVERS");
        assertThat(BITUNG.regulation()).isEqualTo("Peraturan Walikota Bitung Nomor 69 Tahun 2021");
        assertThat(BITUNG.decidedBy()).isEqualTo("SEKDA");
        assertThat(BITUNG.criteria()).containsExactly("HAS_ICT_STAFF", "BUILDS_APPS_OR_LAN");
    }

    static Opd badan(String code) {
        return Opd.register(code, "Badan " + code, OpdKind.BADAN, false, null, NOW);
    }

    static MandiriTikDecree decree(boolean designated, String number, LocalDate date, String decidedBy,
            String... criteria) {
        return new MandiriTikDecree(designated, number, date, decidedBy, null, List.of(criteria), null);
    }

    static String obligationOf(Throwable e) {
        return ((RuleViolationException) e).obligation();
    }

    @Test
    void g1AnOpdCannotBeItsOwnParent() {
        assertThatThrownBy(() -> Opd.register("BAPPEDA", "Bappeda", OpdKind.BADAN, false, "BAPPEDA", NOW))
                .isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(obligationOf(e)).isEqualTo("G1"));
        Opd opd = badan("BAPPEDA");
        assertThatThrownBy(() -> opd.update("Bappeda", OpdKind.BADAN, false, true, "BAPPEDA", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void g1UnitsAndSubUnitsExistOnlyUnderAParent() {
        assertThatThrownBy(() -> Opd.register("BIDANG-X", "Bidang X", OpdKind.SUB_UNIT, false, null, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("parentCode");
        assertThatThrownBy(() -> Opd.register("BAG-ORG", "Bagian Organisasi", OpdKind.UNIT_KERJA, false, null, NOW))
                .isInstanceOf(RuleViolationException.class);
        Opd unit = Opd.register("BAG-ORG", "Bagian Organisasi", OpdKind.UNIT_KERJA, false, "SETDA", NOW);
        assertThat(unit.parentCode()).isEqualTo("SETDA");
        assertThat(unit.raisedEvents()).singleElement().isInstanceOfSatisfying(OpdEvents.OpdRegistered.class,
                e -> assertThat(e.parentCode()).isEqualTo("SETDA"));
        Opd topLevel = badan("BAPPEDA");
        assertThat(topLevel.update("Bappeda", OpdKind.BADAN, false, true, "SETDA", NOW)).isTrue();
        assertThat(topLevel.parentCode()).isEqualTo("SETDA");
    }

    @Test
    void g1TheHeadsNipIsEighteenDigitsWithRealDatesSexAndSequence() {
        assertThat(OpdHead.isValidNip("198503302010011004")).isTrue();
        assertThat(OpdHead.isValidNip("197912152005012002")).isTrue();
        assertThat(OpdHead.isValidNip("19850330201001100")).as("17 digits").isFalse();
        assertThat(OpdHead.isValidNip("19850330201001100X")).as("a letter").isFalse();
        assertThat(OpdHead.isValidNip("198502302010011004")).as("30 February").isFalse();
        assertThat(OpdHead.isValidNip("198503302010131004")).as("month 13 of appointment").isFalse();
        assertThat(OpdHead.isValidNip("198503301980011004")).as("appointed before birth").isFalse();
        assertThat(OpdHead.isValidNip("198503302010013004")).as("sex digit 3").isFalse();
        assertThat(OpdHead.isValidNip("198503302010011000")).as("sequence 000").isFalse();
        assertThatThrownBy(() -> new OpdHead("Dr. A", "123", "Kepala Dinas", TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void g1ANewHeadIsRecordedOnceAndPublishedWithTheFullState() {
        Opd opd = badan("BAPPEDA");
        OpdHead head = new OpdHead(" Dr. Siti Aminah ", "197912152005012002", "Kepala Badan", TODAY);
        assertThat(opd.appointHead(head, NOW)).isTrue();
        assertThat(opd.appointHead(new OpdHead("Dr. Siti Aminah", "197912152005012002", "Kepala Badan", TODAY),
                NOW)).as("the same head again changes nothing").isFalse();
        assertThat(opd.head()).contains(new OpdHead("Dr. Siti Aminah", "197912152005012002", "Kepala Badan", TODAY));
        assertThat(opd.raisedEvents()).last().isInstanceOfSatisfying(OpdEvents.OpdUpdated.class,
                e -> assertThat(e.head().name()).isEqualTo("Dr. Siti Aminah"));
    }

    @Test
    void s2TheTier1ContactNeedsAPhoneNumberAndAnEmailAddress() {
        Opd opd = badan("BAPPEDA");
        assertThat(opd.assignTier1Contact(new Tier1Contact("Budi", "+62 812-3456-7890", "Budi@Bappeda.go.id"), NOW))
                .isTrue();
        assertThat(opd.tier1Contact().orElseThrow().email()).isEqualTo("budi@bappeda.go.id");
        assertThat(new Tier1Contact("Budi", "0732-21234", "b@x.go.id").phone()).isEqualTo("0732-21234");
        assertThatThrownBy(() -> new Tier1Contact("Budi", "12345", "b@x.go.id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tier1Contact("Budi", "081234567890", "budi@localhost"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void g3TheStatusFollowsTheLatestDecree() {
        Opd opd = badan("DISHUB");
        MandiriTikDecision first = opd.recordMandiriTikDecision(
                decree(true, "188.45/10/2026", TODAY.minusDays(10), "BUPATI", "HAS_ICT_STAFF"), REJANG_LEBONG,
                TODAY, "admin.dinas", NOW);
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(opd.mandiriTik()).isTrue();
        opd.recordMandiriTikDecision(decree(false, "188.45/20/2026", TODAY, "BUPATI"), REJANG_LEBONG, TODAY,
                "koordinator", NOW);
        assertThat(opd.mandiriTik()).isFalse();
        assertThat(opd.mandiriTikDecisions()).extracting(MandiriTikDecision::sequence).containsExactly(1, 2);
        assertThat(opd.raisedEvents()).last().isInstanceOfSatisfying(OpdEvents.OpdMandiriTikDesignated.class, e -> {
            assertThat(e.mandiriTik()).isFalse();
            assertThat(e.sequence()).isEqualTo(2);
            assertThat(e.decreeNumber()).isEqualTo("188.45/20/2026");
        });
    }

    @Test
    void g3TheDecisionMustComeFromTheRoleTheRegulationNames() {
        Opd opd = badan("DISHUB");
        // Rejang Lebong: the Bupati decides (RL p52(6)); Bitung: the Sekda as Tim Koordinasi chair (BT p47(6)).
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(decree(true, "1/2026", TODAY, "SEKDA"), REJANG_LEBONG,
                TODAY, "admin", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("BUPATI")
                .satisfies(e -> assertThat(obligationOf(e)).isEqualTo("G3"));
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(decree(true, "1/2026", TODAY, "BUPATI"), BITUNG, TODAY,
                "admin", NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("SEKDA");
        MandiriTikDecision decision = opd.recordMandiriTikDecision(decree(true, "1/2026", TODAY, "sekda"), BITUNG,
                TODAY, "admin", NOW);
        assertThat(decision.decree().decidedBy()).isEqualTo("SEKDA");
    }

    @Test
    void g3OnlyTheRegulationsCriteriaMayBeCited() {
        Opd opd = badan("DISHUB");
        // OWNS_SERVERS is a Rejang Lebong criterion (RL p52(4)(f)); Bitung's regulation has only two (BT p47(4)).
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(
                decree(true, "1/2026", TODAY, "SEKDA", "HAS_ICT_STAFF", "OWNS_SERVERS"), BITUNG, TODAY, "admin", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("OWNS_SERVERS");
        MandiriTikDecision decision = opd.recordMandiriTikDecision(
                decree(true, "1/2026", TODAY, "BUPATI", "HAS_ICT_STAFF", "OWNS_SERVERS", "HAS_ICT_STAFF"),
                REJANG_LEBONG, TODAY, "admin", NOW);
        assertThat(decision.decree().criteriaMet()).containsExactly("HAS_ICT_STAFF", "OWNS_SERVERS");
    }

    @Test
    void g3DinasItselfIsNeverDesignated() {
        Opd dinas = Opd.register("DISKOMINFO", "Diskominfo", OpdKind.DINAS, true, null, NOW);
        assertThatThrownBy(() -> dinas.recordMandiriTikDecision(decree(true, "1/2026", TODAY, "BUPATI"),
                REJANG_LEBONG, TODAY, "admin", NOW))
                .isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(obligationOf(e)).isEqualTo("G3"));
        assertThat(dinas.mandiriTik()).isFalse();
    }

    @Test
    void g3AMandiriTikOpdCannotSimplyBecomeDinas() {
        Opd opd = badan("DISHUB");
        opd.recordMandiriTikDecision(decree(true, "1/2026", TODAY, "BUPATI"), REJANG_LEBONG, TODAY, "admin", NOW);
        assertThatThrownBy(() -> opd.update(opd.name(), OpdKind.DINAS, true, true, null, NOW))
                .isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(obligationOf(e)).isEqualTo("G3"));
    }

    @Test
    void g3ADecreeIsDatedNoLaterThanTodayAndNoEarlierThanTheOneItReplaces() {
        Opd opd = badan("DISHUB");
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(decree(true, "1/2026", TODAY.plusDays(1), "BUPATI"),
                REJANG_LEBONG, TODAY, "admin", NOW)).isInstanceOf(RuleViolationException.class);
        opd.recordMandiriTikDecision(decree(true, "2/2026", TODAY.minusDays(5), "BUPATI"), REJANG_LEBONG, TODAY,
                "admin", NOW);
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(decree(false, "3/2026", TODAY.minusDays(6), "BUPATI"),
                REJANG_LEBONG, TODAY, "admin", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2/2026");
        assertThat(opd.mandiriTik()).isTrue();
    }

    @Test
    void g3ADecreeIsRecordedOnlyOnce() {
        Opd opd = badan("DISHUB");
        opd.recordMandiriTikDecision(decree(true, "188.45/7/2026", TODAY, "BUPATI"), REJANG_LEBONG, TODAY, "a", NOW);
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(decree(true, " 188.45/7/2026 ", TODAY, "BUPATI"),
                REJANG_LEBONG, TODAY, "a", NOW)).isInstanceOf(StateConflictException.class);
        assertThat(opd.mandiriTikDecisions()).hasSize(1);
    }

    @Test
    void g3AnInactiveOpdCannotBeDesignatedButItsStatusCanBeRevoked() {
        Opd opd = badan("DISHUB");
        opd.recordMandiriTikDecision(decree(true, "1/2026", TODAY.minusDays(3), "BUPATI"), REJANG_LEBONG, TODAY, "a",
                NOW);
        opd.update(opd.name(), OpdKind.BADAN, false, false, null, NOW);
        assertThatThrownBy(() -> opd.recordMandiriTikDecision(decree(true, "2/2026", TODAY, "BUPATI"), REJANG_LEBONG,
                TODAY, "a", NOW)).isInstanceOf(RuleViolationException.class);
        opd.recordMandiriTikDecision(decree(false, "3/2026", TODAY, "BUPATI"), REJANG_LEBONG, TODAY, "a", NOW);
        assertThat(opd.mandiriTik()).isFalse();
    }
}
