package id.go.spbe.monev.mandiritik;

import id.go.spbe.monev.mandiritik.domain.AssessmentStatus;
import id.go.spbe.monev.mandiritik.domain.CriterionAssessment;
import id.go.spbe.monev.mandiritik.domain.MandiriTikAssessment;
import id.go.spbe.monev.mandiritik.domain.MandiriTikCriteria;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Mandiri TIK assessments (G3): Dinas assesses an OPD (the endpoint admits Dinas admins only), a pass is proposed to
 * the deciding office, the decree arriving from app-registry closes it. Every step is one document write with its
 * event and history entry.
 */
@Service
public class MandiriTikAssessments {

    private static final Logger LOG = LoggerFactory.getLogger(MandiriTikAssessments.class);

    private final MandiriTikAssessmentRepository assessments;
    private final MongoTemplate mongo;
    private final MandiriTikGovernance governance;
    private final OpdReferences opds;
    private final Clock clock;

    MandiriTikAssessments(MandiriTikAssessmentRepository assessments, MongoTemplate mongo,
            MandiriTikGovernance governance, OpdReferences opds, Clock clock) {
        this.assessments = assessments;
        this.mongo = mongo;
        this.governance = governance;
        this.opds = opds;
        this.clock = clock;
    }

    public MandiriTikCriteria criteria() {
        return governance.criteria();
    }

    /**
     * G3: the OPD must be in the directory (G1), not be Dinas itself, not be Mandiri TIK already, and have no
     * proposal waiting for a decree (409).
     */
    public MandiriTikAssessment assess(Caller caller, String opdCode, List<CriterionAssessment> verdicts) {
        OpdReference opd = opds.requireKnown(opdCode);
        if (opd.dinas()) {
            throw new RuleViolationException("G3", "Dinas " + opdCode + " adalah pengelola TIK daerah; yang dinilai "
                    + "kelayakan Mandiri TIK adalah perangkat daerah lain.");
        }
        if (opd.mandiriTik()) {
            throw new RuleViolationException("G3", "OPD " + opdCode + " sudah berstatus Mandiri TIK.");
        }
        assessments.findFirstByOpdAndStatus(opdCode, AssessmentStatus.PROPOSED).ifPresent(open -> {
            throw new StateConflictException("OPD " + opdCode + " masih memiliki usulan Mandiri TIK " + open.id()
                    + " yang menunggu keputusan.");
        });
        return assessments.insert(MandiriTikAssessment.assess(opdCode, governance.criteria(), verdicts,
                caller.username(), clock.instant()));
    }

    public MandiriTikAssessment withdraw(Caller caller, String id, String note, String ifMatch) {
        MandiriTikAssessment assessment = get(caller, id);
        ETags.checkIfMatch(ifMatch, assessment.version());
        assessment.withdraw(note, caller.username(), clock.instant());
        return assessments.save(assessment);
    }

    /** 404 for an assessment of another OPD than an operator's own. */
    public MandiriTikAssessment get(Caller caller, String id) {
        return caller.visible(assessments.findById(id), MandiriTikAssessment::opd)
                .orElseThrow(() -> new NotFoundException("Penilaian Mandiri TIK", id));
    }

    /** Operators list their own OPD's assessments; region-wide roles all, or one OPD's. */
    public Page<MandiriTikAssessment> list(Caller caller, String opd, AssessmentStatus status, Pageable pageable) {
        String scope = caller.listScope(opd);
        Query query = new Query();
        if (scope != null) {
            query.addCriteria(Criteria.where("opd").is(scope));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        long total = mongo.count(query, MandiriTikAssessment.class);
        List<MandiriTikAssessment> page = mongo.find(Query.of(query).with(pageable), MandiriTikAssessment.class);
        return PageableExecutionUtils.getPage(page, pageable, () -> total);
    }

    /**
     * G3, from app-registry's {@code OpdMandiriTikDesignated}: the decree closes the proposal it names
     * ({@code assessmentReference}), else the OPD's open one. A decree with no open proposal (a revocation, a decree
     * recorded without assessment, a redelivery) changes nothing here.
     */
    public void decreeRecorded(String opd, boolean designated, String decreeNumber, LocalDate decreeDate,
            String decidedBy, String assessmentReference, String notes) {
        Optional<MandiriTikAssessment> proposal = assessmentReference == null
                ? assessments.findFirstByOpdAndStatus(opd, AssessmentStatus.PROPOSED)
                : assessments.findById(assessmentReference).filter(a -> a.opd().equals(opd));
        proposal.ifPresentOrElse(assessment -> {
            if (assessment.decided(designated, decreeNumber, decreeDate, decidedBy, notes, clock.instant())) {
                assessments.save(assessment);
            }
        }, () -> LOG.info("Mandiri TIK decree {} for {} names no open proposal here (reference {})", decreeNumber,
                opd, assessmentReference));
    }
}
