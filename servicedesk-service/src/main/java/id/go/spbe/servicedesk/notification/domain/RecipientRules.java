package id.go.spbe.servicedesk.notification.domain;

import id.go.spbe.platform.security.Roles;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.Tier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is told of what (issue 9, "Notifications"). Two sides of a ticket:
 * <ul>
 *   <li>the <b>requester</b> — the user who opened it — hears of assignment, public comments, requests for
 *       information, escalation and resolution, never of an internal comment;</li>
 *   <li>the <b>agent side</b> — the agent holding the ticket, or, while nobody does, its queue: the requester OPD's
 *       Tier 1 roster (S2), or for an escalated ticket (S3), a security incident (S8) and the service centre the
 *       active agents of the Tier 2 roster (or, while it names none, every Tier 2 agent and Dinas's mailbox) —
 *       hears of a new ticket in the queue, an assignment to them, comments, escalation and SLA warnings and
 *       breaches (S5).</li>
 * </ul>
 * The end of a ticket's life: a <b>reopening</b> goes to both sides (the requester, and the agent the ticket returns
 * to, or its queue); a <b>closure</b> to the requester and the agent who held it (a closed ticket asks nothing of a
 * queue); a <b>satisfaction rating</b> only to the agent who held it — the requester gave it.
 * Nobody is told of their own action, and only the requester OPD's people and Dinas's desk are ever addressed: a
 * queue is the requester OPD's roster, never another OPD's.
 */
public final class RecipientRules {

    private RecipientRules() {
    }

    public static List<Recipient> recipients(TicketHappening h, DeskContacts contacts) {
        List<Recipient> all = new ArrayList<>();
        switch (h.kind()) {
            case TICKET_OPENED, SLA_WARNING, SLA_BREACHED -> all.addAll(agentSide(h, contacts));
            case TICKET_ASSIGNED -> {
                all.addAll(agentSide(h, contacts));
                all.add(requester(h));
            }
            case PUBLIC_COMMENT, TICKET_ESCALATED -> {
                all.add(requester(h));
                all.addAll(agentSide(h, contacts));
            }
            case INTERNAL_COMMENT -> all.addAll(agentSide(h, contacts).stream()
                    .filter(r -> !Objects.equals(r.username(), h.requester())).toList());
            case INFORMATION_REQUESTED, TICKET_RESOLVED -> all.add(requester(h));
            case TICKET_REOPENED -> {
                all.add(requester(h));
                all.addAll(agentSide(h, contacts));
            }
            case TICKET_CLOSED -> {
                all.add(requester(h));
                all.addAll(holder(h, contacts));
            }
            case SATISFACTION_RATED -> all.addAll(holder(h, contacts));
        }
        Map<String, Recipient> unique = new LinkedHashMap<>();
        for (Recipient r : all) {
            if (r != null && !(r.username() != null && r.username().equals(h.actor()))) {
                unique.putIfAbsent(r.key(), r);
            }
        }
        return List.copyOf(unique.values());
    }

    /** The requester, unless the desk itself opened the ticket (an automatic ticket has nobody to tell). */
    private static Recipient requester(TicketHappening h) {
        if (h.requester() == null || h.requester().isBlank() || Ticket.SYSTEM.equals(h.requester())) {
            return null;
        }
        return Recipient.person(h.requester(), h.requesterEmail(), Relation.REQUESTER);
    }

    /** The agent holding the ticket, or nobody when none does (no queue is told). */
    private static List<Recipient> holder(TicketHappening h, DeskContacts contacts) {
        return h.assignee() == null || h.assignee().isBlank() ? List.of() : agentSide(h, contacts);
    }

    private static List<Recipient> agentSide(TicketHappening h, DeskContacts contacts) {
        if (h.assignee() != null && !h.assignee().isBlank()) {
            String email = h.queue() == Tier.TIER1 ? contacts.tier1(h.requesterOpd()).stream()
                    .filter(c -> c.username().equals(h.assignee())).map(DeskContacts.Contact::email)
                    .filter(Objects::nonNull).findFirst().orElse(null) : contacts.tier2Email(h.assignee());
            return List.of(Recipient.person(h.assignee(), email, Relation.ASSIGNEE));
        }
        if (h.queue() == Tier.TIER1) {
            List<DeskContacts.Contact> roster = contacts.tier1(h.requesterOpd());
            if (!roster.isEmpty()) {
                return roster.stream().map(c -> Recipient.person(c.username(), c.email(), Relation.QUEUE)).toList();
            }
            // the roster was withdrawn while the ticket sat at Tier 1: Dinas's desk is the one left to know (S2)
        }
        List<DeskContacts.Contact> tier2 = contacts.tier2();
        if (!tier2.isEmpty()) {
            return tier2.stream().map(c -> Recipient.person(c.username(), c.email(), Relation.QUEUE)).toList();
        }
        // nobody named at Tier 2 yet: every Tier 2 agent's inbox and the desk's mailbox
        return List.of(Recipient.desk(Roles.TIER2_AGENT, contacts.tier2Mailbox()));
    }
}
