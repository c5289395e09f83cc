package id.go.spbe.audit.engagement.domain;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementTest {

    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    static final TeamMember LEAD = new TeamMember("a-1", "Budi", "budi", "INTERNAL", true);
    static final TeamMember MEMBER = new TeamMember("a-2", "Rina", "rina", "EXTERNAL_AUDITOR", false);

    static Engagement planned(Set<ScopeArea> scope, String otherScope) {
        return Engagement.schedule(AuditKind.APLIKASI, "app-1", "SIMPUS", "DINKES", "app-1:APLIKASI", "Audit",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), scope, otherScope, "admin", NOW);
    }

    @Test
    void au2AnAuditNamesItsScopeAndOtherAspectsAreSpelledOut() {
        assertThatThrownBy(() -> planned(Set.of(), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> planned(Set.of(ScopeArea.OTHER), " ")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).obligation()).isEqualTo("AU2");
        Engagement e = planned(Set.of(ScopeArea.GOVERNANCE_AND_MANAGEMENT, ScopeArea.OTHER), "Integrasi");
        assertThat(e.otherScope()).isEqualTo("Integrasi");
        assertThat(e.raisedEvents()).singleElement().isInstanceOf(AuditEvents.AuditScheduled.class);
    }

    @Test
    void au3ATeamHasExactlyOneLeadAndNoOneTwice() {
        Engagement e = planned(Set.of(ScopeArea.PERFORMANCE), null);
        assertThatThrownBy(() -> e.assignTeam(List.of(MEMBER), "admin", NOW)).isInstanceOf(
                RuleViolationException.class);
        assertThatThrownBy(() -> e.assignTeam(List.of(LEAD, LEAD), "admin", NOW)).isInstanceOf(
                RuleViolationException.class);
        e.assignTeam(List.of(LEAD, MEMBER), "admin", NOW);
        assertThat(e.ledBy("budi")).isTrue();
        assertThat(e.ledBy("rina")).isFalse();
        assertThat(e.onTeam("rina")).isTrue();
    }

    @Test
    void au3NoAuditStartsWithoutATeam() {
        Engagement e = planned(Set.of(ScopeArea.PERFORMANCE), null);
        assertThatThrownBy(() -> e.start(LocalDate.of(2027, 1, 1), "admin", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theLifeCycleRunsForwardOnlyAndCompletionCarriesTheDayForThePlan() {
        Engagement e = planned(Set.of(ScopeArea.FUNCTIONALITY), null);
        e.assignTeam(List.of(LEAD), "admin", NOW);
        assertThatThrownBy(() -> e.complete(LocalDate.of(2027, 1, 1), "budi", NOW))
                .isInstanceOf(StateConflictException.class);
        e.start(LocalDate.of(2027, 1, 2), "budi", NOW);
        assertThatThrownBy(() -> e.start(LocalDate.of(2027, 1, 2), "budi", NOW))
                .isInstanceOf(StateConflictException.class);
        e.startReporting("budi", NOW);
        e.complete(LocalDate.of(2027, 1, 30), "budi", NOW);
        assertThat(e.status()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(e.raisedEvents().get(e.raisedEvents().size() - 1))
                .isInstanceOfSatisfying(AuditEvents.AuditCompleted.class, c -> {
                    assertThat(c.completedOn()).isEqualTo(LocalDate.of(2027, 1, 30));
                    assertThat(c.objectId()).isEqualTo("app-1");
                    assertThat(c.kind()).isEqualTo(AuditKind.APLIKASI);
                });
        assertThatThrownBy(() -> e.cancel("late", "admin", NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> e.assignTeam(List.of(LEAD), "admin", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void au2TheNextCycleContinuesOnlyACompletedAuditAndCopiesItsScopeUnlessGivenOne() {
        Engagement last = planned(Set.of(ScopeArea.OTHER, ScopeArea.PERFORMANCE), "Integrasi");
        assertThatThrownBy(() -> Engagement.continueFrom(last, null, "Lanjutan", LocalDate.of(2029, 1, 1),
                LocalDate.of(2029, 2, 1), null, null, "admin", NOW))
                .isInstanceOf(id.go.spbe.platform.domain.StateConflictException.class);
        last.assignTeam(List.of(LEAD), "admin", NOW);
        last.start(LocalDate.of(2027, 1, 1), "budi", NOW);
        last.startReporting("budi", NOW);
        last.complete(LocalDate.of(2027, 2, 1), "budi", NOW);
        Engagement copied = Engagement.continueFrom(last, "app-1:APLIKASI", "Lanjutan", LocalDate.of(2029, 1, 1),
                LocalDate.of(2029, 2, 1), Set.of(), null, "admin", NOW);
        assertThat(copied.scope()).containsExactlyInAnyOrder(ScopeArea.OTHER, ScopeArea.PERFORMANCE);
        assertThat(copied.otherScope()).isEqualTo("Integrasi");
        assertThat(copied.previousAuditId()).isEqualTo(last.id());
        assertThat(copied.objectId()).isEqualTo("app-1");
        Engagement narrowed = Engagement.continueFrom(last, null, "Lanjutan", LocalDate.of(2029, 1, 1),
                LocalDate.of(2029, 2, 1), Set.of(ScopeArea.FUNCTIONALITY), null, "admin", NOW);
        assertThat(narrowed.scope()).containsExactly(ScopeArea.FUNCTIONALITY);
    }
}
