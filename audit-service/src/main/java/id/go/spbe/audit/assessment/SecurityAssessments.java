package id.go.spbe.audit.assessment;

import id.go.spbe.audit.assessment.domain.AssessmentFile;
import id.go.spbe.audit.assessment.domain.AssessmentStatus;
import id.go.spbe.audit.common.AuditDocuments;
import id.go.spbe.platform.documents.DocumentBatch;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.audit.assessment.domain.AssessmentType;
import id.go.spbe.audit.assessment.domain.SecurityAssessment;
import id.go.spbe.audit.assessment.domain.Severity;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * Security assessments per OPD (AU8): Dinas plans and records them and their findings; the assessed OPD reads its
 * own and resolves its findings; coordinators and auditors read all. Load with the access check → If-Match → the
 * assessment decides → save (its events and history go with the write).
 */
@Service
public class SecurityAssessments {

    private final SecurityAssessmentRepository assessments;
    private final MongoTemplate mongo;
    private final OpdReferences opds;
    private final ChangeHistoryLog histories;
    private final DocumentStore documents;
    private final DocumentBatch files;
    private final ZoneId zone;
    private final Clock clock;

    SecurityAssessments(SecurityAssessmentRepository assessments, MongoTemplate mongo, OpdReferences opds,
            ChangeHistoryLog histories, DocumentStore documents, DocumentBatch files, RegionProfile region,
            Clock clock) {
        this.documents = documents;
        this.files = files;
        this.assessments = assessments;
        this.mongo = mongo;
        this.opds = opds;
        this.histories = histories;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    public SecurityAssessment plan(Caller caller, String opd, AssessmentType type, String title,
            @Nullable String scope, @Nullable String objectId, LocalDate plannedOn) {
        opds.requireKnown(opd);
        return assessments.save(SecurityAssessment.plan(opd, type, title, scope, objectId, plannedOn,
                caller.username(), clock.instant()));
    }

    /** The assessment, or 404 when missing or another OPD's (no existence leak). */
    public SecurityAssessment get(Caller caller, String id) {
        return caller.visible(assessments.findById(id), SecurityAssessment::opd)
                .orElseThrow(() -> new NotFoundException("security-assessment", id));
    }

    public Page<SecurityAssessment> list(Caller caller, @Nullable String opd, @Nullable AssessmentType type,
            @Nullable AssessmentStatus status, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        Criteria criteria = new Criteria();
        if (scope != null) {
            criteria = criteria.and("opd").is(scope);
        }
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, SecurityAssessment.class);
        return new PageImpl<>(mongo.find(query.with(page), SecurityAssessment.class), page, total);
    }

    public SecurityAssessment recordFinding(Caller caller, String id, @Nullable String ifMatch, String title,
            @Nullable String description, Severity severity, String recommendation, LocalDate dueDate) {
        SecurityAssessment a = load(caller, id, ifMatch);
        a.recordFinding(title, description, severity, recommendation, dueDate, caller.username(), today(),
                clock.instant());
        return assessments.save(a);
    }

    /** The assessed OPD's operator or Dinas says how a finding was remedied. */
    public SecurityAssessment resolveFinding(Caller caller, String id, String findingId, @Nullable String ifMatch,
            String resolution) {
        SecurityAssessment a = load(caller, id, ifMatch);
        caller.requireActsFor(a.opd());
        a.resolveFinding(findingId, resolution, caller.username(), today(), clock.instant());
        return assessments.save(a);
    }

    public SecurityAssessment complete(Caller caller, String id, @Nullable String ifMatch, LocalDate completedOn,
            String summary) {
        SecurityAssessment a = load(caller, id, ifMatch);
        a.complete(completedOn, summary, caller.username(), today(), clock.instant());
        return assessments.save(a);
    }

    public SecurityAssessment cancel(Caller caller, String id, @Nullable String ifMatch, String reason) {
        SecurityAssessment a = load(caller, id, ifMatch);
        a.cancel(reason, caller.username(), clock.instant());
        return assessments.save(a);
    }

    /**
     * Attaches report files (Dinas): rights, version and state are checked before a byte is read; each file goes into
     * the platform documents (type sniffed: 415, size: 413, a broken PDF signature: 422 SEC3) and is recorded in the
     * same write as its event; if a deposit or the recording fails, the files already stored are deleted again.
     */
    public SecurityAssessment attach(Caller caller, String id, List<MultipartFile> uploaded, @Nullable String ifMatch) {
        SecurityAssessment a = load(caller, id, ifMatch);
        a.requireAttachable(uploaded.size());
        return files.depositThen(new OwnerRef("security-assessment", a.id()), AuditDocuments.ASSESSMENT, uploaded,
                caller.username(), stored -> new AssessmentFile(stored.id(), stored.filename(), stored.mediaType(),
                        stored.sizeBytes(), stored.sha256(), DocumentBatch.signatureStatus(stored),
                        DocumentBatch.signer(stored), caller.username(), clock.instant()),
                AssessmentFile::documentId, recorded -> {
                    a.attach(recorded, caller.username(), clock.instant());
                    return assessments.save(a);
                });
    }

    /** A report file of the assessment, for whoever reads the assessment; 404 for ids not attached here. */
    public AssessmentDownload file(Caller caller, String id, String documentId) {
        AssessmentFile file = get(caller, id).file(documentId)
                .orElseThrow(() -> new NotFoundException("security-assessment file", documentId));
        DocumentStore.StoredFile content = documents.open(file.documentId())
                .orElseThrow(() -> new NotFoundException("security-assessment file", documentId));
        return new AssessmentDownload(file, content);
    }

    /** What a download sends: the recorded details and the stored bytes. */
    public record AssessmentDownload(AssessmentFile file, DocumentStore.StoredFile content) {
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String id) {
        return histories.of(get(caller, id));
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private SecurityAssessment load(Caller caller, String id, @Nullable String ifMatch) {
        SecurityAssessment a = get(caller, id);
        ETags.checkIfMatch(ifMatch, a.version());
        return a;
    }
}
