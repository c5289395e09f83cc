package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.SlaBreached;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketEscalated;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ticket aggregate's rules without Spring: life cycles per type (S1), tiers (S2, S3), security (S8). */
class TicketTest {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    static Ticket open(TicketType type, Category category, Tier tier) {
        return Ticket.open(new NewTicket(type, category, "Judul", "Uraian", Level.SEDANG, Level.RENDAH, null, null),
                "DINKES", "operator.dinkes", "PORTAL", null, new Routing(tier, null), NOW);
    }

    @Test
    void priorityFollowsTheImpactUrgencyMatrix_S1() {
        assertThat(Priority.of(Level.TINGGI, Level.TINGGI)).isEqualTo(Priority.KRITIS);
        assertThat(Priority.of(Level.TINGGI, Level.SEDANG)).isEqualTo(Priority.TINGGI);
        assertThat(Priority.of(Level.SEDANG, Level.TINGGI)).isEqualTo(Priority.TINGGI);
        assertThat(Priority.of(Level.TINGGI, Level.RENDAH)).isEqualTo(Priority.SEDANG);
        assertThat(Priority.of(Level.SEDANG, Level.SEDANG)).isEqualTo(Priority.SEDANG);
        assertThat(Priority.of(Level.RENDAH, Level.TINGGI)).isEqualTo(Priority.SEDANG);
        assertThat(Priority.of(Level.SEDANG, Level.RENDAH)).isEqualTo(Priority.RENDAH);
        assertThat(Priority.of(Level.RENDAH, Level.RENDAH)).isEqualTo(Priority.RENDAH);
    }

    @Test
    void onlyAChangesTitleIsPublishedOnTheRegionWideTopic_S6_S8() {
        // a change's title names the change (network's picker needs it, N7); a complaint's or a security
        // incident's title may name a citizen or a victim, so it stays in the desk
        assertThat(((TicketEvents.TicketOpened) open(TicketType.PERUBAHAN, Category.APLIKASI, Tier.TIER1)
                .raisedEvents().get(0)).title()).isEqualTo("Judul");
        for (TicketType type : new TicketType[] {TicketType.KELUHAN, TicketType.GANGGUAN, TicketType.MASALAH,
                TicketType.PERMINTAAN}) {
            assertThat(((TicketEvents.TicketOpened) open(type, Category.APLIKASI, Tier.TIER1).raisedEvents().get(0))
                    .title()).as(type.name()).isNull();
        }
        assertThat(open(TicketType.PERUBAHAN, Category.KEAMANAN, Tier.TIER2).publishableTitle()).isNull();
    }

    @Test
    void eachTypeHasItsOwnLifeCycle_S1() {
        // an incident waits on its requester, a problem never does but has a known-error stage
        assertThat(TicketType.GANGGUAN.next(TicketStatus.ASSIGNED))
                .containsExactlyInAnyOrder(TicketStatus.WAITING_FOR_REQUESTER, TicketStatus.RESOLVED);
        assertThat(TicketType.MASALAH.next(TicketStatus.ASSIGNED))
                .containsExactlyInAnyOrder(TicketStatus.KNOWN_ERROR, TicketStatus.RESOLVED);
        // a change follows the S6 stages and is closed after evaluation (or refused at approval), never resolved
        assertThat(TicketType.PERUBAHAN.next(TicketStatus.ASSIGNED)).containsExactly(TicketStatus.ANALYSIS);
        assertThat(TicketType.PERUBAHAN.next(TicketStatus.APPROVAL))
                .containsExactlyInAnyOrder(TicketStatus.DEVELOPMENT, TicketStatus.CLOSED);
        assertThat(TicketType.PERUBAHAN.next(TicketStatus.EVALUATION)).containsExactly(TicketStatus.CLOSED);
        for (TicketStatus s : TicketStatus.values()) {
            assertThat(TicketType.PERUBAHAN.next(s)).doesNotContain(TicketStatus.RESOLVED);
        }
        Ticket problem = open(TicketType.MASALAH, Category.JARINGAN, Tier.TIER1);
        problem.assign("t1", "t1", NOW);
        assertThatThrownBy(() -> problem.requestInformation("?", "t1", NOW))
                .isInstanceOf(StateConflictException.class);
        Ticket incident = open(TicketType.GANGGUAN, Category.JARINGAN, Tier.TIER1);
        assertThatThrownBy(() -> incident.recordRootCause("x", "t1", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> incident.resolve("x", "t1", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void escalationNeedsReasonAndLeavesTheTicketUnownedAtTier2_S3() {
        Ticket t = open(TicketType.GANGGUAN, Category.JARINGAN, Tier.TIER1);
        assertThatThrownBy(() -> t.escalate(" ", false, "t1", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S3"));
        t.assign("t1", "t1", NOW);
        t.escalate("Perlu akses server", false, "t1", NOW.plusSeconds(60));
        assertThat(t.tier()).isEqualTo(Tier.TIER2);
        assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        assertThat(t.assignee()).isNull();
        assertThat(t.raisedEvents()).last().isInstanceOf(TicketEscalated.class);
        assertThatThrownBy(() -> t.escalate("lagi", false, "t2", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aServiceCentreTicketHasNoTierToEscalateTo_S3() {
        Ticket t = open(TicketType.GANGGUAN, Category.JARINGAN, Tier.SERVICE_CENTRE);
        assertThatThrownBy(() -> t.escalate("alasan", false, "agen", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S3"));
    }

    @Test
    void aSecurityIncidentIsKritisAndNeedsItsEvidenceSecuredBeforeResolution_S8() {
        Ticket t = Ticket.open(new NewTicket(TicketType.GANGGUAN, Category.KEAMANAN, "Situs diretas", "Defacement",
                Level.RENDAH, Level.RENDAH, null, null), "DINKES", "op", "PORTAL", null,
                Routing.decide(ServiceDeskModel.TIERED, Category.KEAMANAN, "DINKES", true), NOW);
        assertThat(t.priority()).isEqualTo(Priority.KRITIS);
        assertThat(t.tier()).isEqualTo(Tier.TIER2);
        assertThat(t.evidenceChecklist()).hasSize(5);
        t.assign("t2", "t2", NOW);
        assertThatThrownBy(() -> t.resolve("beres", "t2", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S8"));
        t.evidenceChecklist().forEach(e -> t.secureEvidence(e.code(), "t2", NOW));
        t.resolve("beres", "t2", NOW);
        assertThat(t.status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void aSlaSignalIsRaisedOncePerClock_S5() {
        Ticket t = open(TicketType.GANGGUAN, Category.JARINGAN, Tier.TIER1);
        int before = t.raisedEvents().size();
        assertThat(t.signalSla("TIME_TO_OWN", true, NOW, "rule", NOW)).isTrue();
        assertThat(t.signalSla("TIME_TO_OWN", true, NOW, "rule", NOW)).isFalse();
        assertThat(t.signalSla("TIME_TO_OWN", false, NOW, "rule", NOW)).isTrue();
        assertThat(t.raisedEvents()).hasSize(before + 2);
        assertThat(t.raisedEvents().get(before)).isInstanceOf(SlaBreached.class);
    }

    @Test
    void reopeningIsAllowedOnlyWithinTheWindow_S5() {
        Ticket t = open(TicketType.KELUHAN, Category.LAINNYA, Tier.TIER1);
        t.assign("t1", "t1", NOW);
        t.resolve("dijawab", "t1", NOW);
        t.close("op", NOW.plusSeconds(10));
        assertThatThrownBy(() -> t.reopen("lagi", Duration.ofDays(14), "op", NOW.plus(Duration.ofDays(15))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.obligation()).isEqualTo("S5"));
        t.reopen("lagi", Duration.ofDays(14), "op", NOW.plus(Duration.ofDays(13)));
        assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(t.closedAt()).isNull();
    }
}
