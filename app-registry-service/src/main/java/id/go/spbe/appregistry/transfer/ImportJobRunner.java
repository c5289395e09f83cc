package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Works import jobs off on a small bounded pool, never on request threads. The database is the queue: a job the
 * pool cannot take now stays QUEUED and the sweeper submits it later.
 *
 * <p>Restarts: progress is checkpointed every few rows. At start-up, and then every {@code sweep-interval}, jobs
 * whose runner has gone silent for longer than {@code stale-after} are <em>resumed</em> after their last checkpoint
 * (not failed): rows registered after the checkpoint are recognised as the job's own work, so nothing is lost or
 * doubled. A job whose uploaded file has disappeared is marked FAILED with a message saying to upload it again.
 * Several replicas may sweep; taking a job is an optimistic-locked write, so only one runs it.
 */
@Component
class ImportJobRunner implements DisposableBean {

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
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService sweeper;

    ImportJobRunner(ImportJobRepository jobs, ImportFileRepository files, ApplicationRegister register,
            OpdDirectory directory, ApplicationRules rules, TransferProperties properties, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.register = register;
        this.directory = directory;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), named("application-import"),
                new ThreadPoolExecutor.AbortPolicy());
        this.sweeper = Executors.newSingleThreadScheduledExecutor(named("application-import-sweeper"));
    }

    /** Queues a job for this instance's pool; when the pool is full the job waits in the database. */
    void submit(String jobId) {
        if (!inFlight.add(jobId)) {
            return;
        }
        try {
            pool.execute(() -> run(jobId));
        } catch (RejectedExecutionException full) {
            inFlight.remove(jobId);
            log.info("Import pool full; job {} stays QUEUED until the next sweep", jobId);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSweeping() {
        long every = properties.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, 0, every, TimeUnit.MILLISECONDS);
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

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Import sweep failed; retrying at the next interval: {}", e.toString());
        }
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
        SecurityContextHolder.setContext(onBehalfOf(job));
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
        } finally {
            SecurityContextHolder.clearContext();
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

    /**
     * The worker acts for the person who uploaded the file, so the applications' tamper-evident history names them
     * (SEC1, non-repudiation) rather than "system". The token is built here and never leaves this thread.
     */
    private SecurityContext onBehalfOf(ImportJob job) {
        ImportJob.Requester r = job.requester();
        Instant now = clock.instant();
        Jwt jwt = Jwt.withTokenValue("import-job:" + job.id()).header("alg", "none")
                .subject(r.subject() == null ? r.username() : r.subject())
                .claim("preferred_username", r.username()).issuedAt(now).expiresAt(now.plusSeconds(3600)).build();
        List<SimpleGrantedAuthority> authorities = r.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new JwtAuthenticationToken(jwt, authorities, r.username()));
        return context;
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        pool.shutdown();
        try {
            // A job cut off here is resumed after restart from its last checkpoint.
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
