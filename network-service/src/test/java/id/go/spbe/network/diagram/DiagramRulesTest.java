package id.go.spbe.network.diagram;

import id.go.spbe.network.diagram.domain.DiagramRegulation;
import id.go.spbe.network.diagram.domain.LanDiagramEvents.LanDiagramOverdue;
import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.LanDiagramTaskStatus;
import id.go.spbe.network.diagram.domain.Submission;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.test.profile.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The yearly LAN diagram rules (N6) without Spring: the shipped profiles, the task's life and its overdue event. */
class DiagramRulesTest {

    static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    record Network(boolean lanDiagramYearly) {
    }

    static DiagramRegulation regulationOf(String profile) {
        return new DiagramRegulation(RegionProfiles.bind(profile, "spbe.regulation.network", Network.class)
                .lanDiagramYearly());
    }

    static Submission submission(int number) {
        return new Submission(number, "snap-" + number, 7, List.of(5L, 6L), null, null, "admin.dinas", NOW, false);
    }

    @Test
    void onlyRegionsWhoseProfileRequiresYearlyDiagramsOpenCampaigns_N6() {
        for (String required : List.of("rejang-lebong", "bitung", "maluku-tenggara", "national-default")) {
            assertThatCode(() -> regulationOf(required).requireYearlyDiagrams()).as(required)
                    .doesNotThrowAnyException();
        }
        for (String notRequired : List.of("manggarai-barat", "samarinda")) {
            assertThatThrownBy(() -> regulationOf(notRequired).requireYearlyDiagrams()).as(notRequired)
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("N6");
        }
        assertThat(RegionProfiles.all()).hasSize(6);
    }

    @Test
    void aSubmissionIsReviewedOnceAndAReturnedOneCanBeSubmittedAgain_N6() {
        LanDiagramTask task = LanDiagramTask.open(2027, "DINKES", DUE, NOW);
        assertThatThrownBy(() -> task.accept("admin.dinas", NOW)).isInstanceOf(StateConflictException.class);
        task.submit(submission(1), LocalDate.of(2027, 1, 10), NOW);
        assertThatThrownBy(() -> task.submit(submission(2), LocalDate.of(2027, 1, 10), NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("tunggu");
        task.giveBack("  Ruang server belum digambar ", "admin.dinas", NOW);
        assertThat(task.status()).isEqualTo(LanDiagramTaskStatus.RETURNED);
        assertThat(task.returnReason()).isEqualTo("Ruang server belum digambar");
        task.submit(submission(2), LocalDate.of(2027, 4, 2), NOW);
        assertThat(task.latest().orElseThrow().late()).isTrue();
        assertThat(task.submissions().get(0).late()).isFalse();
        task.accept("admin.dinas", NOW);
        assertThat(task.status()).isEqualTo(LanDiagramTaskStatus.ACCEPTED);
        assertThatThrownBy(() -> task.giveBack("x", "admin.dinas", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void overdueIsRaisedOnceAfterTheDueDateAndOnlyWhileTheStewardOwesASubmission_N6() {
        LanDiagramTask task = LanDiagramTask.open(2027, "DINKES", DUE, NOW);
        assertThat(task.markOverdue(DUE, NOW)).as("on the due date itself").isFalse();
        assertThat(task.markOverdue(DUE.plusDays(1), NOW)).isTrue();
        assertThat(task.markOverdue(DUE.plusDays(30), NOW)).as("once").isFalse();
        assertThat(task.raisedEvents()).filteredOn(LanDiagramOverdue.class::isInstance).hasSize(1);

        LanDiagramTask waiting = LanDiagramTask.open(2027, "DISDIK", DUE, NOW);
        waiting.submit(submission(1), DUE, NOW);
        assertThat(waiting.markOverdue(DUE.plusDays(1), NOW)).as("awaiting Dinas's review").isFalse();
        waiting.giveBack("Tidak lengkap", "admin.dinas", NOW);
        assertThat(waiting.markOverdue(DUE.plusDays(2), NOW)).as("returned after the due date").isTrue();
    }
}
