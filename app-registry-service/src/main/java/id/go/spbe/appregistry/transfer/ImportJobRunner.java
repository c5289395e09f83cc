package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.platform.scheduling.BackgroundWorkers;
import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works import jobs off on a small bounded pool, never on request threads. The database is the queue: a job the
 * pool cannot take now stays QUEUED and the sweeper submits it later.
 *
 * <p>Restarts: progress is checkpointed every few rows. At start-up, and then every {@code sweep-interval}, jobs
 * whose runner has gone silent for longer than {@code stale-after} are <em>resumed</em> after their last checkpoint
 * (not failed): rows registered after the checkpoint are recognised as the job's own work, so nothing is lost or
 * doubled. A job whose uploaded file has disappeared is marked FAILED with a message saying to upload it again.
 * The sweep is a platform job ({@value #SWEEP_JOB}) under a lease, so one replica sweeps at a time; taking a job is
 * an optimistic-locked write besides, so only one runner ever works a job.
 *
 * <p>The worker acts for the person who uploaded the file without acting under a token: the job's requester is handed
 * to the register as the {@link Caller} whose rights apply, and the events it raises name that person as their actor,
 * so the applications' tamper-evident history records who caused the change (SEC1, non-repudiation).
 */
@Component
class ImportJobRunner {

    static final String SWEEP_JOB = "application-import-sweep";

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    private final ImportJobRepository jobs;
    private final ImportFileRepository files;
    private final ApplicationRegister register;
    private final OpdDirectory directory;
    private final ApplicationRules rules;
    private final TransferProperties properties;
    private final Clock clock;
    private final String runnerId = "import-runner-" + UUID.randomUUID();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final BackgroundWorkers.WorkerPool pool;
    private final ScheduledJob sweeper;

    ImportJobRunner(ImportJobRepository jobs, ImportFileRepository files, ApplicationRegister register,
            OpdDirectory directory, ApplicationRules rules, TransferProperties properties, Clock clock,
            BackgroundWorkers workers, ScheduledJobs scheduled) {
        this.jobs = jobs;
        this.files = files;
        this.register = register;
        this.directory = directory;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
        this.pool = workers.pool("application-import", properties.threads(), properties.queueCapacity());
        // The first sweep at start-up resumes jobs a previous run of the service left behind.
        this.sweeper = scheduled.job(SWEEP_JOB).every(properties.sweepInterval())
                .lease(properties.staleAfter()).schedule(this::sweep);
    }

    /** Queues a job for this instance's pool; when the pool is full the job waits in the database. */
    void submit(String jobId) {
        if (!inFlight.add(jobId)) {
            return;
        }
        if (!pool.offer(() -> run(jobId))) {
            inFlight.remove(jobId);
            log.info("Import pool full; job {} stays QUEUED until the next sweep", jobId);
        }
    }

    /** The sweep as a platform job, for tests that move the clock and sweep at once. */
    ScheduledJob sweeper() {
        return sweeper;
    }

    /** Submits queued jobs and resumes abandoned running ones; returns how many were submitted. */
    int sweep() {
        Instant now = clock.instant();
        int submitted = 0;
        for (ImportJob job : jobs.findByStatusInOrderByCreatedAtAsc(
                EnumSet.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING))) {
            boolean waiting = job.status() == ImportJob.Status.QUEUED && !inFlight.contains(job.id());
            boolean abandoned = !inFlight.contains(job.id()) && job.abandoned(now, properties.staleAfter());
            if (waiting || abandoned) {
                if (job.status() == ImportJob.Status.RUNNING) {
                    log.info("Resuming import job {} after row {} (runner {} went silent)", job.id(),
                            job.processedRows(), job.runner());
                }
                submit(job.id());
                submitted++;
            }
        }
        return submitted;
    }

    private void run(String jobId) {
        try {
            take(jobId).ifPresent(this::execute);
        } catch (RuntimeException e) {
            log.error("Import job {} could not be taken", jobId, e);
        } finally {
            inFlight.remove(jobId);
        }
    }

    private Optional<ImportJob> take(String jobId) {
        Optional<ImportJob> found = jobs.findById(jobId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ImportJob job = found.get();
        Instant now = clock.instant();
        boolean free = job.status() == ImportJob.Status.QUEUED
                || job.status() == ImportJob.Status.RUNNING && job.abandoned(now, properties.staleAfter());
        if (!free) {
            return Optional.empty();
        }
        job.claim(runnerId, now);
        try {
            return Optional.of(jobs.save(job));
        } catch (OptimisticLockingFailureException takenByAnother) {
            return Optional.empty();
        }
    }

    private void execute(ImportJob job) {
        Optional<ImportFile> file = files.findById(job.id());
        if (file.isEmpty()) {
            job.fail("Berkas impor tidak ditemukan lagi setelah layanan dimulai ulang; " + job.processedRows()
                    + " dari " + job.totalRows() + " baris sempat diproses. Unggah ulang berkas yang sama: baris "
                    + "yang sudah terdaftar akan dilaporkan 'sudah terdaftar', tidak digandakan.", clock.instant());
            jobs.save(job);
            return;
        }
        try {
            CsvTable table = CsvTable.parse(file.get().content());
            InventoryLayout layout = InventoryLayout.of(job.format());
            InventoryLayout.Context context = new InventoryLayout.Context(callerOf(job),
                    OpdNames.load(directory, job.opdMapping()), rules.policy());
            RowImporter importer = new RowImporter(register, layout, context, table, clock);
            List<CsvTable.Row> rows = table.rows();
            for (int i = job.processedRows(); i < rows.size(); i++) {
                importer.importRow(job, rows.get(i));
                if (rows.get(i).number() % properties.checkpointEvery() == 0) {
                    job = jobs.save(job);
                }
            }
            job.complete(clock.instant());
            jobs.save(job);
        } catch (OptimisticLockingFailureException takenOver) {
            log.warn("Import job {} was taken over by another runner; stopping here", job.id());
        } catch (RuntimeException e) {
            log.error("Import job {} failed after row {}", job.id(), job.processedRows(), e);
            failQuietly(job);
        }
    }

    private void failQuietly(ImportJob job) {
        try {
            int next = job.processedRows() + 1;
            job.fail("Impor terhenti karena kesalahan server setelah " + job.processedRows() + " dari "
                    + job.totalRows() + " baris; baris " + next + " sampai " + job.totalRows() + " belum diproses. "
                    + "Unggah ulang berkas yang sama: baris yang sudah terdaftar akan dilaporkan 'sudah terdaftar', "
                    + "tidak digandakan.", clock.instant());
            jobs.save(job);
        } catch (RuntimeException e) {
            // The database is unreachable: the job stays RUNNING and is resumed once its heartbeat is stale.
            log.error("Import job {} could not be marked FAILED", job.id(), e);
        }
    }

    static Caller callerOf(ImportJob job) {
        ImportJob.Requester r = job.requester();
        return new Caller(r.subject(), r.username(), r.opd(), Set.copyOf(r.roles()), r.regionWide());
    }
}
