package id.go.spbe.network.review;

import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.Submission;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the yearly review (N8) classes each OPD's yearly LAN diagram (N6): pure rule, no Spring. */
class DiagramOutcomeTest {

    static final LocalDate DUE = LocalDate.of(2025, 3, 31);
    static final Instant NOW = Instant.parse("2025-01-10T03:00:00Z");

    static LanDiagramTask task() {
        return LanDiagramTask.open(2025, "DINKES", DUE, NOW);
    }

    static Submission submission() {
        return new Submission(1, "snap", 3, List.of(), null, null, "admin", NOW, false);
    }

    @Test
    void withoutATaskOrSubmissionTheOutcomeFollowsTheDueDate_N8() {
        assertThat(YearlyUsageReview.diagram(null, DUE).outcome()).isEqualTo("NO_TASK");
        assertThat(YearlyUsageReview.diagram(task(), DUE).outcome()).as("due today: not yet missing")
                .isEqualTo("PENDING");
        assertThat(YearlyUsageReview.diagram(task(), DUE.plusDays(1)).outcome()).isEqualTo("MISSING");
    }

    @Test
    void aSubmissionIsOnTimeOrLateByTheDayItCame_N8() {
        LanDiagramTask onTime = task();
        onTime.submit(submission(), DUE, NOW);
        assertThat(YearlyUsageReview.diagram(onTime, LocalDate.of(2025, 12, 31)).outcome()).isEqualTo("ON_TIME");
        assertThat(YearlyUsageReview.diagram(onTime, LocalDate.of(2025, 12, 31)).submittedAt()).isEqualTo(NOW);

        LanDiagramTask late = task();
        late.submit(submission(), DUE.plusDays(1), NOW);
        assertThat(YearlyUsageReview.diagram(late, LocalDate.of(2025, 12, 31)).outcome()).isEqualTo("LATE");
    }
}
