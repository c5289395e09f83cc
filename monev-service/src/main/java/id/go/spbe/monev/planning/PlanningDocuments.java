package id.go.spbe.monev.planning;

import id.go.spbe.monev.planning.domain.PlanningDocument;
import id.go.spbe.monev.planning.domain.PlanningKind;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.web.ETags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The region's SPBE planning documents (G4): registered and reviewed by Dinas (RL p8(1), p11(1)); the overdue sweep
 * flags a review that fell due without being recorded. "Today" is the region's date (WIB/WITA/WIT).
 */
@Service
public class PlanningDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningDocuments.class);

    private final PlanningDocumentRepository documents;
    private final MongoTemplate mongo;
    private final PlanningRules rules;
    private final ZoneId zone;
    private final Clock clock;

    PlanningDocuments(PlanningDocumentRepository documents, MongoTemplate mongo, PlanningRules rules,
            RegionProfile region, Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.mongo = mongo;
        this.rules = rules;
        this.zone = region.region() == null || region.region().timeZone() == null ? ZoneId.of("Asia/Jakarta")
                : region.region().timeZone();
    }

    public PlanningRules rules() {
        return rules;
    }

    public PlanningDocument register(String by, PlanningKind kind, String title, int periodStart,
            int periodEnd, String decreeNumber, LocalDate decreeDate, String documentId) {
        return documents.insert(PlanningDocument.register(kind, rules.of(kind), title, periodStart, periodEnd,
                decreeNumber, decreeDate, documentId, by, clock.instant(), today(clock)));
    }

    public PlanningDocument recordReview(String by, String id, LocalDate reviewedOn, String summary,
            String decreeNumber, String documentId, String ifMatch) {
        PlanningDocument document = get(id);
        ETags.checkIfMatch(ifMatch, document.version());
        document.recordReview(reviewedOn, summary, decreeNumber, documentId, by, clock.instant(), today(clock));
        return documents.save(document);
    }

    public PlanningDocument get(String id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("Dokumen perencanaan", id));
    }

    /** {@code overdue}: only those (true) or only those not (false) whose review is overdue on {@code today}. */
    public Page<PlanningDocument> list(PlanningKind kind, Boolean overdue, LocalDate today, Pageable pageable) {
        Query query = new Query();
        if (kind != null) {
            query.addCriteria(Criteria.where("kind").is(kind));
        }
        if (overdue != null) {
            // overdue ⇔ a review is due (nextReviewDue set, only inside the period) and its date has passed
            query.addCriteria(overdue ? Criteria.where("nextReviewDue").lt(today)
                    : new Criteria().orOperator(Criteria.where("nextReviewDue").is(null),
                            Criteria.where("nextReviewDue").gte(today)));
        }
        long total = mongo.count(query, PlanningDocument.class);
        List<PlanningDocument> page = mongo.find(Query.of(query).with(pageable), PlanningDocument.class);
        return PageableExecutionUtils.getPage(page, pageable, () -> total);
    }

    /** The region's date now. */
    public LocalDate today() {
        return today(clock);
    }

    private LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The sweep on the service's clock (the scheduled job). */
    public int flagOverdueReviews() {
        return flagOverdueReviews(clock);
    }

    /**
     * G4: flags every review overdue on {@code clock}'s date, once per due date (a second sweep, or another replica's,
     * finds it flagged). Returns how many were flagged now.
     */
    public int flagOverdueReviews(Clock clock) {
        LocalDate today = today(clock);
        int flagged = 0;
        for (PlanningDocument candidate : documents.findByNextReviewDueBefore(today)) {
            try {
                if (candidate.flagOverdue(today, clock.instant())) {
                    documents.save(candidate);
                    flagged++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // A review recorded meanwhile: the next sweep decides on the fresh document.
                LOG.debug("planning document {} changed during the overdue sweep", candidate.id());
            }
        }
        return flagged;
    }
}
