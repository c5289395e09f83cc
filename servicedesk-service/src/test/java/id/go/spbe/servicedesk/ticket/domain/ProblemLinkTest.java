package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import static id.go.spbe.servicedesk.ticket.domain.TicketTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Problems group incidents without Spring: which tickets may be grouped where (S1, S2). */
class ProblemLinkTest {

    static Ticket ticket(TicketType type, String opd, Tier tier) {
        return Ticket.open(new NewTicket(type, Category.JARINGAN, "Judul", "Uraian", Level.SEDANG, Level.SEDANG, null,
                null), opd, "op", "PORTAL", null, new Routing(tier, null), NOW);
    }

    @Test
    void aTier1ProblemGroupsOnlyItsOwnOpdsTicketsATier2OneTheRegions_S2() {
        Ticket tier1Problem = ticket(TicketType.MASALAH, "DINKES", Tier.TIER1);
        Ticket other = ticket(TicketType.GANGGUAN, "DISDIK", Tier.TIER1);
        assertThatThrownBy(() -> other.linkToProblem(tier1Problem, "a", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S2"));
        Ticket tier2Problem = ticket(TicketType.MASALAH, "DINKES", Tier.TIER2);
        other.linkToProblem(tier2Problem, "a", NOW);
        assertThat(other.problemId()).isEqualTo(tier2Problem.id());
    }

    @Test
    void onlyIncidentsAndComplaintsUnderAnUnfinishedProblem_S1() {
        Ticket problem = ticket(TicketType.MASALAH, "DINKES", Tier.TIER1);
        assertThatThrownBy(() -> ticket(TicketType.PERMINTAAN, "DINKES", Tier.TIER1).linkToProblem(problem, "a", NOW))
                .isInstanceOf(RuleViolationException.class);
        Ticket notAProblem = ticket(TicketType.GANGGUAN, "DINKES", Tier.TIER1);
        assertThatThrownBy(() -> ticket(TicketType.KELUHAN, "DINKES", Tier.TIER1).linkToProblem(notAProblem, "a", NOW))
                .isInstanceOf(RuleViolationException.class);
        problem.assign("a", "a", NOW);
        problem.resolve("beres", "a", NOW);
        assertThatThrownBy(() -> ticket(TicketType.GANGGUAN, "DINKES", Tier.TIER1).linkToProblem(problem, "a", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void aChildResolvedWithItsProblemIsOwnedFirstAndGetsItsOwnResolutionFact_S1_S5() {
        Ticket problem = ticket(TicketType.MASALAH, "DINKES", Tier.TIER1);
        Ticket child = ticket(TicketType.GANGGUAN, "DINKES", Tier.TIER1);
        child.linkToProblem(problem, "a", NOW);
        child.resolveWithProblem(problem.id(), "router diganti", "agen", NOW.plusSeconds(60));
        assertThat(child.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(child.assignee()).isEqualTo("agen");
        assertThat(child.facts()).extracting(TicketFact::kind).containsExactly(TicketFact.Kind.OPENED,
                TicketFact.Kind.ASSIGNED, TicketFact.Kind.RESOLVED);
        assertThat(child.resolution().note()).isEqualTo("Diselesaikan bersama masalah " + problem.id()
                + ": router diganti");
    }
}
