package id.go.spbe.network.inspection.domain;

import id.go.spbe.network.inspection.domain.InspectionEvents.InspectionFindingOpened;
import id.go.spbe.network.inspection.domain.InspectionEvents.InspectionFindingResolved;
import id.go.spbe.network.inspection.domain.InspectionEvents.InspectionRecorded;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An inspection of one OPD's LAN by Dinas (N5), whoever runs the LAN: when, what was looked at, the inventory
 * revision it saw, and its findings, each with severity and due date, OPEN until resolved.
 */
@Document("inspections")
public class Inspection extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String opdCode;
    private LocalDate inspectedOn;
    private String summary;
    private long lanRevision;
    private String inspector;
    private Instant recordedAt;
    private List<Finding> findings = new ArrayList<>();
    /** Whether any finding is open, kept for the list filter. */
    private boolean openFindings;

    Inspection() {
    }

    /** Records an inspection held on {@code inspectedOn}, not after {@code today} (422 N5). */
    public static Inspection record(String opdCode, LocalDate inspectedOn, String summary, long lanRevision,
            LocalDate today, String actor, Instant now) {
        if (inspectedOn.isAfter(today)) {
            throw new RuleViolationException("N5", "inspectedOn: pemeriksaan tanggal " + inspectedOn
                    + " belum terjadi.");
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID().toString();
        inspection.opdCode = opdCode;
        inspection.inspectedOn = inspectedOn;
        inspection.summary = summary.strip();
        inspection.lanRevision = lanRevision;
        inspection.inspector = actor;
        inspection.recordedAt = now;
        inspection.raise(new InspectionRecorded(UUID.randomUUID(), now, inspection.id, opdCode, inspectedOn,
                lanRevision, actor));
        return inspection;
    }

    /** What a new finding says. */
    public record FindingSpec(String title, String description, Severity severity, LocalDate dueDate,
            String deviceId) {
    }

    /** Adds a finding; its due date may not precede the inspection (422 N5). */
    public Finding open(FindingSpec spec, String actor, Instant now) {
        if (spec.dueDate().isBefore(inspectedOn)) {
            throw new RuleViolationException("N5", "dueDate: batas perbaikan " + spec.dueDate()
                    + " sebelum tanggal pemeriksaan " + inspectedOn + ".");
        }
        Finding finding = new Finding(UUID.randomUUID().toString(), spec.title().strip(),
                spec.description() == null ? null : spec.description().strip(), spec.severity(), spec.dueDate(),
                spec.deviceId(), FindingStatus.OPEN, actor, now, null, null, null);
        findings.add(finding);
        openFindings = true;
        raise(new InspectionFindingOpened(UUID.randomUUID(), now, id, opdCode, finding.id(), finding.title(),
                finding.severity(), finding.dueDate(), finding.deviceId(), actor));
        return finding;
    }

    /** OPEN → RESOLVED with how it was resolved (409 when resolved already); late when after its due date. */
    public Finding resolve(String findingId, String resolution, LocalDate today, String actor, Instant now) {
        Finding finding = finding(findingId);
        if (finding.status() == FindingStatus.RESOLVED) {
            throw new StateConflictException("Temuan " + findingId + " sudah diselesaikan oleh "
                    + finding.resolvedBy() + ".");
        }
        Finding resolved = finding.resolve(resolution.strip(), actor, now);
        findings.set(findings.indexOf(finding), resolved);
        openFindings = findings.stream().anyMatch(f -> f.status() == FindingStatus.OPEN);
        raise(new InspectionFindingResolved(UUID.randomUUID(), now, id, opdCode, findingId, finding.severity(),
                today.isAfter(finding.dueDate()), actor));
        return resolved;
    }

    public Finding finding(String findingId) {
        return findings.stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
    }

    public String id() {
        return id;
    }

    public String opdCode() {
        return opdCode;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public String summary() {
        return summary;
    }

    public long lanRevision() {
        return lanRevision;
    }

    public String inspector() {
        return inspector;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public boolean openFindings() {
        return openFindings;
    }
}
