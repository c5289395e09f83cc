package id.go.spbe.servicedesk.lanchange;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The service desk's copy of one LAN change report (N7, owned by network-service) that cites a PERUBAHAN ticket as
 * the change that authorised it (S6), kept from network's events: what was changed, when, by whom, and whether Dinas
 * acknowledged the report. One record per report id, so a redelivered event rewrites the same record.
 */
@Document("lan_change_citations")
public class LanChangeCitation {

    /** The report's status as network-service last published it. */
    public enum Status {
        REPORTED, ACKNOWLEDGED
    }

    @Id
    private String id;
    @Indexed
    private String ticketId;
    private String opdCode;
    private String what;
    private LocalDate performedOn;
    private long fromRevision;
    private long toRevision;
    private String reportedBy;
    private Instant reportedAt;
    private Status status;
    private String acknowledgedBy;
    private Instant acknowledgedAt;

    LanChangeCitation() {
    }

    static LanChangeCitation reported(String reportId, String ticketId, String opdCode, String what,
            LocalDate performedOn, long fromRevision, long toRevision, String reportedBy, Instant reportedAt) {
        LanChangeCitation c = new LanChangeCitation();
        c.id = reportId;
        c.ticketId = ticketId;
        c.opdCode = opdCode;
        c.what = what;
        c.performedOn = performedOn;
        c.fromRevision = fromRevision;
        c.toRevision = toRevision;
        c.reportedBy = reportedBy;
        c.reportedAt = reportedAt;
        c.status = Status.REPORTED;
        return c;
    }

    void acknowledged(String by, Instant at) {
        status = Status.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public String id() {
        return id;
    }

    public String ticketId() {
        return ticketId;
    }

    public String opdCode() {
        return opdCode;
    }

    public String what() {
        return what;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public long fromRevision() {
        return fromRevision;
    }

    public long toRevision() {
        return toRevision;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Status status() {
        return status;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
