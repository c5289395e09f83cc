package id.go.spbe.monev.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the evaluation report shows (M2), already in the report's words: figures formatted with a decimal comma,
 * predicates as the framework names them, "-" where there is no figure.
 */
public record ReportView(String evaluationId, int year, String frameworkName, String frameworkRegulation,
        String frameworkStatus, String stage, Governance governance, Figure overall, List<DomainRow> domains,
        List<AspectRow> aspects, List<IndicatorRow> indicators, List<EvidenceRow> evidence, YearOverYear yearOverYear,
        SignOff signOff, EvidenceDocuments documents) {

    /** The body the result goes to and who sits on it, from the profile (G2, M2). */
    public record Governance(String addressee, String body, String chair, List<String> members) {
    }

    public record Figure(String value, String predicate) {
    }

    public record DomainRow(String no, String name, String weight, String value, String predicate, String assessed) {
    }

    public record AspectRow(String no, String name, String domainNo, String weight, String value, String predicate) {
    }

    public record IndicatorRow(String no, String name, String aspectNo, String opd, String proposed, String level,
            String note) {
    }

    /**
     * Evidence from operations for one covered indicator (issue 13): the claim, the level the year's data supports
     * ("≥ n" at the rule's ceiling, "-" without data), the flag in words and the sentence why.
     */
    public record EvidenceRow(String no, String name, String claimed, String supported, String flag, String reason) {
    }

    /**
     * The documents the units uploaded as evidence (M1), per indicator in framework order, and the date their validity
     * is judged at ({@code asOf}: the day the self-assessment closed, today while it is open; {@code asOfClosed} says
     * which; {@code asOf} null in a report built without it).
     */
    public record EvidenceDocuments(LocalDate asOf, boolean asOfClosed, List<DocumentRow> rows) {
    }

    /**
     * One uploaded evidence document: {@code validUntil} "-" without an end, {@code expired} its validity ended before
     * the judging date (flagged, never refused), {@code named} the indicator's current proposal names it.
     */
    public record DocumentRow(String no, String title, String filename, LocalDate validUntil, boolean expired,
            boolean named) {
    }

    /** The change since the previous year's evaluation under the same framework (none: {@code previousYear} null). */
    public record YearOverYear(Integer previousYear, boolean sameFramework, List<Change> changes) {
    }

    public record Change(String scope, String name, String before, String after, String delta) {
    }

    /** Who finalised and who approved; {@code published} false means the report is a draft. */
    public record SignOff(boolean published, String finalisedBy, Instant finalisedAt, String approvedBy,
            Instant approvedAt, String approvedFor, String returnReason, String returnedBy, Instant returnedAt) {
    }
}
