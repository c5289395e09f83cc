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

import static id.go.spbe.servicedesk.alerts.domain.AlertRules.dateOf;
import static id.go.spbe.servicedesk.alerts.domain.AlertRules.orDash;
import static id.go.spbe.servicedesk.alerts.domain.AlertRules.title;

/**
 * audit-service's alarms (AU7/AU8 findings, AU9 electronic certificates) as tickets. The records are this consumer's
 * copy of the fields it reads (schemas in {@code audit-service/src/main/resources/events}).
 */
public final class AuditAlerts {

    public static final String SERVICE = "audit-service";
    public static final String FINDING_OPENED = "id.go.spbe.finding.opened.v1";
    public static final String FINDING_CLOSED = "id.go.spbe.finding.closed.v1";
    public static final String CERTIFICATE_EXPIRING = "id.go.spbe.certificate.expiring.v1";
    public static final String ASSESSMENT_FINDING_OPENED = "id.go.spbe.security-assessment.finding-opened.v1";
    public static final String ASSESSMENT_FINDING_RESOLVED = "id.go.spbe.security-assessment.finding-resolved.v1";

    private static final String REPORTER = "Audit TIK (" + SERVICE + ")";

    private AuditAlerts() {
    }

    public record FindingOpened(@NotNull Instant occurredAt, @NotBlank String findingId, String auditId,
            String auditKind, @NotBlank String title, String severity, @NotBlank String ownerOpd, LocalDate dueDate,
            String recommendation, String openedBy) {
    }

    public record FindingClosed(@NotNull Instant occurredAt, @NotBlank String findingId, @NotBlank String ownerOpd,
            String status, String closedBy) {
    }

    public record AssessmentFindingOpened(@NotNull Instant occurredAt, @NotBlank String findingId,
            String assessmentId, String assessmentType, @NotBlank String title, String severity,
            @NotBlank String ownerOpd, LocalDate dueDate, String recommendation, String openedBy) {
    }

    public record AssessmentFindingResolved(@NotNull Instant occurredAt, @NotBlank String findingId,
            String resolution, boolean late, String by) {
    }

    public record CertificateExpiring(@NotNull Instant occurredAt, @NotBlank String certificateId, String holder,
            @NotBlank String opdCode, String issuer, String serialNumber, Instant notAfter, int thresholdDays,
            long daysLeft) {
    }

    /**
     * AU7, AU8: an audit finding the audited OPD must follow up — a problem (MASALAH) to remove its cause, with the
     * finding's severity as impact and the days left to its due date (at consumption) as urgency. Category from the
     * audit kind; a security audit's finding is not a security incident (S8's KEAMANAN would skip Tier 1 and demand
     * the evidence checklist), so it is LAINNYA. Closing the finding in audit-service resolves the ticket.
     */
    public static Alert findingOpened(FindingOpened e, String eventId, Instant now) {
        Category category = switch (e.auditKind() == null ? "" : e.auditKind()) {
            case "INFRASTRUKTUR" -> Category.INFRASTRUKTUR;
            case "APLIKASI" -> Category.APLIKASI;
            default -> Category.LAINNYA;
        };
        return new Alert(new TicketSource(SERVICE, FINDING_OPENED, "finding", e.findingId(), eventId,
                e.occurredAt(), e.dueDate()), "finding:" + e.findingId(), e.ownerOpd(),
                new NewTicket(TicketType.MASALAH, category, title("Temuan audit " + orDash(e.auditKind()).toLowerCase()
                        + ": " + e.title()),
                        "Temuan audit " + orDash(e.auditId()) + ", keparahan " + orDash(e.severity())
                                + ", batas tindak lanjut " + orDash(e.dueDate()) + ". Rekomendasi: "
                                + orDash(e.recommendation()) + " Tiket diselesaikan otomatis saat temuan ditutup "
                                + "(diverifikasi atau risikonya diterima).",
                        AlertRules.impactOfSeverity(e.severity()), AlertRules.urgencyOfDue(e.dueDate(), now),
                        null, REPORTER),
                null, null, "Temuan audit dilaporkan lagi: " + e.title() + ".");
    }

    public static CauseCleared findingClosed(FindingClosed e, String eventId) {
        String how = "ACCEPTED_RISK".equals(e.status()) ? "risikonya diterima" : "diverifikasi auditor";
        return new CauseCleared(SERVICE, FINDING_CLOSED, eventId, e.occurredAt(), "finding:" + e.findingId(),
                "Temuan audit ditutup: " + how + (e.closedBy() == null ? "" : " (" + e.closedBy() + ")")
                        + ". Diselesaikan otomatis.", true);
    }

    /**
     * AU8: a finding of Dinas's security assessment of an OPD — like an audit finding, a problem (MASALAH) for the
     * assessed OPD to remediate, severity × days to the due date as priority. Not category KEAMANAN: that is the S8
     * security incident (Tier 2 at KRITIS with the evidence checklist), a finding is remediation work. Technical
     * assessments (vulnerability assessment, penetration test, hardening) find weaknesses of servers and systems,
     * so INFRASTRUKTUR; the others (risk, awareness, incident handling, forensics) LAINNYA. Its own cause key: the
     * assessment's finding ids are not the audit's. Resolving the finding in audit-service resolves the ticket.
     */
    public static Alert assessmentFindingOpened(AssessmentFindingOpened e, String eventId, Instant now) {
        String type = e.assessmentType() == null ? "" : e.assessmentType();
        Category category = switch (type) {
            case "VULNERABILITY_ASSESSMENT", "PENETRATION_TEST", "HARDENING" -> Category.INFRASTRUKTUR;
            default -> Category.LAINNYA;
        };
        return new Alert(new TicketSource(SERVICE, ASSESSMENT_FINDING_OPENED, "assessment-finding", e.findingId(),
                eventId, e.occurredAt(), e.dueDate()), "assessment-finding:" + e.findingId(), e.ownerOpd(),
                new NewTicket(TicketType.MASALAH, category, title("Temuan asesmen keamanan: " + e.title()),
                        "Temuan asesmen keamanan " + orDash(e.assessmentType()) + " " + orDash(e.assessmentId())
                                + ", keparahan " + orDash(e.severity()) + ", batas tindak lanjut "
                                + orDash(e.dueDate()) + ". Rekomendasi: " + orDash(e.recommendation())
                                + " Tiket diselesaikan otomatis saat temuan dinyatakan selesai di audit-service.",
                        AlertRules.impactOfSeverity(e.severity()), AlertRules.urgencyOfDue(e.dueDate(), now),
                        null, REPORTER),
                null, null, "Temuan asesmen keamanan dilaporkan lagi: " + e.title() + ".");
    }

    public static CauseCleared assessmentFindingResolved(AssessmentFindingResolved e, String eventId) {
        return new CauseCleared(SERVICE, ASSESSMENT_FINDING_RESOLVED, eventId, e.occurredAt(),
                "assessment-finding:" + e.findingId(), "Temuan asesmen keamanan selesai: " + orDash(e.resolution())
                        + (e.late() ? " (melewati batas waktu)" : "") + (e.by() == null ? "" : " (" + e.by() + ")")
                        + ". Diselesaikan otomatis.", true);
    }

    /**
     * AU9: a staff member's electronic certificate expires soon — a service request (PERMINTAAN, AKUN_DAN_AKSES) to
     * the holder's OPD to renew it. Impact SEDANG (the holder cannot sign once it lapses) × urgency from the days
     * left. One ticket per certificate while open: the next threshold's reminder comments. A person resolves it
     * (a renewed certificate is a new registration, not an event about this one).
     */
    public static Alert certificateExpiring(CertificateExpiring e, String eventId) {
        return new Alert(new TicketSource(SERVICE, CERTIFICATE_EXPIRING, "certificate", e.certificateId(), eventId,
                e.occurredAt(), dateOf(e.notAfter())), null, e.opdCode(),
                new NewTicket(TicketType.PERMINTAAN, Category.AKUN_DAN_AKSES,
                        title("Sertifikat elektronik " + orDash(e.holder()) + " berakhir " + orDash(dateOf(
                                e.notAfter()))),
                        "Sertifikat elektronik milik " + orDash(e.holder()) + " (penerbit " + orDash(e.issuer())
                                + ", nomor seri " + orDash(e.serialNumber()) + ") berakhir " + orDash(e.notAfter())
                                + ", " + e.daysLeft() + " hari lagi (AU9). Ajukan pembaruan sertifikat.",
                        Level.SEDANG, AlertRules.urgencyOfDaysLeft(e.daysLeft()), null, REPORTER),
                null, null, "Pengingat: sertifikat " + orDash(e.holder()) + " berakhir dalam " + e.daysLeft()
                        + " hari.");
    }
}
