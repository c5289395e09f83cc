package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.monev.evaluation.domain.EvaluationStage;
import id.go.spbe.monev.evaluation.domain.IndicatorAssessment;
import id.go.spbe.monev.evaluation.domain.Unit;
import id.go.spbe.monev.framework.FrameworkCatalogue;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.IndexCalculator;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The steps of an evaluation (M1, M3). Each is authorised here (role, and for proposals the unit's OPD), decided by
 * the aggregate and saved with its event and history entry in one write. {@code ifMatch} is optional; a stale one
 * is a 412.
 */
@Service
public class EvaluationWorkflow {

    private static final int MAX_TRIES = 20;

    private final EvaluationRepository evaluations;
    private final FrameworkCatalogue frameworks;
    private final MonevRegulationProperties regulation;
    private final OpdReferences opds;
    private final GovernanceProperties governance;
    private final Clock clock;

    EvaluationWorkflow(EvaluationRepository evaluations, FrameworkCatalogue frameworks,
            MonevRegulationProperties regulation, OpdReferences opds, GovernanceProperties governance, Clock clock) {
        this.evaluations = evaluations;
        this.governance = governance;
        this.frameworks = frameworks;
        this.regulation = regulation;
        this.opds = opds;
        this.clock = clock;
    }

    /**
     * M1: Dinas opens the year's evaluation under a framework. {@code units} names the OPD holding each unit the
     * profile uses (M3); Dinas's own OPD holds the DINAS unit unless named. Every OPD must be in the directory (G1).
     */
    public Evaluation open(Caller caller, int year, String frameworkId, Map<Unit, String> units) {
        Framework framework = frameworks.find(frameworkId).orElseThrow(() -> new RuleViolationException("M1",
                "Kerangka evaluasi '" + frameworkId + "' tidak dikenal."));
        if (evaluations.existsById(Evaluation.idOf(year, frameworkId))) {
            throw new StateConflictException("Evaluasi " + year + " dengan kerangka " + frameworkId + " sudah dibuka.");
        }
        Map<Unit, String> unitOpds = new EnumMap<>(Unit.class);
        if (units != null) {
            unitOpds.putAll(units);
        }
        if (!unitOpds.containsKey(Unit.DINAS) && caller.opd() != null) {
            unitOpds.put(Unit.DINAS, caller.opd());
        }
        unitOpds.values().forEach(opds::requireKnown);
        Evaluation evaluation = Evaluation.open(year, framework, regulation.coordinators(), unitOpds,
                caller.username(), clock.instant());
        return evaluations.insert(evaluation);
    }

    /**
     * M3: only the unit an indicator is assigned to proposes its level. Another OPD's operator does not learn the
     * indicator's assignment (404); a region-wide caller of another unit (Dinas for Bappeda's indicator) gets 403.
     */
    public Evaluation propose(Caller caller, String id, String indicatorNo, int level, String explanation,
            List<String> evidence, String ifMatch) {
        return retried(ifMatch, () -> {
            Evaluation evaluation = load(id);
            IndicatorAssessment indicator = visibleIndicator(caller, evaluation, indicatorNo);
            if (caller.opd() == null || !caller.opd().equals(indicator.opd())) {
                throw new AccessDeniedException("only the unit assigned to an indicator proposes its level (M3)");
            }
            return step(evaluation, ifMatch, e -> e.propose(indicatorNo, level, explanation, evidence,
                    caller.username(), clock.instant()));
        });
    }

    /** M1: evaluators adjust a level with a comment (the endpoint admits EVALUATOR only). */
    public Evaluation adjust(Caller caller, String id, String indicatorNo, int level, String comment,
            String ifMatch) {
        return retried(ifMatch, () -> {
            Evaluation evaluation = load(id);
            visibleIndicator(caller, evaluation, indicatorNo);
            return step(evaluation, ifMatch, e -> e.adjust(indicatorNo, level, comment, caller.username(),
                    clock.instant()));
        });
    }

    /** Dinas closes the self-assessment; evaluators move the later stages. */
    public Evaluation advance(Caller caller, String id, EvaluationStage to, String note, String ifMatch) {
        boolean closesSelfAssessment = to == EvaluationStage.PENILAIAN_DOKUMEN;
        String role = closesSelfAssessment ? Roles.DINAS_ADMIN : Roles.EVALUATOR;
        if (!caller.hasRole(role)) {
            throw new AccessDeniedException("moving to " + to + " is for " + role);
        }
        Evaluation evaluation = load(id);
        return step(evaluation, ifMatch, e -> e.advance(to, note, caller.username(), clock.instant()));
    }

    /** M1: evaluators finalise; the index as it stands is recorded and published with the event. */
    public Evaluation finalise(Caller caller, String id, String note, String ifMatch) {
        Evaluation evaluation = load(id);
        Framework framework = frameworks.require(evaluation.frameworkId());
        return step(evaluation, ifMatch, e -> e.finalise(IndexCalculator.compute(framework, e.levels()), note,
                caller.username(), clock.instant()));
    }

    /**
     * G2/M2: the governance body's coordinator approves the final result, which publishes it (the endpoint admits
     * COORDINATOR only). The body and the report's addressee are the profile's; the approver's full name (the token's
     * {@code name} claim, may be null) is kept for the report.
     */
    public Evaluation approve(Caller caller, String id, String ifMatch) {
        requireCoordinator(caller);
        Evaluation evaluation = load(id);
        return step(evaluation, ifMatch, e -> e.approve(governance.body(), regulation.reportTo(), caller.username(),
                caller.fullName(), clock.instant()));
    }

    /** G2: the coordinator returns the final result with a reason; the last evaluator stage opens again. */
    public Evaluation returnForRevision(Caller caller, String id, String reason, String ifMatch) {
        requireCoordinator(caller);
        Evaluation evaluation = load(id);
        return step(evaluation, ifMatch, e -> e.returnForRevision(reason, caller.username(), clock.instant()));
    }

    private static void requireCoordinator(Caller caller) {
        if (!caller.hasRole(Roles.COORDINATOR)) {
            throw new AccessDeniedException("only the governance body's COORDINATOR signs off an evaluation (G2)");
        }
    }

    Evaluation load(String id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluasi", id));
    }

    static IndicatorAssessment visibleIndicator(Caller caller, Evaluation evaluation, String indicatorNo) {
        IndicatorAssessment indicator = evaluation.indicator(indicatorNo)
                .orElseThrow(() -> new NotFoundException("Indikator", indicatorNo));
        caller.requireVisible(indicator.opd(), "Indikator", indicatorNo);
        return indicator;
    }

    /**
     * Three units and several evaluators write the same evaluation document at once, each to a different indicator.
     * Without If-Match the caller did not ask for a particular version, so a write that lost the optimistic-lock race
     * is decided again on the fresh document (its checks included) instead of answering 409. With If-Match the
     * caller asked for exactly that version, and a lost race stays a conflict.
     */
    private Evaluation retried(String ifMatch, Supplier<Evaluation> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException lost) {
                if (ifMatch != null || tries >= MAX_TRIES) {
                    throw lost;
                }
            }
        }
    }

    private Evaluation step(Evaluation evaluation, String ifMatch, Consumer<Evaluation> change) {
        ETags.checkIfMatch(ifMatch, evaluation.version());
        change.accept(evaluation);
        return evaluations.save(evaluation);
    }
}
