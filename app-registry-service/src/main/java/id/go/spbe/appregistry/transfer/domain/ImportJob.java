package id.go.spbe.appregistry.transfer.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One upload of an application inventory (A1: bring the existing inventory into the register), worked through row
 * by row in the background: QUEUED → RUNNING → COMPLETED, or FAILED with a reason. Every row ends up either as a
 * registered application or as listed errors, never dropped; the progress is saved as it goes so an interrupted
 * job can be resumed where its last checkpoint left it.
 */
@Document("import_jobs")
public class ImportJob extends AggregateRoot {

    public enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED
    }

    /** Who uploaded the file: the job registers applications on their behalf and with their rights only. */
    public record Requester(String subject, String username, String opd, Set<String> roles, boolean regionWide) {
    }

    @Id
    private String id;
    private ImportFormat format;
    private String fileName;
    private String fileSha256;
    private String delimiter;
    private int totalRows;
    private Requester requester;
    @Indexed
    private String requesterOpd;
    private Map<String, String> opdMapping;
    @Indexed
    private Status status;
    private int processedRows;
    private int importedCount;
    private int errorCount;
    private List<RowProblem> errors = new ArrayList<>();
    private List<RowProblem> warnings = new ArrayList<>();
    private List<String> importedApplicationIds = new ArrayList<>();
    private String runner;
    private int resumptions;
    private Instant createdAt;
    private Instant startedAt;
    private Instant resumedAt;
    private Instant lastProgressAt;
    private Instant finishedAt;
    private String failureReason;

    ImportJob() {
    }

    public static ImportJob queue(ImportFormat format, String fileName, String fileSha256, char delimiter,
            int totalRows, Requester requester, Map<String, String> opdMapping, Instant now) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID().toString();
        job.format = format;
        job.fileName = fileName;
        job.fileSha256 = fileSha256;
        job.delimiter = String.valueOf(delimiter);
        job.totalRows = totalRows;
        job.requester = requester;
        job.requesterOpd = requester.opd();
        job.opdMapping = opdMapping == null ? Map.of() : Map.copyOf(opdMapping);
        job.status = Status.QUEUED;
        job.createdAt = now;
        job.lastProgressAt = now;
        return job;
    }

    /**
     * A runner takes the job: a queued job starts; a running job whose runner went away (restart, crash) is resumed
     * after its last saved row. Finished jobs are never taken again.
     */
    public void claim(String runnerId, Instant now) {
        switch (status) {
            case QUEUED -> {
                status = Status.RUNNING;
                startedAt = now;
            }
            case RUNNING -> {
                resumptions++;
                resumedAt = now;
            }
            default -> throw new StateConflictException("Impor " + id + " sudah selesai (" + status + ").");
        }
        runner = runnerId;
        lastProgressAt = now;
    }

    /**
     * Whether a runner may take over: not finished, and no progress for longer than {@code staleAfter} (its runner
     * died with the process, or lost the database).
     */
    public boolean abandoned(Instant now, Duration staleAfter) {
        boolean open = status == Status.QUEUED || status == Status.RUNNING;
        return open && lastProgressAt.plus(staleAfter).isBefore(now);
    }

    /** The next row was registered as application {@code applicationId}. */
    public void rowImported(int row, String applicationId, List<RowProblem> rowWarnings, Instant now) {
        next(row, now);
        importedCount++;
        importedApplicationIds.add(applicationId);
        warnings.addAll(rowWarnings);
    }

    /** The next row was refused; each problem names what to fix. */
    public void rowRejected(int row, List<RowProblem> problems, List<RowProblem> rowWarnings, Instant now) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs at least one problem");
        }
        next(row, now);
        errorCount++;
        errors.addAll(problems);
        warnings.addAll(rowWarnings);
    }

    public void complete(Instant now) {
        requireRunning();
        if (processedRows != totalRows) {
            throw new StateConflictException("Impor belum memproses semua baris (" + processedRows + " dari "
                    + totalRows + ").");
        }
        status = Status.COMPLETED;
        finishedAt = now;
        lastProgressAt = now;
    }

    public void fail(String reason, Instant now) {
        if (status == Status.COMPLETED || status == Status.FAILED) {
            throw new StateConflictException("Impor " + id + " sudah selesai (" + status + ").");
        }
        status = Status.FAILED;
        failureReason = reason;
        finishedAt = now;
        lastProgressAt = now;
    }

    /**
     * After a resume, an application may already exist for a row the interrupted run registered but could not
     * checkpoint any more. It is this job's own work when the same person registered it during the interrupted run
     * and no row of this job has claimed it yet.
     */
    public boolean registeredByInterruptedRun(String applicationId, String registeredBy, Instant registeredAt) {
        return resumedAt != null && startedAt != null && requester.username().equals(registeredBy)
                && !registeredAt.isBefore(startedAt) && registeredAt.isBefore(resumedAt)
                && !importedApplicationIds.contains(applicationId);
    }

    /** Row numbers refused so far, for the errors file. */
    public Set<Integer> rejectedRows() {
        Set<Integer> rows = new HashSet<>();
        errors.forEach(problem -> rows.add(problem.row()));
        return rows;
    }

    private void next(int row, Instant now) {
        requireRunning();
        if (row != processedRows + 1) {
            throw new IllegalStateException("rows are processed in order: expected " + (processedRows + 1)
                    + ", got " + row);
        }
        processedRows = row;
        lastProgressAt = now;
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new StateConflictException("Impor " + id + " tidak sedang berjalan (" + status + ").");
        }
    }

    public String id() {
        return id;
    }

    public ImportFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public char delimiter() {
        return delimiter.charAt(0);
    }

    public int totalRows() {
        return totalRows;
    }

    public Requester requester() {
        return requester;
    }

    public String requesterOpd() {
        return requesterOpd;
    }

    public Map<String, String> opdMapping() {
        return opdMapping == null ? Map.of() : opdMapping;
    }

    public Status status() {
        return status;
    }

    public int processedRows() {
        return processedRows;
    }

    public int importedCount() {
        return importedCount;
    }

    public int errorCount() {
        return errorCount;
    }

    public List<RowProblem> errors() {
        return List.copyOf(errors);
    }

    public List<RowProblem> warnings() {
        return List.copyOf(warnings);
    }

    public List<String> importedApplicationIds() {
        return List.copyOf(importedApplicationIds);
    }

    public String runner() {
        return runner;
    }

    public int resumptions() {
        return resumptions;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastProgressAt() {
        return lastProgressAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failureReason() {
        return failureReason;
    }
}
