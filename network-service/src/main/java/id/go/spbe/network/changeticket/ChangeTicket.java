package id.go.spbe.network.changeticket;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * network-service's copy of one servicedesk PERUBAHAN ticket (S6), kept from servicedesk's ticket events: its OPD,
 * its stage, and whether and by whom it was approved. A LAN change report (N7) may cite it once it is approved.
 * servicedesk owns the ticket; this record only follows it (it may lag behind by the events still on the way).
 */
@Document("servicedesk_change_tickets")
public class ChangeTicket {

    /** Servicedesk keeps titles to 200 characters; a longer one is cut here rather than the event refused. */
    static final int TITLE_MAX = 200;

    @Id
    private String id;
    private String opdCode;
    private String title;
    private String stage;
    private Instant stageAt;
    private String affectedApplicationId;
    private String category;
    private String affectedSite;
    private Instant openedAt;
    private String openedBy;
    private Instant approvedAt;
    private String approvedBy;
    private String approverRole;
    private Instant implementedAt;

    ChangeTicket() {
    }

    static ChangeTicket known(String id, String opdCode) {
        ChangeTicket ticket = new ChangeTicket();
        ticket.id = id;
        ticket.opdCode = opdCode;
        ticket.stageAt = Instant.EPOCH;
        return ticket;
    }

    /** What the opening said, so a reporter can find the change without its id (N7 form's search). */
    void openedAs(String title, String category, String affectedSite, String affectedApplicationId,
            Instant openedAt, String openedBy) {
        titled(title);
        this.category = category;
        this.affectedSite = affectedSite;
        if (this.affectedApplicationId == null) {
            this.affectedApplicationId = affectedApplicationId;
        }
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Follows the ticket to {@code stage} unless a later event already moved it on (redelivery, replay). */
    void moveTo(String stage, Instant at) {
        if (!at.isBefore(stageAt)) {
            this.stage = stage;
            this.stageAt = at;
        }
    }

    /**
     * The ticket's title, when the event carries one (servicedesk's events before it added {@code title} do not): a
     * missing title never erases a known one.
     */
    void titled(String title) {
        if (title != null && !title.isBlank()) {
            String stripped = title.strip();
            this.title = stripped.length() > TITLE_MAX ? stripped.substring(0, TITLE_MAX) : stripped;
        }
    }

    void approved(String title, String applicationId, String role, String by, Instant at) {
        titled(title);
        affectedApplicationId = applicationId;
        approverRole = role;
        approvedBy = by;
        approvedAt = at;
        moveTo("DEVELOPMENT", at);
    }

    void implemented(String applicationId, Instant at) {
        if (applicationId != null) {
            affectedApplicationId = applicationId;
        }
        implementedAt = at;
        moveTo("EVALUATION", at);
    }

    /** Approved (or later): development, implementation, evaluation or closed after approval. */
    public boolean approved() {
        return approvedAt != null;
    }

    public String id() {
        return id;
    }

    public String opdCode() {
        return opdCode;
    }

    public String stage() {
        return stage;
    }

    /**
     * The ticket's title; null for a ticket copied before servicedesk's events carried it, and for a KEAMANAN change
     * (servicedesk keeps security titles to itself, S8).
     */
    public String title() {
        return title;
    }

    public String affectedApplicationId() {
        return affectedApplicationId;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String approverRole() {
        return approverRole;
    }

    public Instant implementedAt() {
        return implementedAt;
    }

    public String category() {
        return category;
    }

    public String affectedSite() {
        return affectedSite;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }
}
