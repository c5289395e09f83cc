package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What background work (the SLA monitor) may do with tickets, without a caller: walk the open tickets and apply a
 * change the aggregate decides. A concurrent change by a person wins; the job sees the ticket again on its next tick.
 */
@Service
public class TicketAutomation {

    private static final Logger log = LoggerFactory.getLogger(TicketAutomation.class);
    private static final int BATCH = 500;

    private final TicketRepository tickets;
    private final MongoTemplate mongo;

    TicketAutomation(TicketRepository tickets, MongoTemplate mongo) {
        this.tickets = tickets;
        this.mongo = mongo;
    }

    /**
     * Every ticket neither resolved nor closed, and those resolved or closed since {@code changedSince} (a clock
     * that stopped late between two passes still has its breach to report), in batches by id.
     */
    public void forEachTicketToWatch(Instant changedSince, Consumer<Ticket> visit) {
        String after = "";
        while (true) {
            Criteria watched = new Criteria().orOperator(
                    Criteria.where("status").nin(TicketStatus.RESOLVED, TicketStatus.CLOSED),
                    Criteria.where("updatedAt").gte(changedSince));
            Query query = Query.query(new Criteria().andOperator(watched, Criteria.where("_id").gt(after)))
                    .with(PageRequest.of(0, BATCH, Sort.by("_id")));
            List<Ticket> batch = mongo.find(query, Ticket.class);
            batch.forEach(visit);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** The ticket as stored now, without a caller (notifications read its title, requester and assignee). */
    public java.util.Optional<Ticket> find(String id) {
        return tickets.findById(id);
    }

    /** Loads the ticket afresh, applies {@code change}; saves when it returns true. False on a concurrent write. */
    public boolean update(String id, Predicate<Ticket> change) {
        Ticket ticket = tickets.findById(id).orElse(null);
        if (ticket == null || !change.test(ticket)) {
            return false;
        }
        try {
            tickets.save(ticket);
            return true;
        } catch (OptimisticLockingFailureException concurrent) {
            log.debug("Ticket {} changed concurrently; the next tick sees it again", id);
            return false;
        }
    }
}
