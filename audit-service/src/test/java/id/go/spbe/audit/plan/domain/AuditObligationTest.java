package id.go.spbe.audit.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditObligationTest {

    // Profiles as shipped (spbe/profiles/*.yml).
    static final AuditRegulation REJANG_LEBONG = new AuditRegulation(2, true, Set.of("KHUSUS"), true,
            Set.of("KHUSUS"), "Tim Koordinasi SPBE");
    static final AuditRegulation BITUNG = new AuditRegulation(2, true,
            Set.of("UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS_PD"), true,
            Set.of("UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS_PD"), "Wali Kota");
    static final AuditRegulation SILENT = new AuditRegulation(2, false, Set.of(), false, Set.of(), "");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    static List<AuditObligation> plan(String applicationClass, AuditRegulation regulation, Instant registeredAt) {
        return AuditObligation.forRegisteredApplication("app-1", "SIMPUS", "DINKES", applicationClass, registeredAt,
                regulation, WIB, NOW);
    }

    @Test
    void au5Au6InRejangLebongAKhususApplicationOwesAnApplicationAndASecurityAuditWithinTwoYears() {
        List<AuditObligation> owed = plan("KHUSUS", REJANG_LEBONG, Instant.parse("2026-03-10T02:00:00Z"));
        assertThat(owed).extracting(AuditObligation::kind).containsExactly(AuditKind.APLIKASI, AuditKind.KEAMANAN);
        assertThat(owed).extracting(AuditObligation::obligation).containsExactly("AU5", "AU6");
        assertThat(owed).allSatisfy(o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(2028, 3, 10)));
        assertThat(owed.get(0).id()).isEqualTo("app-1:APLIKASI");
    }

    @Test
    void au5InRejangLebongAnAplikasiUmumIsOutOfScope() {
        assertThat(plan("UMUM", REJANG_LEBONG, NOW)).isEmpty();
    }

    @Test
    void au5Au6InBitungEveryClassIsInScope() {
        for (String applicationClass : List.of("UMUM", "KHUSUS_BERBAGI_PAKAI", "KHUSUS_PD")) {
            assertThat(plan(applicationClass, BITUNG, NOW)).hasSize(2);
        }
    }

    @Test
    void regionsWhoseRegulationIsSilentOweNoApplicationAudits() {
        assertThat(plan("KHUSUS", SILENT, NOW)).isEmpty();
    }

    @Test
    void theDueDateCountsFromTheRegistrationDayInTheRegionsTimeZone() {
        // 20:00 UTC on 31 Dec is already 1 Jan in WIB.
        List<AuditObligation> owed = plan("KHUSUS", REJANG_LEBONG, Instant.parse("2026-12-31T20:00:00Z"));
        assertThat(owed.get(0).basisDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(owed.get(0).dueDate()).isEqualTo(LocalDate.of(2029, 1, 1));
    }
}
