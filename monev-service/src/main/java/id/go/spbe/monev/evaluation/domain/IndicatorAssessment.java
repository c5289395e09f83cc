package id.go.spbe.monev.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One indicator of an evaluation: who answers for it (unit and its OPD, M3), the level that unit proposed with its
 * explanation and evidence, and the evaluators' latest adjustment. The current level is the adjustment if there is
 * one, else the proposal. Every earlier value stays in the evaluation's history.
 */
public class IndicatorAssessment {

    private String no;
    private Unit unit;
    private String opd;
    private Integer proposedLevel;
    private String explanation;
    private List<String> evidenceDocumentIds = List.of();
    /** Documents the unit uploaded for this indicator (M1); a proposal names some of them (or https:// links). */
    private List<EvidenceDocument> evidence = new ArrayList<>();
    private String proposedBy;
    private Instant proposedAt;
    private Integer adjustedLevel;
    private String adjustmentComment;
    private EvaluationStage adjustedIn;
    private String adjustedBy;
    private Instant adjustedAt;

    IndicatorAssessment() {
    }

    IndicatorAssessment(String no, Unit unit, String opd) {
        this.no = no;
        this.unit = unit;
        this.opd = opd;
    }

    void propose(int level, String explanation, List<String> evidence, String by, Instant at) {
        this.proposedLevel = level;
        this.explanation = explanation;
        this.evidenceDocumentIds = List.copyOf(evidence);
        this.proposedBy = by;
        this.proposedAt = at;
    }

    void addEvidence(List<EvidenceDocument> documents) {
        if (evidence == null) {
            evidence = new ArrayList<>();
        }
        evidence.addAll(documents);
    }

    /** The uploaded evidence, oldest first. */
    public List<EvidenceDocument> evidence() {
        return evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Optional<EvidenceDocument> evidence(String documentId) {
        return evidence().stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    /**
     * The evidence the proposal names that expired before {@code asOf} (the evaluation's assessment date): flagged
     * for the evaluators, never blocked. Links (https://) carry no validity date.
     */
    public List<String> expiredEvidenceIds(LocalDate asOf) {
        return evidenceDocumentIds().stream()
                .filter(id -> evidence(id).map(d -> d.expiredBefore(asOf)).orElse(false)).toList();
    }

    void adjust(int level, String comment, EvaluationStage stage, String by, Instant at) {
        this.adjustedLevel = level;
        this.adjustmentComment = comment;
        this.adjustedIn = stage;
        this.adjustedBy = by;
        this.adjustedAt = at;
    }

    /** The level that counts now; null while the unit has proposed none. */
    public Integer level() {
        return adjustedLevel != null ? adjustedLevel : proposedLevel;
    }

    public String no() {
        return no;
    }

    public Unit unit() {
        return unit;
    }

    public String opd() {
        return opd;
    }

    public Integer proposedLevel() {
        return proposedLevel;
    }

    public String explanation() {
        return explanation;
    }

    public List<String> evidenceDocumentIds() {
        return evidenceDocumentIds == null ? List.of() : evidenceDocumentIds;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Integer adjustedLevel() {
        return adjustedLevel;
    }

    public String adjustmentComment() {
        return adjustmentComment;
    }

    public EvaluationStage adjustedIn() {
        return adjustedIn;
    }

    public String adjustedBy() {
        return adjustedBy;
    }

    public Instant adjustedAt() {
        return adjustedAt;
    }
}
