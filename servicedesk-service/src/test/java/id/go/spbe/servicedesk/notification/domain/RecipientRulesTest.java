package id.go.spbe.servicedesk.notification.domain;

import id.go.spbe.servicedesk.ticket.domain.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of what (issue 9, Notifications), as pure rules: the requester's side and the agent side. */
class RecipientRulesTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    /** DINKES has two technicians (one with e-mail), DISDIK one; Dinas's Tier 2 mailbox. */
    static final DeskContacts CONTACTS = new DeskContacts() {
        final Map<String, List<Contact>> rosters = Map.of(
                "DINKES", List.of(new Contact("teknisi.dinkes", "teknisi@dinkes.test"),
                        new Contact("teknisi2.dinkes", null)),
                "DISDIK", List.of(new Contact("teknisi.disdik", "teknisi@disdik.test")));

        @Override
        public List<Contact> tier1(String opd) {
            return rosters.getOrDefault(opd, List.of());
        }

        @Override
        public List<Contact> tier2() {
            return List.of(); // no Tier 2 roster: the desk is addressed as a whole
        }

        @Override
        public String tier2Email(String username) {
            return null;
        }

        @Override
        public String tier2Mailbox() {
            return "tier2@diskominfo.test";
        }
    };

    /** As {@link #CONTACTS}, with a Tier 2 roster naming two active agents (agen3.tier2 is on it, inactive). */
    static final DeskContacts WITH_TIER2_ROSTER = new DeskContacts() {
        @Override
        public List<Contact> tier1(String opd) {
            return CONTACTS.tier1(opd);
        }

        @Override
        public List<Contact> tier2() {
            return List.of(new Contact("agen.tier2", "agen@diskominfo.test"),
                    new Contact("agen2.tier2", "agen2@diskominfo.test"));
        }

        @Override
        public String tier2Email(String username) {
            return Map.of("agen.tier2", "agen@diskominfo.test", "agen2.tier2", "agen2@diskominfo.test",
                    "agen3.tier2", "agen3@diskominfo.test").get(username);
        }

        @Override
        public String tier2Mailbox() {
            return "tier2@diskominfo.test";
        }
    };

    static TicketHappening happening(NotificationKind kind, String actor, String assignee, Tier queue) {
        return new TicketHappening("ev-1", kind, actor, AT, "0a1b2c3d-0000-0000-0000-000000000000",
                "Printer tidak bisa mencetak", "DINKES", "operator.dinkes", "pelapor@dinkes.test", assignee, queue,
                null, null);
    }

    static List<String> keys(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::key).toList();
    }

    @Test
    void aNewTicketReachesItsOwnOpdsTier1RosterOnly_neverAnotherOpd_S2() {
        List<Recipient> r = RecipientRules.recipients(happening(NotificationKind.TICKET_OPENED, "operator.dinkes",
                null, Tier.TIER1), CONTACTS);

        assertThat(keys(r)).containsExactly("user:teknisi.dinkes", "user:teknisi2.dinkes");
        assertThat(r).extracting(Recipient::email).containsExactly("teknisi@dinkes.test", null);
        assertThat(r).extracting(Recipient::relation).containsOnly(Relation.QUEUE);
    }

    @Test
    void nobodyIsToldOfTheirOwnAction() {
        // the technician takes the ticket: the requester hears of it, the technician (the actor) does not
        List<Recipient> taken = RecipientRules.recipients(happening(NotificationKind.TICKET_ASSIGNED,
                "teknisi.dinkes", "teknisi.dinkes", Tier.TIER1), CONTACTS);
        assertThat(keys(taken)).containsExactly("user:operator.dinkes");

        // the requester comments: the holder hears of it, the requester does not
        List<Recipient> answered = RecipientRules.recipients(happening(NotificationKind.PUBLIC_COMMENT,
                "operator.dinkes", "teknisi.dinkes", Tier.TIER1), CONTACTS);
        assertThat(keys(answered)).containsExactly("user:teknisi.dinkes");
        assertThat(answered.get(0).email()).isEqualTo("teknisi@dinkes.test");

        // a technician of the queue comments on an unowned ticket: the rest of the queue and the requester
        List<Recipient> fromQueue = RecipientRules.recipients(happening(NotificationKind.PUBLIC_COMMENT,
                "teknisi.dinkes", null, Tier.TIER1), CONTACTS);
        assertThat(keys(fromQueue)).containsExactly("user:operator.dinkes", "user:teknisi2.dinkes");
    }

    @Test
    void anInternalCommentNeverReachesTheRequester_evenWhenTheRequesterIsInTheQueue() {
        TicketHappening h = new TicketHappening("ev-2", NotificationKind.INTERNAL_COMMENT, "teknisi.dinkes", AT,
                "0a1b2c3d-0000-0000-0000-000000000000", "Printer", "DINKES", "teknisi2.dinkes", null, null,
                Tier.TIER1, null, null);

        assertThat(RecipientRules.recipients(h, CONTACTS)).isEmpty();
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.INTERNAL_COMMENT, "agen.tier2",
                "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:teknisi.dinkes");
    }

    @Test
    void anEscalatedTicketReachesTheTier2DeskAndItsMailbox_andTheRequester_S3() {
        List<Recipient> r = RecipientRules.recipients(happening(NotificationKind.TICKET_ESCALATED, "teknisi.dinkes",
                null, Tier.TIER2), CONTACTS);

        assertThat(keys(r)).containsExactly("user:operator.dinkes", "role:TIER2_AGENT");
        assertThat(r.get(1).email()).isEqualTo("tier2@diskominfo.test");
    }

    @Test
    void withATier2RosterTheQueueIsItsActiveAgents_byNameAndAddress_notTheDeskMailbox_S3() {
        List<Recipient> r = RecipientRules.recipients(happening(NotificationKind.TICKET_ESCALATED, "teknisi.dinkes",
                null, Tier.TIER2), WITH_TIER2_ROSTER);
        assertThat(keys(r)).containsExactly("user:operator.dinkes", "user:agen.tier2", "user:agen2.tier2");
        assertThat(r).extracting(Recipient::email).containsExactly("pelapor@dinkes.test", "agen@diskominfo.test",
                "agen2@diskominfo.test");
        assertThat(r.get(1).relation()).isEqualTo(Relation.QUEUE);

        // the agent's own action tells the rest of the roster, not them; the service centre's queue is the same
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.PUBLIC_COMMENT, "agen.tier2", null,
                Tier.SERVICE_CENTRE), WITH_TIER2_ROSTER))).containsExactly("user:operator.dinkes", "user:agen2.tier2");
        // a ticket held by an agent reaches them at their roster address, even one now inactive
        List<Recipient> held = RecipientRules.recipients(happening(NotificationKind.SLA_WARNING, "system",
                "agen3.tier2", Tier.TIER2), WITH_TIER2_ROSTER);
        assertThat(keys(held)).containsExactly("user:agen3.tier2");
        assertThat(held.get(0).email()).isEqualTo("agen3@diskominfo.test");
        // a Tier 1 ticket whose roster was withdrawn falls to the Tier 2 roster too (S2)
        TicketHappening uncovered = new TicketHappening("ev-5", NotificationKind.SLA_WARNING, "system", AT,
                "0a1b2c3d-0000-0000-0000-000000000000", "Printer", "DISHUB", "operator.dishub", null, null,
                Tier.TIER1, "TIME_TO_OWN", AT.plusSeconds(600));
        assertThat(keys(RecipientRules.recipients(uncovered, WITH_TIER2_ROSTER)))
                .containsExactly("user:agen.tier2", "user:agen2.tier2");
    }

    @Test
    void aSecurityIncidentGoesStraightToTier2_S8() {
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_OPENED, "operator.dinkes",
                null, Tier.TIER2), CONTACTS))).containsExactly("role:TIER2_AGENT");
    }

    @Test
    void aTier1TicketWhoseRosterWasWithdrawnFallsToTheTier2Desk_S2() {
        TicketHappening h = new TicketHappening("ev-3", NotificationKind.SLA_WARNING, "system", AT,
                "0a1b2c3d-0000-0000-0000-000000000000", "Printer", "DISHUB", "operator.dishub", null, null,
                Tier.TIER1, "TIME_TO_OWN", AT.plusSeconds(600));

        assertThat(keys(RecipientRules.recipients(h, CONTACTS))).containsExactly("role:TIER2_AGENT");
    }

    @Test
    void slaWarningsAndBreachesGoToTheHolderNotTheRequester_S5() {
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.SLA_BREACHED, "system",
                "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:teknisi.dinkes");
    }

    @Test
    void requestsForInformationAndResolutionsGoToTheRequesterOnly() {
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.INFORMATION_REQUESTED,
                "teknisi.dinkes", "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:operator.dinkes");
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_RESOLVED, "teknisi.dinkes",
                "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:operator.dinkes");
    }

    @Test
    void anAutomaticTicketHasNoRequesterToTell() {
        TicketHappening h = new TicketHappening("ev-4", NotificationKind.TICKET_RESOLVED, "system", AT,
                "0a1b2c3d-0000-0000-0000-000000000000", "Layanan SIMPEG tidak dapat diakses", "DINKES", "system",
                null, null, Tier.TIER1, null, null);

        assertThat(RecipientRules.recipients(h, CONTACTS)).isEmpty();
    }

    @Test
    void theMailSaysWhatHappenedInBahasaIndonesiaWithNumberTitleAndLink() {
        TicketHappening h = new TicketHappening("ev-5", NotificationKind.SLA_WARNING, "system", AT,
                "0a1b2c3d-0000-0000-0000-000000000000", "Printer tidak bisa mencetak", "DINKES", "operator.dinkes",
                null, "teknisi.dinkes", Tier.TIER1, "RESOLUTION", Instant.parse("2026-03-02T08:30:00Z"));

        assertThat(NotificationTexts.subject(h))
                .isEqualTo("[Tiket 0A1B2C3D] Peringatan SLA: Printer tidak bisa mencetak");
        String body = NotificationTexts.body(h, Relation.ASSIGNEE, ZoneId.of("Asia/Jayapura"),
                "https://spbe.test/layanan/tiket/0a1b2c3d-0000-0000-0000-000000000000");
        assertThat(body).contains("Peringatan SLA: batas penyelesaian hampir terlampaui (jatuh tempo 2 Maret 2026 "
                        + "17:30 WIT)")
                .contains("Nomor tiket : 0A1B2C3D").contains("Judul       : Printer tidak bisa mencetak")
                .contains("Waktu       : 2 Maret 2026 11:00 WIT")
                .contains("Lihat tiket: https://spbe.test/layanan/tiket/0a1b2c3d-0000-0000-0000-000000000000");
    }

    @Test
    void aReopeningReachesTheRequesterAndTheAgentItReturnsTo_notTheOneWhoReopened() {
        // the requester reopens: the technician the ticket returns to hears of it, the requester does not
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_REOPENED, "operator.dinkes",
                "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:teknisi.dinkes");
        // the desk reopens it (say, Dinas): both sides hear of it
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_REOPENED, "admin.dinas",
                "teknisi.dinkes", Tier.TIER1), CONTACTS)))
                .containsExactly("user:operator.dinkes", "user:teknisi.dinkes");
    }

    @Test
    void aClosureReachesTheRequesterAndTheHolder_neverAQueue_norTheOneWhoClosed() {
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_CLOSED, "teknisi.dinkes",
                "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:operator.dinkes");
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_CLOSED, "operator.dinkes",
                "teknisi.dinkes", Tier.TIER1), CONTACTS))).containsExactly("user:teknisi.dinkes");
        // closed by the desk's automation while nobody held it: the requester only, no queue is disturbed
        assertThat(keys(RecipientRules.recipients(happening(NotificationKind.TICKET_CLOSED, "system", null,
                Tier.TIER1), CONTACTS))).containsExactly("user:operator.dinkes");
    }

    @Test
    void aSatisfactionRatingReachesOnlyTheAgentWhoHeldTheTicket() {
        List<Recipient> rated = RecipientRules.recipients(happening(NotificationKind.SATISFACTION_RATED,
                "operator.dinkes", "teknisi.dinkes", Tier.TIER1), CONTACTS);
        assertThat(keys(rated)).containsExactly("user:teknisi.dinkes");
        assertThat(rated.get(0).email()).isEqualTo("teknisi@dinkes.test");
        assertThat(RecipientRules.recipients(happening(NotificationKind.SATISFACTION_RATED, "operator.dinkes", null,
                Tier.TIER2), CONTACTS)).isEmpty();
    }

    @Test
    void everyKindBelongsToOneOfTheSixMailTopicsUsersChooseFrom() {
        assertThat(MailTopic.values()).extracting(Enum::name).containsExactly("ASSIGNMENT", "COMMENT",
                "INFORMATION_REQUEST", "ESCALATION", "RESOLUTION", "BREACH_WARNING");
        assertThat(NotificationKind.INTERNAL_COMMENT.topic()).isEqualTo(MailTopic.COMMENT);
        assertThat(NotificationKind.SLA_BREACHED.topic()).isEqualTo(MailTopic.BREACH_WARNING);
        assertThat(NotificationKind.SATISFACTION_RATED.topic()).isEqualTo(MailTopic.RESOLUTION);
    }
}
