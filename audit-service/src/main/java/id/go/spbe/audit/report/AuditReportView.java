package id.go.spbe.audit.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the engagement report (AU7) shows, in the words of the report (Bahasa Indonesia labels resolved here, so the
 * template only lays out).
 *
 * @param fingerprint SHA-256 of the frozen content (engagement and finding texts, not the follow-up status), so two
 *                    printings of a completed audit's report can be shown to say the same
 * @param copyFor     {@code null} for the whole report; else the OPD ("name (code)") whose copy this is: it shows
 *                    only that OPD's findings
 * @param otherOpdFindings in an OPD's copy, how many findings of the audit other OPDs own (counted, never shown)
 */
public record AuditReportView(String id, String title, String kindLabel, String objectName, String objectId,
        String auditedOpd, String auditedOpdName, String statusLabel, boolean draft, LocalDate plannedStart,
        LocalDate plannedEnd, LocalDate startedOn, LocalDate completedOn, List<String> scope,
        String previousAuditId, Member lead, List<Member> members, List<FindingRow> findings, Summary summary,
        String fingerprint, boolean signed, String copyFor, int otherOpdFindings, List<PulledRow> pulled) {

    /**
     * Evidence pulled from another service into the audit: its source, period, how its rows were chosen, how current
     * the data was, who pulled it and when, and its headline figures ("label: value").
     */
    public record PulledRow(int number, String source, LocalDate from, LocalDate to, String scope,
            java.time.Instant dataAsOf, java.time.Instant pulledAt, String pulledBy, List<String> figures) {
    }

    /** An auditor of the team as assigned. */
    public record Member(String name, String typeLabel, boolean lead) {
    }

    /** One finding with its follow-up as of the printing. */
    public record FindingRow(int number, String title, String severity, String criterion, String condition,
            String cause, String effect, String recommendation, String ownerOpd, String ownerOpdName,
            LocalDate dueDate, String followUp, String followUpNote, boolean overdue, boolean carriedOver) {
    }

    /** Counts per severity and how many are closed. */
    public record Summary(int total, int critical, int high, int medium, int low, int closed, int overdue) {
    }
}
