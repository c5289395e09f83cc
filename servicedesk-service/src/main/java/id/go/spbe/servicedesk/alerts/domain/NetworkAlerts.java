package id.go.spbe.servicedesk.alerts.domain;

import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Level;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.TicketSource;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;

import static id.go.spbe.servicedesk.alerts.domain.AlertRules.orDash;
import static id.go.spbe.servicedesk.alerts.domain.AlertRules.title;

/**
 * network-service's alarms (N6 yearly LAN diagram, N5 inspection findings) as tickets. The records are this
 * consumer's copy of the fields it reads (schemas in {@code network-service/src/main/resources/events}).
 */
public final class NetworkAlerts {

    public static final String SERVICE = "network-service";
    public static final String LAN_DIAGRAM_OVERDUE = "id.go.spbe.lan-diagram.overdue.v1";
    public static final String LAN_DIAGRAM_ACCEPTED = "id.go.spbe.lan-diagram.accepted.v1";
    public static final String INSPECTION_FINDING_OPENED = "id.go.spbe.inspection.finding-opened.v1";
    public static final String INSPECTION_FINDING_RESOLVED = "id.go.spbe.inspection.finding-resolved.v1";

    private static final String REPORTER = "Jaringan intra pemerintah (" + SERVICE + ")";

    private NetworkAlerts() {
    }

    public record LanDiagramOverdue(@NotNull Instant occurredAt, @NotBlank String taskId, @NotBlank String opdCode,
            int year, LocalDate dueDate, String status) {
    }

    public record LanDiagramAccepted(@NotNull Instant occurredAt, @NotBlank String taskId, @NotBlank String opdCode,
            int year, String acceptedBy) {
    }

    public record InspectionFindingOpened(@NotNull Instant occurredAt, @NotBlank String inspectionId,
            @NotBlank String opdCode, @NotBlank String findingId, @NotBlank String title, String severity,
            LocalDate dueDate, String deviceId, String openedBy) {
    }

    public record InspectionFindingResolved(@NotNull Instant occurredAt, @NotBlank String opdCode,
            @NotBlank String findingId, boolean late, String resolvedBy) {
    }

    /**
     * N6: the OPD has not submitted this year's LAN diagram — a service request (PERMINTAAN) to the OPD, impact
     * RENDAH (nothing is broken; Dinas lacks a current picture) × urgency SEDANG (already past due) = RENDAH. One
     * ticket per OPD and year; Dinas accepting the diagram resolves it.
     */
    public static Alert lanDiagramOverdue(LanDiagramOverdue e, String eventId) {
        return new Alert(new TicketSource(SERVICE, LAN_DIAGRAM_OVERDUE, "lan-diagram", e.taskId(), eventId,
                e.occurredAt(), e.dueDate()), "lan-diagram:" + e.taskId(), e.opdCode(),
                new NewTicket(TicketType.PERMINTAAN, Category.JARINGAN,
                        title("Diagram LAN " + e.year() + " belum diserahkan (batas " + orDash(e.dueDate()) + ")"),
                        "Setiap OPD menyerahkan diagram LAN terkini kepada Dinas sekurang-kurangnya sekali setahun "
                                + "(N6). Diagram " + e.year() + " " + e.opdCode() + " belum diterima"
                                + ("RETURNED".equals(e.status()) ? " (dikembalikan untuk diperbaiki)" : "")
                                + ". Serahkan melalui menu Jaringan. Tiket diselesaikan otomatis saat Dinas "
                                + "menerima diagram.",
                        Level.RENDAH, Level.SEDANG, null, REPORTER),
                null, null, "Diagram LAN " + e.year() + " masih belum diserahkan.");
    }

    public static CauseCleared lanDiagramAccepted(LanDiagramAccepted e, String eventId) {
        return new CauseCleared(SERVICE, LAN_DIAGRAM_ACCEPTED, eventId, e.occurredAt(), "lan-diagram:" + e.taskId(),
                "Diagram LAN " + e.year() + " diterima Dinas" + (e.acceptedBy() == null ? "" : " (" + e.acceptedBy()
                        + ")") + ". Diselesaikan otomatis.", true);
    }

    /**
     * N5: an inspection found something to fix in the OPD's LAN — a problem (MASALAH) to remove its cause. Impact
     * from the severity, urgency from the days left to its due date at consumption. One ticket per finding; its
     * resolution in network-service resolves the ticket.
     */
    public static Alert inspectionFindingOpened(InspectionFindingOpened e, String eventId, Instant now) {
        return new Alert(new TicketSource(SERVICE, INSPECTION_FINDING_OPENED, "inspection-finding", e.findingId(),
                eventId, e.occurredAt(), e.dueDate()), "inspection-finding:" + e.findingId(), e.opdCode(),
                new NewTicket(TicketType.MASALAH, Category.JARINGAN, title("Temuan inspeksi LAN: " + e.title()),
                        "Inspeksi LAN " + e.inspectionId() + " oleh Dinas (N5) mencatat temuan berkeparahan "
                                + orDash(e.severity()) + (e.deviceId() == null ? "" : " pada perangkat "
                                + e.deviceId()) + ", batas tindak lanjut " + orDash(e.dueDate()) + ". Tiket "
                                + "diselesaikan otomatis saat temuan dinyatakan selesai.",
                        AlertRules.impactOfSeverity(e.severity()), AlertRules.urgencyOfDue(e.dueDate(), now),
                        null, REPORTER),
                null, null, "Temuan inspeksi dilaporkan lagi: " + e.title() + ".");
    }

    public static CauseCleared inspectionFindingResolved(InspectionFindingResolved e, String eventId) {
        return new CauseCleared(SERVICE, INSPECTION_FINDING_RESOLVED, eventId, e.occurredAt(),
                "inspection-finding:" + e.findingId(), "Temuan inspeksi dinyatakan selesai"
                        + (e.late() ? " (melewati batas waktu)" : "") + (e.resolvedBy() == null ? "" : " oleh "
                        + e.resolvedBy()) + ". Diselesaikan otomatis.", true);
    }
}
