package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketType;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The SLA policies per ticket type × priority, each with all its versions (oldest first). */
public record PolicyBook(Map<String, List<PolicyVersion>> versions) {

    public static String key(TicketType type, Priority priority) {
        return type + ":" + priority;
    }

    public List<PolicyVersion> versionsOf(TicketType type, Priority priority) {
        List<PolicyVersion> found = versions.get(key(type, priority));
        if (found == null || found.isEmpty()) {
            throw new IllegalStateException("no SLA policy for " + key(type, priority));
        }
        return found;
    }

    /** The version in force at {@code at}: the latest one effective by then, else the first one. */
    public PolicyVersion inForce(TicketType type, Priority priority, Instant at) {
        List<PolicyVersion> all = versionsOf(type, priority);
        return all.stream().filter(v -> !v.effectiveFrom().isAfter(at))
                .max(Comparator.comparingInt(PolicyVersion::version)).orElse(all.get(0));
    }
}
