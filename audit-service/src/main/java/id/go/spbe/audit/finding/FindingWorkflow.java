package id.go.spbe.audit.finding;

import id.go.spbe.audit.common.AuditDocuments;
import id.go.spbe.platform.documents.DocumentBatch;
import id.go.spbe.audit.engagement.EngagementAccess;
import id.go.spbe.audit.engagement.EngagementWorkflow;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.finding.domain.Finding;
import id.go.spbe.audit.finding.domain.FindingDetails;
import id.go.spbe.audit.finding.domain.FindingStatus;
import id.go.spbe.audit.finding.domain.RemediationFile;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
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
 * Findings of audits and their follow-up (AU7). Auditors of the audit (and Dinas) record, verify and send back; the
 * owner OPD (and Dinas) remedies, resolves or accepts the risk; either side confirms. Who sees a finding: Dinas and
 * coordinators all, an auditor those of the audits they are assigned to, an OPD the findings it owns.
 */
@Service
public class FindingWorkflow {

    private final FindingRepository findings;
    private final MongoTemplate mongo;
    private final EngagementWorkflow engagements;
    private final OpdReferences opds;
    private final ChangeHistoryLog histories;
    private final RegionProfile region;
    private final Clock clock;
    private final DocumentStore documents;
    private final DocumentBatch files;

    FindingWorkflow(FindingRepository findings, MongoTemplate mongo, EngagementWorkflow engagements,
            OpdReferences opds, ChangeHistoryLog histories, RegionProfile region, Clock clock,
            DocumentStore documents, DocumentBatch files) {
        this.documents = documents;
        this.files = files;
        this.region = region;
        this.findings = findings;
        this.mongo = mongo;
        this.engagements = engagements;
        this.opds = opds;
        this.histories = histories;
        this.clock = clock;
    }

    public Finding open(Caller caller, String auditId, FindingDetails details) {
        Engagement audit = engagements.get(caller, auditId);
        if (!EngagementAccess.mayAudit(caller, audit)) {
            throw new AccessDeniedException("findings are recorded by the audit's auditors or Dinas");
        }
        if (!audit.status().takesFindings()) {
            throw new StateConflictException("Temuan dicatat saat audit berstatus IN_PROGRESS atau REPORTING; audit "
                    + "ini " + audit.status() + ".");
        }
        opds.requireKnown(details.ownerOpd());
        return findings.save(Finding.open(audit.id(), audit.kind().name(), details, caller.username(),
                clock.instant()));
    }

    public Finding confirm(Caller caller, String auditId, String id, String note, String ifMatch) {
        return step(caller, auditId, id, ifMatch, Side.EITHER, f -> f.confirm(note, caller.username(), now()));
    }

    public Finding startRemediation(Caller caller, String auditId, String id, String note, String ifMatch) {
        return step(caller, auditId, id, ifMatch, Side.OWNER,
                f -> f.startRemediation(note, caller.username(), now()));
    }

    public Finding resolve(Caller caller, String auditId, String id, String note, String ifMatch) {
        return step(caller, auditId, id, ifMatch, Side.OWNER, f -> f.resolve(note, caller.username(), now()));
    }

    /**
     * The owner OPD resolves the finding with its proof (AU7 follow-up): the right, the version and the state are
     * checked before a byte is read; each file is deposited in the platform documents (type sniffed: 415, size: 413,
     * a PDF's broken signature: 422 SEC3); then the finding moves to RESOLVED with the files recorded. If a deposit
     * or the save fails, the files already stored are deleted again (no orphan).
     */
    public Finding resolveWithFiles(Caller caller, String auditId, String id, List<MultipartFile> uploaded, String note,
            String ifMatch) {
        Finding finding = ownersStep(caller, auditId, id, ifMatch);
        finding.requireResolvable();
        return files.depositThen(new OwnerRef("finding", finding.id()), AuditDocuments.REMEDIATION, uploaded,
                caller.username(), stored -> new RemediationFile(stored.id(), stored.filename(), stored.mediaType(),
                        stored.sizeBytes(), stored.sha256(), DocumentBatch.signatureStatus(stored),
                        DocumentBatch.signer(stored), caller.username(), now()),
                RemediationFile::documentId, recorded -> {
                    finding.resolveWithFiles(recorded, note, caller.username(), now());
                    return findings.save(finding);
                });
    }

    /** A file uploaded with a resolution, for whoever may see the finding; 404 for ids not uploaded to it. */
    public RemediationDownload file(Caller caller, String auditId, String id, String documentId) {
        Finding finding = get(caller, auditId, id);
        RemediationFile file = finding.remediationFile(documentId)
                .orElseThrow(() -> new NotFoundException("remediation file", documentId));
        DocumentStore.StoredFile content = documents.open(file.documentId())
                .orElseThrow(() -> new NotFoundException("remediation file", documentId));
        return new RemediationDownload(file, content);
    }

    /** What a download sends: the recorded details and the stored bytes. */
    public record RemediationDownload(RemediationFile file, DocumentStore.StoredFile content) {
    }

    public Finding reopen(Caller caller, String auditId, String id, String reason, String ifMatch) {
        return step(caller, auditId, id, ifMatch, Side.AUDITOR, f -> f.reopen(reason, caller.username(), now()));
    }

    public Finding verify(Caller caller, String auditId, String id, String note, String ifMatch) {
        return step(caller, auditId, id, ifMatch, Side.AUDITOR, f -> f.verify(note, caller.username(), now()));
    }

    public Finding acceptRisk(Caller caller, String auditId, String id, String reason, String ifMatch) {
        return step(caller, auditId, id, ifMatch, Side.OWNER, f -> f.acceptRisk(reason, caller.username(), now()));
    }

    public Finding get(Caller caller, String auditId, String id) {
        Finding finding = findings.findById(id).filter(f -> f.followedUpIn(auditId))
                .orElseThrow(() -> new NotFoundException("finding", id));
        if (!maySee(caller, finding)) {
            throw new NotFoundException("finding", id);
        }
        return finding;
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String auditId, String id) {
        return histories.of(get(caller, auditId, id));
    }

    /** Findings of one audit the caller may see (an OPD: only those it owns). */
    public Page<Finding> ofAudit(Caller caller, String auditId, FindingFilter filter, Pageable page) {
        Engagement audit = engagements.get(caller, auditId);
        List<Criteria> all = filters(filter);
        all.add(new Criteria().orOperator(Criteria.where("auditId").is(audit.id()),
                Criteria.where("carriedOverTo").is(audit.id())));
        if (!EngagementAccess.seesAll(caller) && !EngagementAccess.mayAudit(caller, audit)) {
            all.add(Criteria.where("ownerOpd").is(caller.opd()));
        }
        return page(all, page);
    }

    /** Most findings one audit report lists; an audit has tens, this only bounds a runaway. */
    public static final int REPORT_LIMIT = 1000;

    /**
     * Every finding {@code audit} reports (AU7): opened in it or carried over into it, whoever owns it. The caller's
     * right to the audit is checked by whoever obtained {@code audit} (through {@link EngagementWorkflow#get}).
     */
    public List<Finding> reportedIn(Engagement audit) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("auditId").is(audit.id()),
                Criteria.where("carriedOverTo").is(audit.id())));
        query.with(org.springframework.data.domain.Sort.by("openedAt", "_id")).limit(REPORT_LIMIT);
        return mongo.find(query, Finding.class);
    }

    /** Findings across audits: all for Dinas and coordinators; an auditor's audits; an OPD's own. */
    public Page<Finding> list(Caller caller, FindingFilter filter, Pageable page) {
        List<Criteria> all = filters(filter);
        if (!EngagementAccess.seesAll(caller)) {
            List<Criteria> mine = new ArrayList<>();
            if (caller.hasRole(Roles.AUDITOR) && caller.username() != null) {
                var assigned = engagements.assignedTo(caller.username());
                mine.add(Criteria.where("auditId").in(assigned));
                mine.add(Criteria.where("carriedOverTo").in(assigned));
            }
            if (caller.opd() != null && (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION))) {
                if (filter.ownerOpd() != null && !filter.ownerOpd().equals(caller.opd())
                        && !caller.hasRole(Roles.AUDITOR)) {
                    throw new AccessDeniedException("an OPD lists its own findings only");
                }
                mine.add(Criteria.where("ownerOpd").is(caller.opd()));
            }
            if (mine.isEmpty()) {
                throw new AccessDeniedException("no findings visible to this caller");
            }
            all.add(new Criteria().orOperator(mine));
        }
        return page(all, page);
    }

    private Page<Finding> page(List<Criteria> all, Pageable page) {
        Query query = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, Finding.class);
        return new PageImpl<>(mongo.find(query.with(page), Finding.class), page, total);
    }

    /** Today in the region's time zone: a finding is overdue once its due date has passed. */
    public LocalDate today() {
        return clock.instant().atZone(region.region().timeZone()).toLocalDate();
    }

    private List<Criteria> filters(FindingFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.ownerOpd() != null) {
            all.add(Criteria.where("ownerOpd").is(filter.ownerOpd()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.severity() != null) {
            all.add(Criteria.where("details.severity").is(filter.severity()));
        }
        if (Boolean.TRUE.equals(filter.open())) {
            all.add(Criteria.where("status").nin(FindingStatus.VERIFIED, FindingStatus.ACCEPTED_RISK));
        } else if (Boolean.FALSE.equals(filter.open())) {
            all.add(Criteria.where("status").in(FindingStatus.VERIFIED, FindingStatus.ACCEPTED_RISK));
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            all.add(Criteria.where("status").nin(FindingStatus.VERIFIED, FindingStatus.ACCEPTED_RISK));
            all.add(Criteria.where("details.dueDate").lt(today()));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            all.add(new Criteria().orOperator(
                    Criteria.where("status").in(FindingStatus.VERIFIED, FindingStatus.ACCEPTED_RISK),
                    Criteria.where("details.dueDate").gte(today())));
        }
        return all;
    }

    /** Which side of the audit may take a step: the auditors, the audited owner OPD, or either. Dinas always. */
    private enum Side {
        AUDITOR, OWNER, EITHER
    }

    private Finding step(Caller caller, String auditId, String id, String ifMatch, Side side,
            Consumer<Finding> change) {
        Finding finding = allowed(caller, auditId, id, ifMatch, side);
        change.accept(finding);
        return findings.save(finding);
    }

    private Finding ownersStep(Caller caller, String auditId, String id, String ifMatch) {
        return allowed(caller, auditId, id, ifMatch, Side.OWNER);
    }

    /** The finding, when {@code side} (or Dinas) may step it at the version {@code ifMatch} names (403, 404, 412). */
    private Finding allowed(Caller caller, String auditId, String id, String ifMatch, Side side) {
        Finding finding = get(caller, auditId, id);
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            boolean auditor = caller.hasRole(Roles.AUDITOR) && isAuditorOf(caller, finding);
            boolean owner = caller.opd() != null && caller.opd().equals(finding.ownerOpd())
                    && (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION));
            boolean allowed = switch (side) {
                case AUDITOR -> auditor;
                case OWNER -> owner;
                case EITHER -> auditor || owner;
            };
            if (!allowed) {
                throw new AccessDeniedException("this step belongs to the other side of the audit");
            }
        }
        ETags.checkIfMatch(ifMatch, finding.version());
        return finding;
    }

    private boolean maySee(Caller caller, Finding finding) {
        if (EngagementAccess.seesAll(caller)) {
            return true;
        }
        if (caller.hasRole(Roles.AUDITOR) && isAuditorOf(caller, finding)) {
            return true;
        }
        return caller.opd() != null && caller.opd().equals(finding.ownerOpd())
                && (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION));
    }

    private boolean isAuditorOf(Caller caller, Finding finding) {
        var assigned = engagements.assignedTo(caller.username());
        return assigned.contains(finding.auditId()) || finding.carriedOverTo().stream().anyMatch(assigned::contains);
    }

    private java.time.Instant now() {
        return clock.instant();
    }
}
