package id.go.spbe.audit.evidence;

import id.go.spbe.audit.common.AuditDocuments;
import id.go.spbe.platform.documents.DocumentBatch;
import id.go.spbe.audit.engagement.EngagementAccess;
import id.go.spbe.audit.engagement.EngagementWorkflow;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.evidence.domain.EvidenceFile;
import id.go.spbe.audit.evidence.domain.EvidenceRequest;
import id.go.spbe.audit.evidence.domain.EvidenceStatus;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evidence requests of audits (AU2): the audit's team (lead or member) or Dinas asks the audited OPD; its operator
 * answers with document ids of its platform uploads; the team accepts or asks again. Who sees them is who sees the
 * audit (its team, the audited OPD, Dinas and coordinators; anyone else 404).
 */
@Service
public class EvidenceRequests {

    private final EvidenceRequestRepository requests;
    private final MongoTemplate mongo;
    private final EngagementWorkflow engagements;
    private final ChangeHistoryLog histories;
    private final RegionProfile region;
    private final Clock clock;
    private final DocumentStore documents;
    private final DocumentBatch files;

    EvidenceRequests(EvidenceRequestRepository requests, MongoTemplate mongo, EngagementWorkflow engagements,
            ChangeHistoryLog histories, RegionProfile region, Clock clock, DocumentStore documents, DocumentBatch files) {
        this.documents = documents;
        this.files = files;
        this.requests = requests;
        this.mongo = mongo;
        this.engagements = engagements;
        this.histories = histories;
        this.region = region;
        this.clock = clock;
    }

    public EvidenceRequest ask(Caller caller, String auditId, String title, String purpose, LocalDate dueDate) {
        Engagement audit = engagements.get(caller, auditId);
        requireTeam(caller, audit);
        requireOpen(audit);
        return requests.save(EvidenceRequest.ask(audit.id(), audit.auditedOpd(), title, purpose, dueDate, today(),
                caller.username(), clock.instant()));
    }

    public EvidenceRequest provide(Caller caller, String auditId, String id, List<String> documentIds, String note,
            String ifMatch) {
        return step(caller, auditId, id, ifMatch, false,
                r -> r.provide(documentIds, note, caller.username(), clock.instant()));
    }

    /**
     * The audited OPD answers with files uploaded here (AU2): every right and the state are checked before a byte is
     * read; each file is deposited in the platform documents (type sniffed: 415, size: 413, PDF signature verdict:
     * 422 SEC3 when broken); then the answer is recorded with the stored details. If any deposit or the recording
     * fails, the files already stored are deleted again, so no orphan is left.
     */
    public EvidenceRequest provideFiles(Caller caller, String auditId, String id, List<MultipartFile> uploaded,
            String note, String ifMatch) {
        EvidenceRequest request = openForAnswer(caller, auditId, id, ifMatch);
        request.requireOpenRound();
        return files.depositThen(new OwnerRef("evidence-request", request.id()), AuditDocuments.EVIDENCE, uploaded,
                caller.username(), stored -> new EvidenceFile(stored.id(), stored.filename(), stored.mediaType(),
                        stored.sizeBytes(), stored.sha256(), DocumentBatch.signatureStatus(stored),
                        DocumentBatch.signer(stored)),
                EvidenceFile::documentId, recorded -> {
                    request.provideFiles(recorded, note, caller.username(), clock.instant());
                    return requests.save(request);
                });
    }

    /** A file uploaded to the request, for whoever may read the audit; 404 for ids not uploaded here. */
    public EvidenceDownload file(Caller caller, String auditId, String id, String documentId) {
        EvidenceRequest request = get(caller, auditId, id);
        EvidenceFile file = request.file(documentId)
                .orElseThrow(() -> new NotFoundException("evidence file", documentId));
        DocumentStore.StoredFile content = documents.open(file.documentId())
                .orElseThrow(() -> new NotFoundException("evidence file", documentId));
        return new EvidenceDownload(file, content);
    }

    /** What a download sends: the recorded details and the stored bytes. */
    public record EvidenceDownload(EvidenceFile file, DocumentStore.StoredFile content) {
    }

    public EvidenceRequest accept(Caller caller, String auditId, String id, String note, String ifMatch) {
        return step(caller, auditId, id, ifMatch, true, r -> r.accept(note, caller.username(), clock.instant()));
    }

    public EvidenceRequest askAgain(Caller caller, String auditId, String id, String reason, LocalDate dueDate,
            String ifMatch) {
        return step(caller, auditId, id, ifMatch, true,
                r -> r.askAgain(reason, dueDate, today(), caller.username(), clock.instant()));
    }

    public EvidenceRequest get(Caller caller, String auditId, String id) {
        Engagement audit = engagements.get(caller, auditId);
        return requests.findById(id).filter(r -> r.auditId().equals(audit.id()))
                .orElseThrow(() -> new NotFoundException("evidence request", id));
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String auditId, String id) {
        return histories.of(get(caller, auditId, id));
    }

    public Page<EvidenceRequest> ofAudit(Caller caller, String auditId, EvidenceFilter filter, Pageable page) {
        Engagement audit = engagements.get(caller, auditId);
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("auditId").is(audit.id()));
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            all.add(Criteria.where("status").is(EvidenceStatus.REQUESTED));
            all.add(Criteria.where("dueDate").lt(today()));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            all.add(new Criteria().orOperator(Criteria.where("status").ne(EvidenceStatus.REQUESTED),
                    Criteria.where("dueDate").gte(today())));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, EvidenceRequest.class);
        return new PageImpl<>(mongo.find(query.with(page), EvidenceRequest.class), page, total);
    }

    /** Today in the region's time zone: a request is overdue once its due date has passed unanswered. */
    public LocalDate today() {
        return clock.instant().atZone(region.region().timeZone()).toLocalDate();
    }

    private EvidenceRequest step(Caller caller, String auditId, String id, String ifMatch, boolean team,
            Consumer<EvidenceRequest> change) {
        Engagement audit = engagements.get(caller, auditId);
        EvidenceRequest request = get(caller, auditId, id);
        if (team) {
            requireTeam(caller, audit);
        } else {
            requireAuditedOperator(caller, audit);
        }
        requireOpen(audit);
        ETags.checkIfMatch(ifMatch, request.version());
        change.accept(request);
        return requests.save(request);
    }

    private EvidenceRequest openForAnswer(Caller caller, String auditId, String id, String ifMatch) {
        Engagement audit = engagements.get(caller, auditId);
        EvidenceRequest request = get(caller, auditId, id);
        requireAuditedOperator(caller, audit);
        requireOpen(audit);
        ETags.checkIfMatch(ifMatch, request.version());
        return request;
    }

    private static void requireAuditedOperator(Caller caller, Engagement audit) {
        if (!(caller.hasRole(Roles.OPD_OPERATOR) && audit.auditedOpd().equals(caller.opd()))) {
            throw new AccessDeniedException("evidence is provided by the audited OPD's operator");
        }
    }

    private static void requireTeam(Caller caller, Engagement audit) {
        if (!EngagementAccess.mayAudit(caller, audit)) {
            throw new AccessDeniedException("evidence is requested and reviewed by the audit's team or Dinas");
        }
    }

    private static void requireOpen(Engagement audit) {
        if (audit.status() == EngagementStatus.COMPLETED || audit.status() == EngagementStatus.CANCELLED) {
            throw new StateConflictException("Audit berstatus " + audit.status() + "; permintaan bukti sudah ditutup.");
        }
    }
}
