package id.go.spbe.audit.finding.domain;

import java.time.LocalDate;

/**
 * What an auditor writes down: the criterion (what should be), the condition (what is), its cause and effect, the
 * recommendation, which OPD must act on it and by when.
 */
public record FindingDetails(String title, Severity severity, String criterion, String condition, String cause,
        String effect, String recommendation, String ownerOpd, LocalDate dueDate) {
}
