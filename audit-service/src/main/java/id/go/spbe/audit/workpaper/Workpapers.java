package id.go.spbe.audit.workpaper;

import id.go.spbe.audit.common.AuditDocuments;
import id.go.spbe.platform.documents.DocumentBatch;
import id.go.spbe.audit.engagement.EngagementWorkflow;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.audit.workpaper.domain.Workpaper;
import id.go.spbe.audit.workpaper.domain.WorkpaperFile;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.util.List;

/**
 * Working papers of audit engagements (issue 12, "engagements: … workpapers"): the audit's own team (lead and
 * members) records and revises them while the audit is PLANNED, IN_PROGRESS or REPORTING (409 once COMPLETED or
 * CANCELLED); each covers one scope item of the audit (AU2: 422 when the audit's scope does not include it). They are
 * the auditors' working record: the team and Dinas read them; the audited OPD does not (its role is refused, 403),
 * an auditor not on the team does not even see the audit (404).
 */
@Service
public class Workpapers {

    private final WorkpaperRepository workpapers;
    private final MongoTemplate mongo;
    private final EngagementWorkflow engagements;
    private final ChangeHistoryLog histories;
    private final DocumentStore documents;
    private final DocumentBatch files;
    private final Clock clock;

    Workpapers(WorkpaperRepository workpapers, MongoTemplate mongo, EngagementWorkflow engagements,
            ChangeHistoryLog histories, DocumentStore documents, DocumentBatch files, Clock clock) {
        this.workpapers = workpapers;
        this.mongo = mongo;
        this.engagements = engagements;
        this.histories = histories;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
    }

    public Workpaper record(Caller caller, String auditId, String title, ScopeArea scopeArea, @Nullable String notes) {
        Engagement audit = writable(caller, auditId);
        requireInScope(audit, scopeArea);
        return workpapers.save(Workpaper.record(audit.id(), audit.auditedOpd(), title, scopeArea, notes,
                caller.username(), clock.instant()));
    }

    public Workpaper revise(Caller caller, String auditId, String id, String title, ScopeArea scopeArea,
            @Nullable String notes, String ifMatch) {
        Engagement audit = writable(caller, auditId);
        Workpaper paper = of(audit, id);
        ETags.checkIfMatch(ifMatch, paper.version());
        requireInScope(audit, scopeArea);
        paper.revise(title, scopeArea, notes, caller.username(), clock.instant());
        return workpapers.save(paper);
    }

    /**
     * Attaches files: rights, state and If-Match are checked before a byte is read; each file is deposited in the
     * platform documents (type sniffed: 415, size: 413, a broken PDF signature: 422 SEC3) and then recorded; if a
     * deposit or the recording fails, the files already stored are deleted again.
     */
    public Workpaper attach(Caller caller, String auditId, String id, List<MultipartFile> uploaded, String ifMatch) {
        Engagement audit = writable(caller, auditId);
        Workpaper paper = of(audit, id);
        ETags.checkIfMatch(ifMatch, paper.version());
        if (paper.files().size() + uploaded.size() > Workpaper.MAX_FILES) {
            throw new InvalidRequestException("file", "Kertas kerja paling banyak memuat " + Workpaper.MAX_FILES
                    + " berkas; sudah ada " + paper.files().size() + ".");
        }
        return files.depositThen(new OwnerRef("workpaper", paper.id()), AuditDocuments.WORKPAPER, uploaded,
                caller.username(), stored -> new WorkpaperFile(stored.id(), stored.filename(), stored.mediaType(),
                        stored.sizeBytes(), stored.sha256(), DocumentBatch.signatureStatus(stored),
                        DocumentBatch.signer(stored)),
                WorkpaperFile::documentId, recorded -> {
                    paper.attach(recorded, caller.username(), clock.instant());
                    return workpapers.save(paper);
                });
    }

    public Workpaper get(Caller caller, String auditId, String id) {
        return of(readable(caller, auditId), id);
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String auditId, String id) {
        return histories.of(get(caller, auditId, id));
    }

    public Page<Workpaper> ofAudit(Caller caller, String auditId, @Nullable ScopeArea scopeArea, Pageable page) {
        Engagement audit = readable(caller, auditId);
        Criteria criteria = Criteria.where("auditId").is(audit.id());
        if (scopeArea != null) {
            criteria = criteria.and("scopeArea").is(scopeArea);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Workpaper.class);
        return new PageImpl<>(mongo.find(query.with(page), Workpaper.class), page, total);
    }

    /** A file attached to the working paper; 404 for ids not attached here. */
    public WorkpaperDownload file(Caller caller, String auditId, String id, String documentId) {
        WorkpaperFile file = get(caller, auditId, id).file(documentId)
                .orElseThrow(() -> new NotFoundException("workpaper file", documentId));
        DocumentStore.StoredFile content = documents.open(file.documentId())
                .orElseThrow(() -> new NotFoundException("workpaper file", documentId));
        return new WorkpaperDownload(file, content);
    }

    /** What a download sends: the recorded details and the stored bytes. */
    public record WorkpaperDownload(WorkpaperFile file, DocumentStore.StoredFile content) {
    }

    private Workpaper of(Engagement audit, String id) {
        return workpapers.findById(id).filter(w -> w.auditId().equals(audit.id()))
                .orElseThrow(() -> new NotFoundException("workpaper", id));
    }

    /** The audit as its team or Dinas see it; anyone else who sees the audit (coordinators, OPDs) is refused. */
    private Engagement readable(Caller caller, String auditId) {
        Engagement audit = engagements.get(caller, auditId);
        if (!(caller.hasRole(Roles.DINAS_ADMIN) || isTeam(caller, audit))) {
            throw new AccessDeniedException("working papers are read by the audit's team and Dinas");
        }
        return audit;
    }

    private Engagement writable(Caller caller, String auditId) {
        Engagement audit = engagements.get(caller, auditId);
        if (!isTeam(caller, audit)) {
            throw new AccessDeniedException("working papers are written by the audit's team");
        }
        if (!open(audit)) {
            throw new StateConflictException("Audit berstatus " + audit.status()
                    + "; kertas kerja tidak dapat diubah lagi.");
        }
        return audit;
    }

    private static boolean isTeam(Caller caller, Engagement audit) {
        return caller.hasRole(Roles.AUDITOR) && caller.username() != null && audit.onTeam(caller.username());
    }

    private static boolean open(Engagement audit) {
        return audit.status() != EngagementStatus.COMPLETED && audit.status() != EngagementStatus.CANCELLED;
    }

    private static void requireInScope(Engagement audit, ScopeArea scopeArea) {
        if (!audit.scope().contains(scopeArea)) {
            throw new RuleViolationException("AU2", "Kertas kerja harus mencakup butir ruang lingkup audit ini "
                    + audit.scope() + "; " + scopeArea + " tidak termasuk.");
        }
    }
}
