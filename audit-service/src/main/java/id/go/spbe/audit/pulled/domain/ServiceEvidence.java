package id.go.spbe.audit.pulled.domain;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One source's operational data for an audit over a review period, as this service's read models hold it: the live
 * view the engagement screen shows and, frozen, the body of a pulled-evidence record. Exactly one of
 * {@code backups}, {@code uptime}, {@code lanDiagrams}, {@code changes} is set, per {@code source}.
 *
 * @param dataAsOf     the latest {@code occurredAt} of the producer's events of this source that this service has
 *                     recorded (any OPD): the read model reflects the producer up to then; null when none arrived
 * @param rowsTruncated more rows matched than {@link #MAX_ROWS}: the figures count all, the rows show the first
 */
public record ServiceEvidence(EvidenceSource source, LocalDate from, LocalDate to, Scope scope,
        @Nullable Instant dataAsOf, @Nullable Backups backups, @Nullable Uptime uptime,
        @Nullable LanDiagrams lanDiagrams, @Nullable Changes changes, boolean rowsTruncated) {

    /** Most rows a view lists (and a record freezes). */
    public static final int MAX_ROWS = 500;

    /**
     * What the view covers: the audited OPD, and the audited object when the producer's data names it.
     *
     * @param linkedTo OBJECT when the rows are tied to the audited object (an application's VPS and backups, a data
     *                 center's VPS, the application's change tickets); OPD when only the audited OPD is used
     * @param note     in Bahasa Indonesia, how the rows were chosen
     */
    public record Scope(String opd, @Nullable String objectId, String linkedTo, String note) {
    }

    /** A figure the report and the event carry: a key, its label in Bahasa Indonesia, the number and its text. */
    public record HeadlineFigure(String key, String label, @Nullable BigDecimal number, String text) {

        static HeadlineFigure count(String key, String label, long value) {
            return new HeadlineFigure(key, label, BigDecimal.valueOf(value), Long.toString(value));
        }
    }

    /** Backup compliance (D6): the VPS in scope and the runs reported in the period. */
    public record Backups(int vpsInScope, int runs, int successfulRuns, int failedRuns, int offsiteSuccessfulRuns,
            @Nullable Instant lastSuccessAt, int vpsWithoutSuccess, List<BackupRow> rows) {
    }

    /** One protected system: a VPS in scope (with or without runs) or an application whose backups were reported. */
    public record BackupRow(String systemKind, String systemId, @Nullable String name, String opd, int runs,
            int successfulRuns, int offsiteSuccessfulRuns, @Nullable Instant lastSuccessAt, boolean inScopeVps,
            boolean withoutSuccess) {
    }

    /** Uptime (D3): the OPD's monitors, the outages overlapping the period and each monitor's availability. */
    public record Uptime(int monitors, int outages, long downtimeSeconds, int monitorsMeetingSlo,
            int monitorsBelowSlo, List<MonitorRow> rows) {
    }

    /**
     * One monitor over the period: {@code monitoredSeconds} from its first configuration (or the period's start) to
     * the period's end (or now); {@code availabilityPercent} null when it was not monitored in the period.
     */
    public record MonitorRow(String monitorId, @Nullable String name, @Nullable String target,
            @Nullable BigDecimal sloPercent, boolean active, int outages, long downtimeSeconds,
            long monitoredSeconds, @Nullable BigDecimal availabilityPercent, @Nullable Boolean meetsSlo) {

        public static @Nullable BigDecimal availability(long monitored, long down) {
            if (monitored <= 0) {
                return null;
            }
            return BigDecimal.valueOf(monitored - Math.min(down, monitored)).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(monitored), 3, RoundingMode.HALF_UP);
        }
    }

    /** The OPD's yearly LAN diagrams (N6) for the years the period touches. */
    public record LanDiagrams(int yearsInPeriod, int diagramsKnown, int accepted, int acceptedLate, int overdue,
            List<LanDiagramRow> rows) {
    }

    /**
     * One year's diagram task ({@code taskId} = {@code <year>-<opd>}, the producer's reference); {@code status}
     * OPEN (only its overdue notice arrived), SUBMITTED, RETURNED or ACCEPTED; {@code submission} and
     * {@code revision} (the inventory revision the diagram was drawn from) name the snapshot on record.
     */
    public record LanDiagramRow(String taskId, int year, @Nullable LocalDate dueDate, String status, boolean late,
            boolean overdue, @Nullable Integer submission, @Nullable Long revision, @Nullable Boolean attachment,
            @Nullable String signatureStatus, @Nullable Instant acceptedAt) {
    }

    /** Change tickets (S6: type PERUBAHAN) in the period. */
    public record Changes(int changes, int approved, int implemented, int implementedWithoutApproval,
            List<ChangeRow> rows) {
    }

    /**
     * One change ticket: {@code title} only where the desk shares it (not for security changes, S8);
     * {@code implementedWithoutApproval} when it was implemented with no approval recorded before.
     */
    public record ChangeRow(String ticketId, @Nullable String title, @Nullable String affectedApplicationId,
            @Nullable Instant openedAt, @Nullable Instant approvedAt, @Nullable Instant implementedAt,
            boolean implementedWithoutApproval) {
    }

    /** How many rows the view lists. */
    public int rowCount() {
        return switch (source) {
            case BACKUPS -> backups == null ? 0 : backups.rows().size();
            case UPTIME -> uptime == null ? 0 : uptime.rows().size();
            case LAN_DIAGRAMS -> lanDiagrams == null ? 0 : lanDiagrams.rows().size();
            case CHANGES -> changes == null ? 0 : changes.rows().size();
        };
    }

    /** The headline figures, in Bahasa Indonesia: what the report prints and the event carries (never the rows). */
    public List<HeadlineFigure> headline() {
        List<HeadlineFigure> out = new ArrayList<>();
        switch (source) {
            case BACKUPS -> {
                Backups b = backups;
                out.add(HeadlineFigure.count("vpsInScope", "VPS dalam cakupan", b.vpsInScope()));
                out.add(HeadlineFigure.count("runs", "Pencadangan dilaporkan", b.runs()));
                out.add(HeadlineFigure.count("successfulRuns", "Pencadangan berhasil", b.successfulRuns()));
                out.add(HeadlineFigure.count("offsiteSuccessfulRuns", "Berhasil dengan salinan di luar lokasi",
                        b.offsiteSuccessfulRuns()));
                out.add(HeadlineFigure.count("vpsWithoutSuccess", "VPS tanpa pencadangan berhasil",
                        b.vpsWithoutSuccess()));
                out.add(new HeadlineFigure("lastSuccessAt", "Pencadangan berhasil terakhir", null,
                        b.lastSuccessAt() == null ? "-" : b.lastSuccessAt().toString()));
            }
            case UPTIME -> {
                Uptime u = uptime;
                out.add(HeadlineFigure.count("monitors", "Layanan dipantau", u.monitors()));
                out.add(HeadlineFigure.count("outages", "Gangguan dalam periode", u.outages()));
                out.add(new HeadlineFigure("downtimeSeconds", "Total waktu henti",
                        BigDecimal.valueOf(u.downtimeSeconds()), duration(u.downtimeSeconds())));
                out.add(HeadlineFigure.count("monitorsMeetingSlo", "Memenuhi SLO", u.monitorsMeetingSlo()));
                out.add(HeadlineFigure.count("monitorsBelowSlo", "Di bawah SLO", u.monitorsBelowSlo()));
            }
            case LAN_DIAGRAMS -> {
                LanDiagrams l = lanDiagrams;
                out.add(HeadlineFigure.count("yearsInPeriod", "Tahun dalam periode", l.yearsInPeriod()));
                out.add(HeadlineFigure.count("diagramsKnown", "Tugas diagram tercatat", l.diagramsKnown()));
                out.add(HeadlineFigure.count("accepted", "Diagram diterima", l.accepted()));
                out.add(HeadlineFigure.count("acceptedLate", "Diterima tetapi terlambat", l.acceptedLate()));
                out.add(HeadlineFigure.count("overdue", "Pernah melewati batas waktu", l.overdue()));
            }
            case CHANGES -> {
                Changes c = changes;
                out.add(HeadlineFigure.count("changes", "Tiket perubahan", c.changes()));
                out.add(HeadlineFigure.count("approved", "Disetujui", c.approved()));
                out.add(HeadlineFigure.count("implemented", "Diimplementasikan", c.implemented()));
                out.add(HeadlineFigure.count("implementedWithoutApproval", "Diimplementasikan tanpa persetujuan",
                        c.implementedWithoutApproval()));
            }
        }
        return out;
    }

    private static String duration(long seconds) {
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        return hours + " jam " + minutes + " menit";
    }
}
