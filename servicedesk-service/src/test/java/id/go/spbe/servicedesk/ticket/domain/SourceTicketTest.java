package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketCommented;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketResolved;
import id.go.spbe.platform.test.profile.RegionProfiles;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregate's side of automatic tickets (S1, S5): once per source event; a person's decision outranks a clearing. */
class SourceTicketTest {

    static final Instant EVENT_TIME = Instant.parse("2026-12-01T03:02:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");

    static Ticket fromOutage() {
        return fromOutage(new Routing(Tier.TIER1, null));
    }

    static Ticket fromOutage(Routing routing) {
        return Ticket.openFromSource(new NewTicket(TicketType.GANGGUAN, Category.INFRASTRUKTUR, "Layanan mati",
                        "Uraian", Level.SEDANG, Level.TINGGI, null, "Pusat data"), "DINKES", null,
                routing, new TicketSource("datacenter-service", "id.go.spbe.service.down.v1",
                        "monitor", "m1", "e1", EVENT_TIME, null), "outage:o1", NOW);
    }

    @Test
    void anAutomaticTicketOpensAtTheDesksClockAsSystemAndKeepsTheEventsTime_S1_S5() {
        Ticket t = fromOutage();
        assertThat(t.openedAt()).isEqualTo(NOW);
        assertThat(t.source().eventTime()).isEqualTo(EVENT_TIME);
        assertThat(t.requester()).isEqualTo("system");
        assertThat(t.channel()).isEqualTo("EVENT");
        assertThat(t.tookSourceEvent("e1")).isTrue();
        assertThat(t.sourceCauses()).containsExactly("outage:o1");
    }

    /** The shipped profiles: an OPD's alarm follows the region's routing like a person's ticket (S2). */
    @ParameterizedTest
    @CsvSource({"rejang-lebong, true, TIER1", "rejang-lebong, false, TIER2", "bitung, true, TIER1",
            "samarinda, true, SERVICE_CENTRE", "manggarai-barat, false, SERVICE_CENTRE"})
    void anAutomaticTicketFollowsTheRegionsRouting_S2(String profile, boolean opdHasTier1, Tier expected) {
        ServiceDeskModel model = RegionProfiles.bind(profile, "spbe.regulation.servicedesk",
                ServicedeskRegulation.class).model();
        Ticket t = fromOutage(Routing.decide(model, Category.INFRASTRUKTUR, "DINKES", opdHasTier1));
        assertThat(t.tier()).isEqualTo(expected);
        assertThat(t.routingReason() != null).isEqualTo(expected == Tier.TIER2);
    }

    @Test
    void aLaterEventIsACommentOnceWithoutCountingAsTheFirstResponse_S5() {
        Ticket t = fromOutage();
        assertThat(t.noteSourceEvent("e2", "outage:o2", "Mati lagi", NOW)).isTrue();
        assertThat(t.noteSourceEvent("e2", "outage:o2", "Mati lagi", NOW)).isFalse();
        assertThat(t.comments()).extracting(Comment::text).containsExactly("Mati lagi");
        assertThat(t.facts()).extracting(TicketFact::kind).doesNotContain(TicketFact.Kind.RESPONDED);
        assertThat(t.sourceCauses()).containsExactly("outage:o1", "outage:o2");
    }

    @Test
    void theClearingResolvesAnUntakenTicketAsSystemOnce_S1() {
        Ticket t = fromOutage();
        assertThat(t.clearCause("e9", "Pulih; lama gangguan 10 menit", NOW)).isEqualTo(Ticket.Clearing.RESOLVED);
        assertThat(t.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(t.resolution().by()).isEqualTo("system");
        assertThat(t.raisedEvents()).filteredOn(TicketResolved.class::isInstance).hasSize(1);
        assertThat(t.clearCause("e9", "Pulih", NOW)).isEqualTo(Ticket.Clearing.ALREADY_TAKEN);
    }

    @Test
    void theClearingOfAWaitingTicketResumesItFirst_S5() {
        Ticket t = fromOutage();
        t.assign("teknisi", "teknisi", NOW);
        t.requestInformation("Sejak kapan?", "teknisi", NOW);
        assertThat(t.clearCause("e9", "Pulih", NOW.plus(Duration.ofMinutes(5)))).isEqualTo(Ticket.Clearing.RESOLVED);
        assertThat(t.facts()).extracting(TicketFact::kind).endsWith(TicketFact.Kind.RESUMED,
                TicketFact.Kind.RESOLVED);
        assertThat(t.assignee()).isEqualTo("teknisi");
    }

    @Test
    void aTicketAPersonReopenedOrFinishedIsOnlyCommented_S1() {
        Ticket reopened = fromOutage();
        reopened.assign("teknisi", "teknisi", NOW);
        reopened.resolve("Dinyalakan ulang", "teknisi", NOW);
        reopened.reopen("Masih lambat", Duration.ofDays(14), "operator.dinkes", NOW);
        assertThat(reopened.clearCause("e9", "Pulih", NOW)).isEqualTo(Ticket.Clearing.NOTED);
        assertThat(reopened.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(reopened.comments()).extracting(Comment::text).containsExactly("Pulih");

        Ticket closed = fromOutage();
        closed.assign("teknisi", "teknisi", NOW);
        closed.resolve("Dialihkan", "teknisi", NOW);
        closed.close("teknisi", NOW);
        int events = closed.raisedEvents().size();
        assertThat(closed.clearCause("e9", "Pulih", NOW)).isEqualTo(Ticket.Clearing.NOTED);
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.comments()).isEmpty();
        assertThat(closed.raisedEvents()).hasSize(events).noneMatch(TicketCommented.class::isInstance);
    }
}
