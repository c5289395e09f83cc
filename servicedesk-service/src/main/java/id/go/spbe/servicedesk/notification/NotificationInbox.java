package id.go.spbe.servicedesk.notification;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-app inbox of the signed-in user: entries addressed to them by name, and those addressed to a desk they
 * belong to by role (the Tier 2 agents), except entries reporting their own action. Nobody reaches another user's
 * entry: an id outside the caller's inbox is answered 404, like one that does not exist.
 */
@Service
public class NotificationInbox {

    private final MongoTemplate mongo;

    NotificationInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Page<Notification> list(Caller caller, boolean unreadOnly, Pageable page) {
        Query query = Query.query(unreadOnly ? unread(caller) : mine(caller));
        long total = mongo.count(query, Notification.class);
        return new PageImpl<>(mongo.find(query.with(page), Notification.class), page, total);
    }

    public long unreadCount(Caller caller) {
        return mongo.count(Query.query(unread(caller)), Notification.class);
    }

    /** Marks one entry read for the caller (again: no change); 404 when it is not in the caller's inbox. */
    public Notification markRead(Caller caller, String id) {
        Criteria entry = new Criteria().andOperator(Criteria.where("_id").is(id), mine(caller));
        if (!mongo.exists(Query.query(entry), Notification.class)) {
            throw new NotFoundException("notification", id);
        }
        mongo.updateFirst(Query.query(entry), new Update().addToSet("readBy", caller.username()),
                Notification.class);
        return mongo.findById(id, Notification.class);
    }

    /** Marks every unread entry of the caller read; returns how many were unread. */
    public long markAllRead(Caller caller) {
        return mongo.updateMulti(Query.query(unread(caller)), new Update().addToSet("readBy", caller.username()),
                Notification.class).getModifiedCount();
    }

    private static Criteria mine(Caller caller) {
        List<String> addresses = new ArrayList<>();
        addresses.add("user:" + caller.username());
        caller.roles().stream().sorted().forEach(role -> addresses.add("role:" + role));
        return new Criteria().andOperator(Criteria.where("recipient").in(addresses),
                Criteria.where("actor").ne(caller.username()));
    }

    private static Criteria unread(Caller caller) {
        return new Criteria().andOperator(mine(caller), Criteria.where("readBy").nin(caller.username()));
    }
}
