package id.go.spbe.network.diagram;

import id.go.spbe.network.change.LanChangeReports;
import id.go.spbe.network.diagram.domain.Attachment;
import id.go.spbe.network.diagram.domain.DiagramRegulation;
import id.go.spbe.network.diagram.domain.DiagramSnapshot;
import id.go.spbe.network.diagram.domain.LanDiagramCampaign;
import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.LanDiagramTaskStatus;
import id.go.spbe.network.diagram.domain.Submission;
import id.go.spbe.network.lan.LanStewardship;
import id.go.spbe.network.lan.domain.InventoryContent;
import id.go.spbe.network.lan.domain.InventoryDiff;
import id.go.spbe.network.lan.domain.LanRevision;
import id.go.spbe.network.topology.TopologyDrawings;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.documents.StoredDocument;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Yearly LAN diagrams (N6, SEC3). Dinas opens a campaign per year (only where the profile requires yearly diagrams,
 * else 422 N6), which opens a task for every active OPD. The LAN's steward submits: a snapshot of the diagram drawn
 * from the inventory and of the inventory itself, the revisions no change report covers (N7), and optionally a file
 * (PNG, PDF, SVG, draw.io) through the platform document store (size limit 413, sniffed type 415, PDF signatures
 * 422 SEC3 where the profile requires them). Dinas accepts or returns with a reason.
 */
@Service
public class YearlyDiagrams {

    private final LanDiagramTaskRepository tasks;
    private final MongoOperations mongo;
    private final DiagramRegulation regulation;
    private final LanStewardship stewardship;
    private final TopologyDrawings drawings;
    private final LanChangeReports changeReports;
    private final DocumentStore documents;
    private final OpdReferences opds;
    private final RegionProfile region;
    private final Clock clock;

    YearlyDiagrams(LanDiagramTaskRepository tasks, MongoOperations mongo, DiagramRegulation regulation,
            LanStewardship stewardship, TopologyDrawings drawings, LanChangeReports changeReports,
            DocumentStore documents, OpdReferences opds, RegionProfile region, Clock clock) {
        this.tasks = tasks;
        this.mongo = mongo;
        this.regulation = regulation;
        this.stewardship = stewardship;
        this.drawings = drawings;
        this.changeReports = changeReports;
        this.documents = documents;
        this.opds = opds;
        this.region = region;
        this.clock = clock;
    }

    /** Opens the year's campaign: 422 N6 where not required, or for a due date already past; 409 if opened. */
    public LanDiagramCampaign open(Caller caller, int year, LocalDate dueDate) {
        regulation.requireYearlyDiagrams();
        if (dueDate.isBefore(today())) {
            throw new RuleViolationException("N6", "dueDate: batas waktu " + dueDate + " sudah lewat.");
        }
        if (dueDate.getYear() < year) {
            throw new RuleViolationException("N6", "dueDate: batas waktu diagram tahun " + year
                    + " tidak boleh sebelum tahun itu.");
        }
        LanDiagramCampaign campaign = new LanDiagramCampaign(String.valueOf(year), year, dueDate, 0,
                caller.username(), clock.instant());
        if (mongo.findById(campaign.id(), LanDiagramCampaign.class) != null) {
            throw new StateConflictException("Kampanye diagram LAN tahun " + year + " sudah dibuka.");
        }
        List<OpdReference> active = mongo.find(Query.query(Criteria.where("active").is(true)), OpdReference.class);
        try {
            mongo.insert(new LanDiagramCampaign(campaign.id(), year, dueDate, active.size(), caller.username(),
                    clock.instant()));
        } catch (DuplicateKeyException race) {
            throw new StateConflictException("Kampanye diagram LAN tahun " + year + " sudah dibuka.");
        }
        for (OpdReference opd : active) {
            tasks.insert(LanDiagramTask.open(year, opd.code(), dueDate, clock.instant()));
        }
        return mongo.findById(campaign.id(), LanDiagramCampaign.class);
    }

    public LanDiagramCampaign campaign(int year) {
        return Optional.ofNullable(mongo.findById(String.valueOf(year), LanDiagramCampaign.class))
                .orElseThrow(() -> new NotFoundException("LanDiagramCampaign", String.valueOf(year)));
    }

    public Page<LanDiagramCampaign> campaigns(Pageable page) {
        Query query = new Query();
        List<LanDiagramCampaign> items = mongo.find(Query.of(query).with(page), LanDiagramCampaign.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, LanDiagramCampaign.class));
    }

    /** A task the caller may see (its OPD's people, region-wide roles); 404 otherwise. */
    public LanDiagramTask task(Caller caller, String id) {
        return caller.visible(tasks.findById(id), LanDiagramTask::opdCode)
                .orElseThrow(() -> new NotFoundException("LanDiagramTask", id));
    }

    public Page<LanDiagramTask> list(Caller caller, String opd, Integer year, LanDiagramTaskStatus status,
            Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = new Query();
        if (scope != null) {
            query.addCriteria(Criteria.where("opdCode").is(scope));
        }
        if (year != null) {
            query.addCriteria(Criteria.where("year").is(year));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        List<LanDiagramTask> items = mongo.find(Query.of(query).with(page), LanDiagramTask.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, LanDiagramTask.class));
    }

    /**
     * The steward submits: the diagram and inventory as they are now, the uncovered revisions, and the file if any
     * (deposited only after every check, and removed again if recording the submission fails).
     */
    public LanDiagramTask submit(Caller caller, String id, MultipartFile file, String note, String ifMatch) {
        LanDiagramTask task = task(caller, id);
        stewardship.requireMayEdit(caller, task.opdCode(), null);
        ETags.checkIfMatch(ifMatch, task.version());
        if (task.status() == LanDiagramTaskStatus.SUBMITTED || task.status() == LanDiagramTaskStatus.ACCEPTED) {
            task.submit(null, today(), clock.instant()); // 409 naming the status, before any byte is stored
        }
        TopologyDrawings.LanDrawing drawing = drawings.lanDrawing(caller, task.opdCode());
        int number = task.submissions().size() + 1;
        List<Long> uncovered = changeReports.uncovered(task.opdCode()).stream().map(LanRevision::revision).toList();
        Attachment attachment = file == null || file.isEmpty() ? null : deposit(task, number, file, caller);
        try {
            DiagramSnapshot snapshot = new DiagramSnapshot(task.id() + "#" + number, task.id(), task.opdCode(),
                    task.year(), drawing.lan().revision(), drawing.svg(), InventoryContent.of(drawing.lan()),
                    clock.instant());
            task.submit(new Submission(number, snapshot.id(), snapshot.revision(), uncovered, attachment,
                    note == null || note.isBlank() ? null : note.strip(), caller.username(), clock.instant(), false),
                    today(), clock.instant());
            mongo.save(snapshot);
            return tasks.save(task);
        } catch (RuntimeException failed) {
            if (attachment != null) {
                documents.delete(attachment.documentId());
            }
            throw failed;
        }
    }

    public LanDiagramTask accept(Caller caller, String id, String ifMatch) {
        LanDiagramTask task = task(caller, id);
        ETags.checkIfMatch(ifMatch, task.version());
        task.accept(caller.username(), clock.instant());
        return tasks.save(task);
    }

    public LanDiagramTask giveBack(Caller caller, String id, String reason, String ifMatch) {
        LanDiagramTask task = task(caller, id);
        ETags.checkIfMatch(ifMatch, task.version());
        task.giveBack(reason, caller.username(), clock.instant());
        return tasks.save(task);
    }

    /** The snapshot of a task's latest submission (404 before the first). */
    public DiagramSnapshot latestSnapshot(Caller caller, String id) {
        LanDiagramTask task = task(caller, id);
        Submission last = task.latest().orElseThrow(() -> new NotFoundException("LanDiagramSubmission", id));
        return mongo.findById(last.snapshotId(), DiagramSnapshot.class);
    }

    /** The file of a task's latest submission (404 when none). */
    public Optional<DocumentStore.StoredFile> attachment(Caller caller, String id) {
        LanDiagramTask task = task(caller, id);
        return task.latest().map(Submission::attachment).flatMap(a -> documents.open(a.documentId()));
    }

    /** Latest submission's attachment metadata, for the download headers. */
    public Optional<Attachment> attachmentOf(LanDiagramTask task) {
        return task.latest().map(Submission::attachment);
    }

    /**
     * What changed since last year's accepted diagram of the same OPD: its snapshot against this task's latest
     * submission, or the current inventory before the first. No accepted diagram last year: against the empty
     * inventory ({@code previousYear} null).
     */
    public YearDiff diffAgainstLastYear(Caller caller, String id) {
        LanDiagramTask task = task(caller, id);
        Optional<DiagramSnapshot> previous = Optional.ofNullable(mongo.findById(
                LanDiagramTask.idOf(task.year() - 1, task.opdCode()), LanDiagramTask.class))
                .filter(t -> t.status() == LanDiagramTaskStatus.ACCEPTED)
                .flatMap(LanDiagramTask::latest)
                .map(s -> mongo.findById(s.snapshotId(), DiagramSnapshot.class));
        InventoryContent now = task.latest().map(s -> mongo.findById(s.snapshotId(), DiagramSnapshot.class))
                .map(DiagramSnapshot::content)
                .orElseGet(() -> InventoryContent.of(drawings.lanDrawing(caller, task.opdCode()).lan()));
        InventoryContent before = previous.map(DiagramSnapshot::content).orElse(InventoryContent.EMPTY);
        return new YearDiff(previous.map(DiagramSnapshot::year).orElse(null),
                previous.map(DiagramSnapshot::revision).orElse(null), InventoryDiff.between(before, now));
    }

    public record YearDiff(Integer previousYear, Long previousRevision, InventoryDiff diff) {
    }

    private Attachment deposit(LanDiagramTask task, int number, MultipartFile file, Caller caller) {
        try (InputStream content = file.getInputStream()) {
            StoredDocument stored = documents.deposit(new OwnerRef("lan-diagram", task.id() + "#" + number),
                    DiagramConfiguration.LAN_DIAGRAM, file.getOriginalFilename(), content, caller.username());
            return new Attachment(stored.id(), stored.filename(), stored.mediaType(), stored.sizeBytes(),
                    stored.sha256(), stored.signature() == null ? null : stored.signature().status().name());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(region.region().timeZone()));
    }
}
