package id.go.spbe.monev.evaluation;

import id.go.spbe.platform.documents.DocumentBatch;
import id.go.spbe.monev.documents.MonevDocuments;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvidenceDocument;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Evidence documents of an indicator (M1: "evidence per indicator"; M3: only its unit). The unit's OPD uploads files
 * during self-assessment; they are stored in the platform documents (type from the bytes 415, size 413, a PDF's
 * signature SEC3) and recorded on the indicator with their event and history entry in one write of the evaluation.
 * Whoever may read the indicator lists and downloads them.
 */
@Service
public class EvaluationEvidence {

    private static final int MAX_TRIES = 20;

    private final EvaluationRepository evaluations;
    private final DocumentBatch files;
    private final DocumentStore documents;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;
    private final ZoneId zone;
    private final ChangeHistoryLog histories;

    EvaluationEvidence(EvaluationRepository evaluations, DocumentBatch files, DocumentStore documents, Clock clock,
            RegionProfile region, ChangeHistoryLog histories) {
        this.evaluations = evaluations;
        this.histories = histories;
        this.files = files;
        this.documents = documents;
        this.clock = clock;
        this.zone = region.region() == null || region.region().timeZone() == null ? ZoneId.of("Asia/Jakarta")
                : region.region().timeZone();
    }

    /** The evaluation as saved and the documents one upload recorded, in the order sent. */
    public record Uploaded(Evaluation evaluation, List<EvidenceDocument> documents) {
    }

    /** A stored evidence document, opened for download. */
    public record Download(EvidenceDocument document, DocumentStore.StoredFile file) {
    }

    /**
     * The unit's OPD uploads {@code uploads} as evidence of indicator {@code no}, each under {@code title} and valid
     * until {@code validUntil} (null: no end). Who and when are checked before a byte is stored; if recording fails
     * (stale If-Match, the stage moved meanwhile) the stored files are deleted again.
     */
    public Uploaded upload(Caller caller, String id, String no, List<MultipartFile> uploads, String title,
            LocalDate validUntil, String ifMatch) {
        Evaluation before = load(id);
        requireUnit(caller, before, no);
        ETags.checkIfMatch(ifMatch, before.version());
        before.requireEvidenceOpen();
        return files.depositThen(new OwnerRef("evaluation", id), MonevDocuments.EVALUATION_EVIDENCE, uploads,
                caller.username(),
                stored -> new EvidenceDocument(stored.id(), title, stored.filename(), stored.mediaType(),
                        stored.sizeBytes(), stored.sha256(), DocumentBatch.signatureStatus(stored), validUntil,
                        stored.uploadedBy(), stored.uploadedAt()),
                EvidenceDocument::id,
                recorded -> new Uploaded(record(caller, id, no, recorded, ifMatch), recorded));
    }

    /** 404 for an unknown evaluation or an indicator the caller may not see, 403 for another unit's. */
    public void requireUploader(Caller caller, String id, String no) {
        requireUnit(caller, load(id), no);
    }

    /** Other units write the same evaluation at once: without If-Match a lost race is decided again (as proposals). */
    private Evaluation record(Caller caller, String id, String no, List<EvidenceDocument> recorded, String ifMatch) {
        for (int tries = 1; ; tries++) {
            try {
                Evaluation evaluation = load(id);
                requireUnit(caller, evaluation, no);
                ETags.checkIfMatch(ifMatch, evaluation.version());
                evaluation.addEvidence(no, recorded, caller.username(), clock.instant());
                return evaluations.save(evaluation);
            } catch (OptimisticLockingFailureException lost) {
                if (ifMatch != null || tries >= MAX_TRIES) {
                    throw lost;
                }
            }
        }
    }

    /** The indicator as {@code caller} may read it (another OPD's operator: 404). */
    public IndicatorAssessment indicator(Caller caller, Evaluation evaluation, String no) {
        return EvaluationWorkflow.visibleIndicator(caller, evaluation, no);
    }

    /** One uploaded document of the indicator, for whoever may read the indicator; any other id is a 404. */
    public Download download(Caller caller, String id, String no, String documentId) {
        Evaluation evaluation = load(id);
        EvidenceDocument document = indicator(caller, evaluation, no).evidence(documentId)
                .orElseThrow(() -> new NotFoundException("Dokumen bukti", documentId));
        DocumentStore.StoredFile file = documents.open(documentId)
                .orElseThrow(() -> new NotFoundException("Dokumen bukti", documentId));
        return new Download(document, file);
    }

    /**
     * The date the evidence's validity is judged at (see {@link Evaluation#evidenceAsOf}): for an evaluation stored
     * before the closing time was kept, the day of its history's stage change out of the self-assessment.
     */
    public LocalDate asOf(Evaluation evaluation) {
        Instant closedPerHistory = evaluation.closingTimeUnrecorded() ? closedPerHistory(evaluation).orElse(null)
                : null;
        return evaluation.evidenceAsOf(zone, LocalDate.now(clock.withZone(zone)), closedPerHistory);
    }

    /** When the hash-chained history (SEC1) says the self-assessment closed: the first stage change out of it. */
    public Optional<Instant> closedPerHistory(Evaluation evaluation) {
        return closedIn(histories.of(evaluation).entries());
    }

    static Optional<Instant> closedIn(List<HistoryEntry> entries) {
        return entries.stream().filter(e -> e.action() != null && e.action().endsWith(".evaluation.stage-changed.v1"))
                .filter(e -> {
                    try {
                        return "PENILAIAN_MANDIRI".equals(JSON.readTree(e.data()).path("from").asString());
                    } catch (JacksonException unreadable) {
                        return false;
                    }
                })
                .map(HistoryEntry::at).findFirst();
    }

    public Evaluation load(String id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluasi", id));
    }

    /** M3 as for proposals: another OPD's operator does not see the indicator (404), another unit's Dinas gets 403. */
    private static void requireUnit(Caller caller, Evaluation evaluation, String no) {
        IndicatorAssessment indicator = EvaluationWorkflow.visibleIndicator(caller, evaluation, no);
        if (caller.opd() == null || !caller.opd().equals(indicator.opd())) {
            throw new AccessDeniedException("only the unit assigned to an indicator uploads its evidence (M3)");
        }
    }
}
