package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.servicedesk.sla.domain.SlaEvents.SlaPolicyRevised;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The SLA targets for one ticket type × priority (S5), with every version it ever had. A revision adds a version
 * effective at once; running clocks are recomputed with it, finished ones keep the version of their time.
 */
@Document("sla_policies")
public class SlaPolicy extends AggregateRoot {

    @Id
    private String id;
    private TicketType type;
    private Priority priority;
    private List<PolicyVersion> versions = new ArrayList<>();

    SlaPolicy() {
    }

    /** The first version, from the service's defaults. */
    public static SlaPolicy initial(TicketType type, Priority priority, int timeToOwn, int firstResponse,
            int resolution, Instant now) {
        SlaPolicy policy = new SlaPolicy();
        policy.id = PolicyBook.key(type, priority);
        policy.type = type;
        policy.priority = priority;
        policy.revise(timeToOwn, firstResponse, resolution, "Nilai awal layanan", "system", now);
        return policy;
    }

    /** Adds a version with new targets in business minutes, effective {@code now}. */
    public PolicyVersion revise(int timeToOwn, int firstResponse, int resolution, String reason, String by,
            Instant now) {
        if (timeToOwn <= 0 || firstResponse <= 0 || resolution <= 0) {
            throw new RuleViolationException("S5", "Target SLA harus lebih dari nol menit.");
        }
        if (timeToOwn > resolution || firstResponse > resolution) {
            throw new RuleViolationException("S5", "Waktu pengambilan dan tanggapan pertama tidak boleh melebihi "
                    + "target penyelesaian.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("S5", "Alasan revisi kebijakan SLA wajib diisi.");
        }
        PolicyVersion v = new PolicyVersion(versions.size() + 1, now, timeToOwn, firstResponse, resolution,
                reason.trim(), by);
        versions.add(v);
        raise(new SlaPolicyRevised(UUID.randomUUID(), now, id, type, priority, v.version(), timeToOwn,
                firstResponse, resolution, v.reason(), by));
        return v;
    }

    public String id() {
        return id;
    }

    public TicketType type() {
        return type;
    }

    public Priority priority() {
        return priority;
    }

    public List<PolicyVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public PolicyVersion current() {
        return versions.get(versions.size() - 1);
    }
}
