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

import static id.go.spbe.servicedesk.alerts.domain.AlertRules.duration;
import static id.go.spbe.servicedesk.alerts.domain.AlertRules.orDash;
import static id.go.spbe.servicedesk.alerts.domain.AlertRules.title;

/**
 * datacenter-service's alarms (D3 uptime, D6 backups, D4 VPS terms) as tickets. The records are this consumer's copy
 * of the fields it reads (the producer owns the schemas in {@code datacenter-service/src/main/resources/events}).
 */
public final class DatacenterAlerts {

    public static final String SERVICE = "datacenter-service";
    public static final String SERVICE_DOWN = "id.go.spbe.service.down.v1";
    public static final String SERVICE_UP = "id.go.spbe.service.up.v1";
    public static final String BACKUP_OVERDUE = "id.go.spbe.backup.overdue.v1";
    public static final String BACKUP_RUN_REPORTED = "id.go.spbe.backup-run.reported.v1";
    public static final String RESTORE_TEST_FAILED = "id.go.spbe.restore-test.failed.v1";
    public static final String RESTORE_TEST_RECORDED = "id.go.spbe.restore-test.recorded.v1";
    public static final String VPS_EXPIRING = "id.go.spbe.vps.expiring.v1";
    public static final String VPS_RENEWED = "id.go.spbe.vps.renewed.v1";

    private static final String REPORTER = "Pusat data (" + SERVICE + ")";

    private DatacenterAlerts() {
    }

    public record ServiceDown(@NotNull Instant occurredAt, @NotBlank String monitorId, @NotBlank String opd,
            @NotBlank String name, String target, @NotBlank String outageId, Instant since, int failedProbes,
            String error) {
    }

    public record ServiceUp(@NotNull Instant occurredAt, @NotBlank String monitorId, @NotBlank String opd,
            @NotBlank String name, @NotBlank String outageId, Instant since, Instant endedAt, long downSeconds) {
    }

    public record BackupOverdue(@NotNull Instant occurredAt, @NotBlank String policyId, @NotBlank String opd,
            String systemKind, String systemId, @NotBlank String systemName, String reason, Instant dueAt,
            Integer missedWindows, Instant lastSuccessAt, String runId, String detail) {
    }

    public record BackupRunReported(@NotNull Instant occurredAt, @NotBlank String policyId, @NotBlank String opd,
            @NotBlank String runId, Instant startedAt, @NotBlank String result) {
    }

    public record RestoreTestFailed(@NotNull Instant occurredAt, @NotBlank String policyId, @NotBlank String opd,
            String restoreTestId, String systemKind, String systemId, @NotBlank String systemName,
            LocalDate testedOn, String runId, String notes, String recordedBy) {
    }

    public record RestoreTestRecorded(@NotNull Instant occurredAt, @NotBlank String policyId, @NotBlank String opd,
            String restoreTestId, LocalDate testedOn, @NotBlank String result) {
    }

    public record VpsExpiring(@NotNull Instant occurredAt, @NotBlank String vpsId, @NotBlank String opd,
            String applicationId, String applicationName, @NotBlank String hostname, @NotNull LocalDate expiresOn,
            long daysLeft) {
    }

    public record VpsRenewed(@NotNull Instant occurredAt, @NotBlank String vpsId, @NotBlank String opd,
            @NotNull LocalDate previousExpiresOn, @NotNull LocalDate expiresOn, String renewedBy) {
    }

    /**
     * D3: a monitored service is down — an incident (GANGGUAN) of the owner OPD, impact SEDANG (one OPD's service;
     * a wider failure raises one alarm per service) × urgency TINGGI (unavailable now) = TINGGI. One ticket per
     * monitor while it is open; its ServiceUp resolves it.
     */
    public static Alert serviceDown(ServiceDown e, String eventId) {
        String error = e.error() == null ? "" : " (" + e.error() + ")";
        return new Alert(source(SERVICE_DOWN, "monitor", e.monitorId(), eventId, e.occurredAt(), null),
                "outage:" + e.outageId(), e.opd(),
                new NewTicket(TicketType.GANGGUAN, Category.INFRASTRUKTUR,
                        title("Layanan " + e.name() + " tidak dapat diakses"),
                        "Pemantauan pusat data (D3): " + orDash(e.target()) + " gagal " + e.failedProbes()
                                + " kali berturut-turut sejak " + orDash(e.since()) + error + ". Gangguan "
                                + e.outageId() + ". Tiket dibuka otomatis; diselesaikan otomatis saat layanan "
                                + "pulih.",
                        Level.SEDANG, Level.TINGGI, null, REPORTER),
                null, null,
                "Layanan " + e.name() + " kembali tidak dapat diakses sejak " + orDash(e.since()) + error
                        + " (gangguan " + e.outageId() + ").");
    }

    /** The service answers again: the outage's ticket is resolved with the outage's length. */
    public static CauseCleared serviceUp(ServiceUp e, String eventId) {
        return new CauseCleared(SERVICE, SERVICE_UP, eventId, e.occurredAt(), "outage:" + e.outageId(),
                "Layanan " + e.name() + " pulih pada " + orDash(e.endedAt()) + "; lama gangguan "
                        + duration(e.downSeconds()) + " (sejak " + orDash(e.since()) + "). Diselesaikan otomatis "
                        + "oleh pemantauan pusat data.", true);
    }

    /**
     * D6: a backup failed or a window passed without one — an incident (GANGGUAN) of the backup service: nothing is
     * lost yet, but the system is unprotected. Impact SEDANG; urgency TINGGI when a run failed (the next will too
     * until someone acts) or three windows passed, else SEDANG. One ticket per policy while open; the next
     * successful run resolves it.
     */
    public static Alert backupOverdue(BackupOverdue e, String eventId) {
        boolean failed = "FAILED".equals(e.reason());
        boolean longMissed = e.missedWindows() != null && e.missedWindows() >= 3;
        String what = failed ? "gagal" : "terlewat";
        String detail = e.detail() == null ? "" : " " + e.detail();
        return new Alert(source(BACKUP_OVERDUE, "backup-policy", e.policyId(), eventId, e.occurredAt(), null),
                "backup:" + e.policyId(), e.opd(),
                new NewTicket(TicketType.GANGGUAN, Category.INFRASTRUKTUR, title("Pencadangan " + e.systemName()
                        + " " + what),
                        "Kebijakan pencadangan " + e.policyId() + " (D6): pencadangan " + what + "." + detail
                                + " Tiket diselesaikan otomatis saat pencadangan berikutnya berhasil.",
                        Level.SEDANG, failed || longMissed ? Level.TINGGI : Level.SEDANG, null, REPORTER),
                "APPLICATION".equals(e.systemKind()) ? e.systemId() : null, e.systemName(),
                "Pencadangan " + e.systemName() + " kembali " + what + "." + detail);
    }

    /** A backup run of the policy succeeded: an open backup ticket of that policy is resolved. */
    public static CauseCleared backupRunReported(BackupRunReported e, String eventId) {
        if (!"SUCCESS".equals(e.result())) {
            return null;
        }
        return new CauseCleared(SERVICE, BACKUP_RUN_REPORTED, eventId, e.occurredAt(), "backup:" + e.policyId(),
                "Pencadangan berhasil kembali (run " + e.runId() + ", mulai " + orDash(e.startedAt())
                        + "). Diselesaikan otomatis.", false);
    }

    /**
     * D6: a restore test failed — the backups may not bring the system back, the cause is unknown: a problem
     * (MASALAH) to find the root cause of. Impact TINGGI (in a disaster the data would be lost) × urgency SEDANG
     * (nothing is down now) = TINGGI. One ticket per policy while open; a passing restore test resolves it.
     */
    public static Alert restoreTestFailed(RestoreTestFailed e, String eventId) {
        return new Alert(source(RESTORE_TEST_FAILED, "restore-test", e.policyId(), eventId, e.occurredAt(), null),
                "restore-test:" + e.policyId(), e.opd(),
                new NewTicket(TicketType.MASALAH, Category.INFRASTRUKTUR,
                        title("Uji pemulihan cadangan " + e.systemName() + " gagal"),
                        "Uji pemulihan " + orDash(e.testedOn()) + " (D6) tidak menghasilkan sistem yang berjalan: "
                                + orDash(e.notes()) + ". Kebijakan " + e.policyId() + ", uji " + orDash(
                                e.restoreTestId()) + ". Tiket diselesaikan otomatis saat uji pemulihan berikutnya "
                                + "berhasil.",
                        Level.TINGGI, Level.SEDANG, null, REPORTER),
                "APPLICATION".equals(e.systemKind()) ? e.systemId() : null, e.systemName(),
                "Uji pemulihan " + e.systemName() + " " + orDash(e.testedOn()) + " kembali gagal: "
                        + orDash(e.notes()) + ".");
    }

    public static CauseCleared restoreTestRecorded(RestoreTestRecorded e, String eventId) {
        if (!"PASSED".equals(e.result())) {
            return null;
        }
        return new CauseCleared(SERVICE, RESTORE_TEST_RECORDED, eventId, e.occurredAt(),
                "restore-test:" + e.policyId(), "Uji pemulihan " + orDash(e.testedOn())
                        + " berhasil. Diselesaikan otomatis.", false);
    }

    /**
     * D4: a VPS's term ends — a service request (PERMINTAAN) to the owner OPD to renew or retire it. Impact SEDANG
     * (the application on it stops when the term ends) × urgency from the days left (≤ 7 TINGGI, ≤ 30 SEDANG, else
     * RENDAH). One ticket per VPS while open (the next reminder comments); the renewal of that term resolves it.
     */
    public static Alert vpsExpiring(VpsExpiring e, String eventId) {
        return new Alert(source(VPS_EXPIRING, "vps", e.vpsId(), eventId, e.occurredAt(), e.expiresOn()),
                "vps-term:" + e.vpsId() + ":" + e.expiresOn(), e.opd(),
                new NewTicket(TicketType.PERMINTAAN, Category.INFRASTRUKTUR,
                        title("Masa VPS " + e.hostname() + " berakhir " + e.expiresOn()
                                + ": perpanjang atau hentikan"),
                        "VPS " + e.hostname() + (e.applicationName() == null ? "" : " (aplikasi "
                                + e.applicationName() + ")") + " berakhir masa pakainya pada " + e.expiresOn()
                                + ", " + e.daysLeft() + " hari lagi. Ajukan perpanjangan atau penghentian. Tiket "
                                + "diselesaikan otomatis saat VPS diperpanjang.",
                        Level.SEDANG, AlertRules.urgencyOfDaysLeft(e.daysLeft()), null, REPORTER),
                e.applicationId(), e.applicationName(),
                "Pengingat: VPS " + e.hostname() + " berakhir " + e.expiresOn() + " (" + e.daysLeft()
                        + " hari lagi).");
    }

    public static CauseCleared vpsRenewed(VpsRenewed e, String eventId) {
        return new CauseCleared(SERVICE, VPS_RENEWED, eventId, e.occurredAt(),
                "vps-term:" + e.vpsId() + ":" + e.previousExpiresOn(),
                "VPS diperpanjang sampai " + e.expiresOn() + (e.renewedBy() == null ? "" : " oleh " + e.renewedBy())
                        + ". Diselesaikan otomatis.", true);
    }

    static TicketSource source(String type, String subjectType, String subjectId, String eventId, Instant time,
            LocalDate due) {
        return new TicketSource(SERVICE, type, subjectType, subjectId, eventId, time, due);
    }
}
