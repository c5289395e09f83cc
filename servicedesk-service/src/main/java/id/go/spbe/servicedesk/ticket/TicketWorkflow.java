package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import id.go.spbe.servicedesk.ticket.domain.Comment;
import id.go.spbe.servicedesk.ticket.domain.Level;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The steps of a ticket's life (S1–S3, S5, S8): each is authorised here (who works the ticket now, or the
 * requester's side), decided by the aggregate and saved with its event and history entry in one write. A stale
 * {@code If-Match} is a 412.
 */
@Service
public class TicketWorkflow {

    private static final Set<TicketStatus> OPEN = EnumSet.complementOf(EnumSet.of(TicketStatus.RESOLVED,
            TicketStatus.CLOSED));

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final Tier1Rosters rosters;
    private final TicketProperties properties;
    private final Clock clock;

    TicketWorkflow(TicketRepository tickets, TicketAccess access, Tier1Rosters rosters, TicketProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.rosters = rosters;
        this.properties = properties;
        this.clock = clock;
    }

    /** An agent takes the ticket; at Tier 1 only a technician on the OPD's roster (S2). */
    public Ticket take(Caller caller, String id, String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> {
            requireOnRoster(t, caller.username());
            t.assign(caller.username(), caller.username(), now());
        });
    }

    /** An agent gives the ticket to a colleague; at Tier 1 the colleague must be on the OPD's roster (S2). */
    public Ticket assign(Caller caller, String id, String assignee, String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> {
            requireOnRoster(t, assignee);
            t.assign(assignee, caller.username(), now());
        });
    }

    public record Commented(Ticket ticket, Comment comment) {
    }

    /** Agents comment publicly or internally; the requester's side publicly (and so answers a request). */
    public Commented comment(Caller caller, String id, String text, boolean internal, String ifMatch) {
        Ticket t = access.forReading(caller, id);
        boolean agent = TicketAccess.works(caller, t);
        if (!agent && !TicketAccess.speaksForRequester(caller, t)) {
            throw new AccessDeniedException("only the desk holding the ticket and the requester's side comment");
        }
        ETags.checkIfMatch(ifMatch, t.version());
        Comment comment = t.comment(text, internal, agent, caller.username(), now());
        return new Commented(tickets.save(t), comment);
    }

    public Ticket requestInformation(Caller caller, String id, String question, String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> t.requestInformation(question, caller.username(), now()));
    }

    public Ticket resume(Caller caller, String id, String ifMatch) {
        return asAgentOrRequester(caller, id, ifMatch, t -> t.resume(caller.username(), now()));
    }

    public Ticket reprioritize(Caller caller, String id, Level impact, Level urgency, String reason,
            String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> t.reprioritize(impact, urgency, reason, caller.username(), now()));
    }

    /** S3: Tier 1 escalates to Tier 2 with a reason, also an unassigned ticket. */
    public Ticket escalate(Caller caller, String id, String reason, String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> t.escalate(reason, false, caller.username(), now()));
    }

    public Ticket recordRootCause(Caller caller, String id, String rootCause, String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> t.recordRootCause(rootCause, caller.username(), now()));
    }

    public Ticket secureEvidence(Caller caller, String id, String item, String ifMatch) {
        return asAgent(caller, id, ifMatch, t -> t.secureEvidence(item, caller.username(), now()));
    }

    public Ticket resolve(Caller caller, String id, String note, String ifMatch) {
        return resolve(caller, id, note, false, ifMatch);
    }

    /**
     * Resolves the ticket; a problem with {@code withChildren} also resolves each of its open children, each with
     * its own resolution fact, event and history entry. Every child must be one the caller may act on (the desk
     * holding it, or Tier 2): otherwise 403 and nothing is resolved. All rules are checked on every ticket before
     * any is saved.
     */
    public Ticket resolve(Caller caller, String id, String note, boolean withChildren, String ifMatch) {
        Ticket problem = access.forWorking(caller, id);
        ETags.checkIfMatch(ifMatch, problem.version());
        Instant now = now();
        problem.resolve(note, caller.username(), now);
        List<Ticket> children = withChildren && problem.type() == TicketType.MASALAH
                ? tickets.findByProblemIdAndStatusIn(problem.id(), OPEN) : List.of();
        for (Ticket child : children) {
            requireActsOnChild(caller, child);
            child.resolveWithProblem(problem.id(), note, caller.username(), now);
        }
        Ticket saved = tickets.save(problem);
        children.forEach(tickets::save);
        return saved;
    }

    /** Closes a resolved ticket; a problem stays open while any of its children is (409). */
    public Ticket close(Caller caller, String id, String ifMatch) {
        return asAgentOrRequester(caller, id, ifMatch, t -> {
            if (t.type() == TicketType.MASALAH && !tickets.findByProblemIdAndStatusIn(t.id(), OPEN).isEmpty()) {
                throw new StateConflictException("Masalah tidak dapat ditutup selama masih ada tiket anak yang "
                        + "terbuka.");
            }
            t.close(caller.username(), now());
        });
    }

    /**
     * Groups an incident or complaint under a problem. The caller works the problem and may act on the child (the
     * desk holding it, or Tier 2); either ticket invisible to the caller is a 404. {@code ifMatch}: the child's.
     */
    public Ticket linkToProblem(Caller caller, String childId, String problemId, String ifMatch) {
        Ticket child = access.forReading(caller, childId);
        Ticket problem = access.forWorking(caller, problemId);
        requireActsOnChild(caller, child);
        ETags.checkIfMatch(ifMatch, child.version());
        child.linkToProblem(problem, caller.username(), now());
        return tickets.save(child);
    }

    public Ticket unlinkFromProblem(Caller caller, String childId, String ifMatch) {
        Ticket child = access.forReading(caller, childId);
        if (child.problemId() == null) {
            throw new StateConflictException("Tiket tidak dikelompokkan ke masalah mana pun.");
        }
        access.forWorking(caller, child.problemId());
        requireActsOnChild(caller, child);
        ETags.checkIfMatch(ifMatch, child.version());
        child.unlinkFromProblem(child.problemId(), caller.username(), now());
        return tickets.save(child);
    }

    /**
     * CSAT by the requester only: another OPD's user gets a 404 (the ticket is invisible), anyone else who sees it
     * a 403.
     */
    public Ticket rateSatisfaction(Caller caller, String id, int score, String comment, String ifMatch) {
        Ticket t = access.forReading(caller, id);
        if (!caller.username().equals(t.requester())) {
            throw new AccessDeniedException("only the requester rates a ticket");
        }
        ETags.checkIfMatch(ifMatch, t.version());
        t.rateSatisfaction(score, comment, caller.username(), now());
        return tickets.save(t);
    }

    private static void requireActsOnChild(Caller caller, Ticket child) {
        if (!TicketAccess.works(caller, child) && !caller.hasRole(Roles.TIER2_AGENT)) {
            throw new AccessDeniedException("only the desk holding ticket " + child.id() + " or Tier 2 acts on it");
        }
    }

    public Ticket reopen(Caller caller, String id, String reason, String ifMatch) {
        return asAgentOrRequester(caller, id, ifMatch,
                t -> t.reopen(reason, properties.reopenWindow(), caller.username(), now()));
    }

    private void requireOnRoster(Ticket t, String username) {
        if (t.tier() == Tier.TIER1 && !rosters.isTechnician(t.requesterOpd(), username)) {
            throw new RuleViolationException("S2", "'" + username + "' tidak tercantum dalam roster Tier 1 OPD "
                    + t.requesterOpd() + ".");
        }
    }

    private Ticket asAgent(Caller caller, String id, String ifMatch, Consumer<Ticket> step) {
        Ticket t = access.forWorking(caller, id);
        ETags.checkIfMatch(ifMatch, t.version());
        step.accept(t);
        return tickets.save(t);
    }

    private Ticket asAgentOrRequester(Caller caller, String id, String ifMatch, Consumer<Ticket> step) {
        Ticket t = access.forReading(caller, id);
        if (!TicketAccess.works(caller, t) && !TicketAccess.speaksForRequester(caller, t)) {
            throw new AccessDeniedException("only the desk holding the ticket and the requester's side take this step");
        }
        ETags.checkIfMatch(ifMatch, t.version());
        step.accept(t);
        return tickets.save(t);
    }

    private Instant now() {
        return clock.instant();
    }
}
