package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bodies the planning/competency step sends: what the G4 and M5 rules of monev-service would accept. */
class PlanningCompetencyStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aPeriodRunsTheProfilesYearsWithBothEndsCounted_G4() {
        Map<String, Object> body = PlanningCompetencyStep.registration("ARSITEKTUR", "Arsitektur SPBE",
                LocalDate.of(2023, 3, 15), 5);
        assertThat(body).containsEntry("periodStart", 2023).containsEntry("periodEnd", 2027)
                .containsEntry("decreeDate", "2023-03-15").containsEntry("title", "Arsitektur SPBE 2023–2027");
        assertThat((String) body.get("decreeNumber")).endsWith("(contoh)");
    }

    @Test
    void reviewsComeBeforeEachDueDateThatHasPassedAndNeverInTheFuture_G4() {
        List<LocalDate> dates = PlanningCompetencyStep.reviewDates(LocalDate.of(2023, 4, 10), 12, 2027, TODAY);
        assertThat(dates).containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1));
        assertThat(PlanningCompetencyStep.reviewDates(LocalDate.of(2023, 4, 10), 12, 2024, TODAY))
                .containsExactly(LocalDate.of(2024, 4, 1));
    }

    @Test
    void staffCarryEachRoleOnceWithEvidenceAndOneExpiredCertificate_M5() {
        List<Map<String, Object>> bodies = PlanningCompetencyStep.MEMBERS.stream()
                .map(m -> PlanningCompetencyStep.staff(m, TODAY)).toList();
        assertThat(bodies).hasSize(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gede = (List<Map<String, Object>>) bodies.get(2).get("competencies");
        assertThat(gede).extracting(c -> c.get("role")).containsExactly("NETWORK_ENGINEER", "TECHNICAL_SUPPORT");
        assertThat(gede.get(0)).containsEntry("validUntil", "2025-11-30");
        assertThat(gede.get(1)).doesNotContainKey("validUntil");
        assertThat(bodies).allSatisfy(b -> assertThat((List<?>) b.get("competencies")).isNotEmpty()
                .allSatisfy(c -> assertThat(((Map<?, ?>) c).get("evidenceDocumentId")).asString().isNotBlank()));
    }
}
