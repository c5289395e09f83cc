package id.go.spbe.monev.mandiritik.domain;

import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.CriterionVerdict;
import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.MandiriTikAssessed;
import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.MandiriTikProposalClosed;
import id.go.spbe.monev.mandiritik.domain.MandiriTikEvents.MandiriTikProposed;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Dinas's feasibility assessment of one OPD for Mandiri TIK status (G3): a verdict with evidence on every criterion
 * the region's regulation names. Passing (every criterion met) makes it a proposal to the deciding office; the
 * decision itself is a decree recorded in app-registry, whose event closes the proposal. Failing keeps the reasons.
 */
@Document("mandiri_tik_assessments")
public class MandiriTikAssessment extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String opd;
    @Indexed
    private AssessmentStatus status;
    /**
     * The OPD code while PROPOSED, absent once closed. The unique sparse index makes two open proposals for one OPD
     * impossible even for two concurrent requests, without transactions (as app-registry's Integration.activeKey).
     */
    @Indexed(unique = true, sparse = true)
    private String openProposalOf;
    private List<CriterionAssessment> criteria = new ArrayList<>();
    private List<String> reasons = new ArrayList<>();
    private String proposedTo;
    private String assessedBy;
    private Instant assessedAt;
    private String decreeNumber;
    private LocalDate decreeDate;
    private String decidedBy;
    private String closingNote;
    private String closedBy;
    private Instant closedAt;
    private Instant updatedAt;

    MandiriTikAssessment() {
    }

    /**
     * G3: assesses {@code opd} on exactly the regulation's criteria. A MET verdict needs evidence, a NOT_MET one a
     * reason; an unknown, repeated or missing criterion is refused, all problems named at once.
     */
    public static MandiriTikAssessment assess(String opd, MandiriTikCriteria regulation,
            List<CriterionAssessment> verdicts, String by, Instant now) {
        if (regulation.criteria().isEmpty()) {
            throw new RuleViolationException("G3", "Peraturan daerah ini tidak menetapkan kriteria Mandiri TIK; "
                    + "penilaian kelayakan tidak dapat dilakukan.");
        }
        List<String> problems = new ArrayList<>();
        Map<String, CriterionAssessment> byCode = new LinkedHashMap<>();
        Set<String> repeated = new HashSet<>();
        for (CriterionAssessment verdict : verdicts) {
            if (!regulation.criteria().contains(verdict.code())) {
                problems.add("kriteria " + verdict.code() + " tidak dikenal peraturan (kriteria: "
                        + regulation.criteria() + ")");
            } else if (byCode.putIfAbsent(verdict.code(), verdict) != null && repeated.add(verdict.code())) {
                problems.add("kriteria " + verdict.code() + " dinilai lebih dari sekali");
            }
            if (verdict.met() && verdict.evidenceDocumentIds().isEmpty()) {
                problems.add("kriteria " + verdict.code() + " dinyatakan terpenuhi tanpa dokumen bukti");
            }
            if (!verdict.met() && verdict.reason() == null) {
                problems.add("kriteria " + verdict.code() + " dinyatakan tidak terpenuhi tanpa alasan");
            }
        }
        regulation.criteria().stream().filter(code -> !byCode.containsKey(code))
                .forEach(code -> problems.add("kriteria " + code + " belum dinilai"));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("G3", "Penilaian Mandiri TIK tidak lengkap: "
                    + String.join("; ", problems) + ".");
        }
        MandiriTikAssessment assessment = new MandiriTikAssessment();
        assessment.id = UUID.randomUUID().toString();
        assessment.opd = opd;
        // In the regulation's order, whatever order the request used.
        regulation.criteria().forEach(code -> assessment.criteria.add(byCode.get(code)));
        assessment.assessedBy = by;
        assessment.assessedAt = now;
        assessment.updatedAt = now;
        assessment.criteria.stream().filter(c -> !c.met())
                .forEach(c -> assessment.reasons.add(c.code() + ": " + c.reason()));
        boolean passed = assessment.reasons.isEmpty();
        assessment.status = passed ? AssessmentStatus.PROPOSED : AssessmentStatus.NOT_PASSED;
        assessment.raise(new MandiriTikAssessed(UUID.randomUUID(), now, assessment.id, opd, passed,
                assessment.criteria.stream().map(CriterionVerdict::of).toList(), List.copyOf(assessment.reasons), by));
        if (passed) {
            assessment.proposedTo = regulation.decidedBy();
            assessment.openProposalOf = opd;
            assessment.raise(new MandiriTikProposed(UUID.randomUUID(), now, assessment.id, opd,
                    regulation.decidedBy(), assessment.criteriaMet(), by));
        }
        return assessment;
    }

    /** G3: the deciding office's decree (recorded in app-registry) closes the proposal. Repeats are no-ops. */
    public boolean decided(boolean designated, String decreeNumber, LocalDate decreeDate, String decidedBy,
            String notes, Instant now) {
        if (!status.open()) {
            return false;
        }
        this.decreeNumber = decreeNumber;
        this.decreeDate = decreeDate;
        this.decidedBy = decidedBy;
        close(designated ? AssessmentStatus.DESIGNATED : AssessmentStatus.REFUSED, notes, decidedBy, now);
        return true;
    }

    /** Dinas withdraws a proposal no decree has answered yet (a 409 otherwise). */
    public void withdraw(String note, String by, Instant now) {
        if (!status.open()) {
            throw new StateConflictException("Penilaian " + id + " berstatus " + status
                    + "; hanya usulan (PROPOSED) yang dapat ditarik.");
        }
        close(AssessmentStatus.WITHDRAWN, note, by, now);
    }

    private void close(AssessmentStatus outcome, String note, String by, Instant now) {
        status = outcome;
        openProposalOf = null;
        closingNote = note == null || note.isBlank() ? null : note.strip();
        closedBy = by;
        closedAt = now;
        updatedAt = now;
        raise(new MandiriTikProposalClosed(UUID.randomUUID(), now, id, opd, outcome, decreeNumber, decreeDate,
                decidedBy, closingNote, by));
    }

    public List<String> criteriaMet() {
        return criteria.stream().filter(CriterionAssessment::met).map(CriterionAssessment::code).toList();
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public AssessmentStatus status() {
        return status;
    }

    public List<CriterionAssessment> criteria() {
        return List.copyOf(criteria);
    }

    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    public String proposedTo() {
        return proposedTo;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String decreeNumber() {
        return decreeNumber;
    }

    public LocalDate decreeDate() {
        return decreeDate;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String closingNote() {
        return closingNote;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
