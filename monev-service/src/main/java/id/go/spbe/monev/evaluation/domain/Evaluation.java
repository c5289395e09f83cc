package id.go.spbe.monev.evaluation.domain;

import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationFinalised;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationOpened;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationPublished;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationReturned;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvaluationStageChanged;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.EvidenceUploaded;
import id.go.spbe.monev.evaluation.domain.EvaluationEvents.IndicatorAssessed;
import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.framework.domain.IndexResult;
import id.go.spbe.monev.framework.domain.Levels;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The yearly SPBE evaluation of the region under one framework (M1): one per year and framework (the id is
 * {@code <year>-<frameworkId>}). It assigns every indicator to the unit coordinating its architecture domain (M3),
 * takes the units' proposed levels during self-assessment, the evaluators' adjustments (each with a comment) during
 * document review, interview and visit, and is locked once final: every change after that is a 409.
 */
@Document("evaluations")
public class Evaluation extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private int year;
    @Indexed
    private String frameworkId;
    private EvaluationStage stage;
    private Map<Unit, String> unitOpds = new EnumMap<>(Unit.class);
    private List<IndicatorAssessment> indicators = new ArrayList<>();
    private String openedBy;
    private Instant openedAt;
    private Instant updatedAt;
    /** When the self-assessment closed (PENILAIAN_MANDIRI → PENILAIAN_DOKUMEN): the evidence's assessment date. */
    private Instant selfAssessmentClosedAt;
    private BigDecimal finalIndex;
    private String finalPredicate;
    private String finalisedBy;
    private Instant finalisedAt;
    /** The stage finalising left (INTERVIU or VISITASI): where a return by the governance body reopens it. */
    private EvaluationStage finalisedFrom;
    private String publishedBy;
    /** The approver's full name as the token named them at approval (the {@code name} claim), else null. */
    private String publishedByName;
    private Instant publishedAt;
    private String publishedFor;
    private String returnReason;
    private String returnedBy;
    private Instant returnedAt;

    Evaluation() {
    }

    public static String idOf(int year, String frameworkId) {
        return year + "-" + frameworkId;
    }

    /**
     * Opens the year's evaluation in self-assessment. Each indicator goes to the unit the profile names for its
     * architecture domain ({@code coordinators}; Dinas where the profile or the framework names none), and that
     * unit must be held by an OPD ({@code unitOpds}).
     */
    public static Evaluation open(int year, Framework framework, Map<ArchitectureDomain, Unit> coordinators,
            Map<Unit, String> unitOpds, String by, Instant now) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = idOf(year, framework.id());
        evaluation.year = year;
        evaluation.frameworkId = framework.id();
        evaluation.stage = EvaluationStage.PENILAIAN_MANDIRI;
        for (Indicator indicator : framework.indicators()) {
            Unit unit = indicator.architectureDomain() == null ? Unit.DINAS
                    : coordinators.getOrDefault(indicator.architectureDomain(), Unit.DINAS);
            String opd = unitOpds.get(unit);
            if (opd == null) {
                throw new RuleViolationException("M3", "Unit " + unit + " mengoordinasikan indikator "
                        + indicator.no() + " tetapi tidak diberi OPD (units." + unit + ").");
            }
            evaluation.unitOpds.put(unit, opd);
            evaluation.indicators.add(new IndicatorAssessment(indicator.no(), unit, opd));
        }
        evaluation.openedBy = by;
        evaluation.openedAt = now;
        evaluation.updatedAt = now;
        Map<String, String> units = new TreeMap<>();
        evaluation.unitOpds.forEach((unit, opd) -> units.put(unit.name(), opd));
        evaluation.raise(new EvaluationOpened(UUID.randomUUID(), now, evaluation.id, year, framework.id(),
                framework.status().name(), units, evaluation.indicators.size(), by));
        return evaluation;
    }

    /** M1/M3: the responsible unit proposes a level with an explanation and evidence, during self-assessment only. */
    public void propose(String indicatorNo, int level, String explanation, List<String> evidence, String by,
            Instant now) {
        requireNotFinal();
        if (stage != EvaluationStage.PENILAIAN_MANDIRI) {
            throw new StateConflictException("Usulan tingkat hanya pada tahap PENILAIAN_MANDIRI (tahap saat ini: "
                    + stage + ").");
        }
        requireLevel(level);
        IndicatorAssessment indicator = require(indicatorNo);
        for (String evidenceId : evidence) {
            if (!isLink(evidenceId) && indicator.evidence(evidenceId).isEmpty()) {
                throw new RuleViolationException("M1", "Bukti '" + evidenceId + "' bukan dokumen yang diunggah untuk "
                        + "indikator " + indicatorNo + ": unggah dokumennya dulu, atau sebut tautan https://.");
            }
        }
        Integer previous = indicator.level();
        indicator.propose(level, explanation, evidence, by, now);
        updatedAt = now;
        raise(new IndicatorAssessed(UUID.randomUUID(), now, id, year, indicatorNo, indicator.unit().name(),
                indicator.opd(), AssessmentKind.SELF_ASSESSMENT, level, previous, explanation, List.copyOf(evidence),
                stage.name(), by));
    }

    /** A proposal may name a published document by its address instead of an upload (e.g. the JDIH page of a decree). */
    public static boolean isLink(String evidence) {
        return evidence.startsWith("https://");
    }

    /**
     * M1/M3: the responsible unit adds evidence documents (already stored) to one of its indicators, during
     * self-assessment only (409 otherwise, like the proposal they support).
     */
    public void addEvidence(String indicatorNo, List<EvidenceDocument> documents, String by, Instant now) {
        requireEvidenceOpen();
        IndicatorAssessment indicator = require(indicatorNo);
        indicator.addEvidence(documents);
        updatedAt = now;
        raise(new EvidenceUploaded(UUID.randomUUID(), now, id, year, indicatorNo, indicator.unit().name(),
                indicator.opd(), documents.stream().map(d -> new EvaluationEvents.EvidenceFile(d.id(), d.title(),
                        d.filename(), d.mediaType(), d.sizeBytes(), d.sha256(), d.validUntil())).toList(), by));
    }

    /** 409 unless evidence may still be added: self-assessment, not final. Checked before any byte is stored. */
    public void requireEvidenceOpen() {
        requireNotFinal();
        if (stage != EvaluationStage.PENILAIAN_MANDIRI) {
            throw new StateConflictException("Dokumen bukti hanya dapat diunggah pada tahap PENILAIAN_MANDIRI (tahap "
                    + "saat ini: " + stage + ").");
        }
    }

    /**
     * The date evidence validity is judged at: the day the self-assessment closed (the documents are assessed from
     * then), or {@code today} while it is still open.
     */
    public LocalDate evidenceAsOf(ZoneId zone, LocalDate today) {
        return evidenceAsOf(zone, today, null);
    }

    /**
     * As above for an evaluation stored before the closing time was kept ({@code selfAssessmentClosedAt} null past
     * the self-assessment): {@code closedPerHistory}, the time of its history's stage change out of PENILAIAN_MANDIRI
     * (the same moment the field records), gives the day; only without one (no such entry) is it {@code today}.
     */
    public LocalDate evidenceAsOf(ZoneId zone, LocalDate today, Instant closedPerHistory) {
        if (selfAssessmentClosedAt != null) {
            return LocalDate.ofInstant(selfAssessmentClosedAt, zone);
        }
        if (stage == EvaluationStage.PENILAIAN_MANDIRI || closedPerHistory == null) {
            return today;
        }
        return LocalDate.ofInstant(closedPerHistory, zone);
    }

    /** Past the self-assessment, but stored before its closing time was kept: the history has to say when. */
    public boolean closingTimeUnrecorded() {
        return selfAssessmentClosedAt == null && stage != EvaluationStage.PENILAIAN_MANDIRI;
    }

    /** M1: an evaluator sets the level during document review, interview or visit; the comment is mandatory. */
    public void adjust(String indicatorNo, int level, String comment, String by, Instant now) {
        requireNotFinal();
        if (!stage.evaluatorsAdjust()) {
            throw new StateConflictException("Penyesuaian tingkat oleh evaluator hanya pada tahap PENILAIAN_DOKUMEN, "
                    + "INTERVIU atau VISITASI (tahap saat ini: " + stage + ").");
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("M1", "Penyesuaian tingkat wajib disertai komentar evaluator.");
        }
        requireLevel(level);
        IndicatorAssessment indicator = require(indicatorNo);
        Integer previous = indicator.level();
        indicator.adjust(level, comment, stage, by, now);
        updatedAt = now;
        raise(new IndicatorAssessed(UUID.randomUUID(), now, id, year, indicatorNo, indicator.unit().name(),
                indicator.opd(), AssessmentKind.ADJUSTMENT, level, previous, comment, List.of(), stage.name(), by));
    }

    /**
     * Moves to the next stage. Leaving self-assessment needs a level on every indicator (M1: the index is computed
     * over the whole framework); the visit may be skipped by finalising after the interview.
     */
    public void advance(EvaluationStage to, String note, String by, Instant now) {
        requireNotFinal();
        if (!stage.advancesTo().contains(to)) {
            throw new StateConflictException("Tahap " + stage + " tidak dapat berpindah ke " + to
                    + (to == EvaluationStage.FINAL ? " (gunakan finalise)." : "."));
        }
        if (stage == EvaluationStage.PENILAIAN_MANDIRI) {
            List<String> missing = indicators.stream().filter(i -> i.level() == null).map(IndicatorAssessment::no)
                    .toList();
            if (!missing.isEmpty()) {
                throw new RuleViolationException("M1", "Penilaian mandiri belum lengkap: indikator " + missing
                        + " belum diberi tingkat.");
            }
        }
        moveTo(to, note, by, now);
    }

    /** Final and locked (M1); {@code index} is the index of the levels as they stand, computed by the caller. */
    public void finalise(IndexResult index, String note, String by, Instant now) {
        requireNotFinal();
        if (!stage.mayFinalise()) {
            throw new StateConflictException("Evaluasi dapat difinalkan setelah INTERVIU atau VISITASI (tahap saat "
                    + "ini: " + stage + ").");
        }
        finalisedFrom = stage;
        moveTo(EvaluationStage.FINAL, note, by, now);
        finalIndex = index.overall().value();
        finalPredicate = index.overall().predicate();
        finalisedBy = by;
        finalisedAt = now;
        raise(new EvaluationFinalised(UUID.randomUUID(), now, id, year, frameworkId, finalIndex, finalPredicate, by));
    }

    /**
     * G2/M2: the governance body's coordinator approves the final result; it is published ({@code EvaluationPublished},
     * the report loses its draft mark). Only a final, not yet published evaluation (else 409). {@code byName} is the
     * approver's full name for the report (null: the username stands in).
     */
    public void approve(String body, String reportTo, String by, String byName, Instant now) {
        if (stage != EvaluationStage.FINAL) {
            throw new StateConflictException("Hanya evaluasi yang sudah final dapat disahkan (tahap saat ini: " + stage
                    + ").");
        }
        requireNotPublished();
        publishedBy = by;
        publishedByName = byName == null || byName.isBlank() ? null : byName.strip();
        publishedAt = now;
        publishedFor = body;
        updatedAt = now;
        raise(new EvaluationPublished(UUID.randomUUID(), now, id, year, frameworkId, finalIndex, finalPredicate,
                finalisedBy, finalisedAt, body, reportTo, by));
    }

    /**
     * G2: the coordinator returns a final result it does not approve, with a mandatory reason; the stage finalising
     * left (interview or visit) is open again so the evaluators can adjust and finalise anew. The regulations name no
     * return procedure: results are reported to the body (RL p53(5), BT p48(4), MT p29(4)), which coordinates the
     * evaluation (MB/SM p35(2)); reopening the last evaluator stage keeps every level and comment and the history.
     */
    public void returnForRevision(String reason, String by, Instant now) {
        if (stage != EvaluationStage.FINAL) {
            throw new StateConflictException("Hanya evaluasi yang sudah final dapat dikembalikan (tahap saat ini: "
                    + stage + ").");
        }
        requireNotPublished();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("G2", "Pengembalian hasil evaluasi wajib disertai alasan.");
        }
        EvaluationStage reopened = finalisedFrom == null ? EvaluationStage.INTERVIU : finalisedFrom;
        stage = reopened;
        finalIndex = null;
        finalPredicate = null;
        finalisedBy = null;
        finalisedAt = null;
        finalisedFrom = null;
        returnReason = reason;
        returnedBy = by;
        returnedAt = now;
        updatedAt = now;
        raise(new EvaluationReturned(UUID.randomUUID(), now, id, year, EvaluationStage.FINAL.name(), reopened.name(),
                reason, by));
    }

    private void requireNotPublished() {
        if (publishedAt != null) {
            throw new StateConflictException("Evaluasi " + id + " sudah disahkan dan dipublikasikan.");
        }
    }

    private void moveTo(EvaluationStage to, String note, String by, Instant now) {
        EvaluationStage from = stage;
        stage = to;
        updatedAt = now;
        if (from == EvaluationStage.PENILAIAN_MANDIRI) {
            selfAssessmentClosedAt = now;
        }
        raise(new EvaluationStageChanged(UUID.randomUUID(), now, id, year, from.name(), to.name(), note, by));
    }

    private void requireNotFinal() {
        if (stage == EvaluationStage.FINAL) {
            throw new StateConflictException("Evaluasi " + id + " sudah final dan terkunci.");
        }
    }

    private static void requireLevel(int level) {
        if (!Levels.valid(level)) {
            throw new RuleViolationException("M1", "Tingkat kematangan harus " + Levels.MIN + " sampai " + Levels.MAX
                    + ".");
        }
    }

    private IndicatorAssessment require(String no) {
        return indicator(no).orElseThrow(() -> new IllegalArgumentException("no indicator " + no));
    }

    public Optional<IndicatorAssessment> indicator(String no) {
        return indicators.stream().filter(i -> i.no().equals(no)).findFirst();
    }

    /** Indicator number → current level, for the indicators that have one. */
    public Map<String, Integer> levels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        indicators.stream().filter(i -> i.level() != null).forEach(i -> levels.put(i.no(), i.level()));
        return levels;
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String frameworkId() {
        return frameworkId;
    }

    public EvaluationStage stage() {
        return stage;
    }

    public Map<Unit, String> unitOpds() {
        return Map.copyOf(unitOpds);
    }

    public List<IndicatorAssessment> indicators() {
        return List.copyOf(indicators);
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant selfAssessmentClosedAt() {
        return selfAssessmentClosedAt;
    }

    public BigDecimal finalIndex() {
        return finalIndex;
    }

    public String finalPredicate() {
        return finalPredicate;
    }

    public String finalisedBy() {
        return finalisedBy;
    }

    public Instant finalisedAt() {
        return finalisedAt;
    }

    public boolean published() {
        return publishedAt != null;
    }

    public String publishedBy() {
        return publishedBy;
    }

    /** Who approved, by full name when the token carried one, else the username (null while not published). */
    public String publishedByDisplayName() {
        return publishedByName != null ? publishedByName : publishedBy;
    }

    public String publishedByName() {
        return publishedByName;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The governance body the result was approved for (the profile's at the time). */
    public String publishedFor() {
        return publishedFor;
    }

    public String returnReason() {
        return returnReason;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public Instant returnedAt() {
        return returnedAt;
    }
}
