package id.go.spbe.network.change.domain;

import id.go.spbe.network.change.domain.LanChangeEvents.LanChangeAcknowledged;
import id.go.spbe.network.change.domain.LanChangeEvents.LanChangeReported;
import id.go.spbe.network.lan.domain.InventoryDiff;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A report of a change to an OPD's LAN (N7): the steward says what was changed, why and when, and may cite the
 * PERUBAHAN ticket that authorised it; the service fixes the inventory revisions the report covers
 * ({@code fromRevision} exclusive, {@code toRevision} inclusive) and the diff between them. Dinas acknowledges it.
 * Revisions no report covers are the "uncovered changes" a yearly snapshot (N6) lists. Two reports may not cover the
 * same revision; the unique index on the range's start also stops two concurrent reports of the same changes.
 */
@Document("lan_change_reports")
@CompoundIndex(name = "opd_from", def = "{'opdCode': 1, 'fromRevision': 1}", unique = true)
public class LanChangeReport extends AggregateRoot {

    @Id
    private String id;
    private String opdCode;
    private String what;
    private String why;
    private LocalDate performedOn;
    private String ticketReference;
    private String changeTicketId;
    private long fromRevision;
    private long toRevision;
    private InventoryDiff diff;
    private LanSteward steward;
    private LanChangeReportStatus status;
    private String reportedBy;
    private Instant reportedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String acknowledgementNote;

    LanChangeReport() {
    }

    /**
     * What the reporter says about the change. {@code ticketReference}: free text (e.g. a paper letter's number);
     * {@code changeTicketId}: the servicedesk PERUBAHAN ticket (S6) that authorised it, checked by the caller.
     */
    public record Description(String what, String why, LocalDate performedOn, String ticketReference,
            String changeTicketId) {
    }

    /**
     * Files a report over revisions ({@code from}, {@code to}]. Refused (422 N7): an empty range or one running
     * backwards, a change dated in the future ({@code today} in the region's time zone).
     */
    public static LanChangeReport file(String opdCode, Description description, long from, long to,
            InventoryDiff diff, LanSteward steward, LocalDate today, String actor, Instant now) {
        if (to <= from) {
            throw new RuleViolationException("N7", "toRevision: revisi " + to + " tidak setelah revisi " + from
                    + "; tidak ada perubahan inventaris untuk dilaporkan.");
        }
        if (description.performedOn().isAfter(today)) {
            throw new RuleViolationException("N7", "performedOn: tanggal perubahan " + description.performedOn()
                    + " belum tiba; laporkan perubahan yang sudah dilakukan.");
        }
        LanChangeReport report = new LanChangeReport();
        report.id = UUID.randomUUID().toString();
        report.opdCode = opdCode;
        report.what = description.what().strip();
        report.why = description.why().strip();
        report.performedOn = description.performedOn();
        report.ticketReference = description.ticketReference() == null ? null : description.ticketReference().strip();
        report.changeTicketId = description.changeTicketId();
        report.fromRevision = from;
        report.toRevision = to;
        report.diff = diff;
        report.steward = steward;
        report.status = LanChangeReportStatus.REPORTED;
        report.reportedBy = actor;
        report.reportedAt = now;
        report.raise(new LanChangeReported(UUID.randomUUID(), now, report.id, opdCode, report.what, report.why,
                report.performedOn, report.ticketReference, report.changeTicketId, from, to, steward, actor,
                (int) diff.count(InventoryDiff.Kind.ADDED), (int) diff.count(InventoryDiff.Kind.REMOVED),
                (int) diff.count(InventoryDiff.Kind.CHANGED)));
        return report;
    }

    /** REPORTED → ACKNOWLEDGED (409 when acknowledged already). */
    public void acknowledge(String note, String actor, Instant now) {
        if (status != LanChangeReportStatus.REPORTED) {
            throw new StateConflictException("Laporan perubahan " + id + " sudah diterima oleh " + acknowledgedBy
                    + ".");
        }
        status = LanChangeReportStatus.ACKNOWLEDGED;
        acknowledgedBy = actor;
        acknowledgedAt = now;
        acknowledgementNote = note == null || note.isBlank() ? null : note.strip();
        raise(new LanChangeAcknowledged(UUID.randomUUID(), now, id, opdCode, fromRevision, toRevision, actor,
                acknowledgementNote));
    }

    /** Whether this report covers inventory revision {@code revision}. */
    public boolean covers(long revision) {
        return revision > fromRevision && revision <= toRevision;
    }

    /** Whether this report covers any revision of ({@code from}, {@code to}]. */
    public boolean overlaps(long from, long to) {
        return from < toRevision && to > fromRevision;
    }

    public String id() {
        return id;
    }

    public String opdCode() {
        return opdCode;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public String ticketReference() {
        return ticketReference;
    }

    /** The servicedesk PERUBAHAN ticket (S6) that authorised the change, when the report cites one. */
    public String changeTicketId() {
        return changeTicketId;
    }

    public long fromRevision() {
        return fromRevision;
    }

    public long toRevision() {
        return toRevision;
    }

    public InventoryDiff diff() {
        return diff;
    }

    public List<InventoryDiff.Entry> entries() {
        return diff == null ? List.of() : diff.entries();
    }

    public LanSteward steward() {
        return steward;
    }

    public LanChangeReportStatus status() {
        return status;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgementNote() {
        return acknowledgementNote;
    }
}
