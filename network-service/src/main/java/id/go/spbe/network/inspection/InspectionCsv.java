package id.go.spbe.network.inspection;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.inspection.domain.Finding;
import id.go.spbe.network.inspection.domain.Inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static id.go.spbe.platform.csv.CsvText.text;

/**
 * The inspections as CSV (N5), one row per finding — what a follow-up sheet needs — with the inspection's columns
 * repeated; an inspection without findings still has one row, its finding columns empty.
 */
public final class InspectionCsv {

    static final List<String> HEADER = List.of("inspectionId", "opd", "inspectedOn", "summary", "lanRevision",
            "inspector", "recordedAt", "openFindings", "findingId", "title", "severity", "dueDate", "deviceId",
            "findingStatus", "openedBy", "openedAt", "resolution", "resolvedBy", "resolvedAt");

    private InspectionCsv() {
    }

    public static String of(List<Inspection> inspections) {
        return CsvText.of(HEADER, inspections.stream().flatMap(InspectionCsv::rows).toList());
    }

    private static Stream<List<String>> rows(Inspection i) {
        List<String> inspection = List.of(i.id(), i.opdCode(), text(i.inspectedOn()), text(i.summary()),
                String.valueOf(i.lanRevision()), text(i.inspector()), text(i.recordedAt()),
                String.valueOf(i.openFindings()));
        if (i.findings().isEmpty()) {
            return Stream.of(row(inspection, List.of("", "", "", "", "", "", "", "", "", "", "")));
        }
        return i.findings().stream().map(f -> row(inspection, finding(f)));
    }

    private static List<String> finding(Finding f) {
        return List.of(f.id(), f.title(), text(f.severity()), text(f.dueDate()), text(f.deviceId()),
                text(f.status()), text(f.openedBy()), text(f.openedAt()), text(f.resolution()), text(f.resolvedBy()),
                text(f.resolvedAt()));
    }

    private static List<String> row(List<String> inspection, List<String> finding) {
        List<String> row = new ArrayList<>(inspection);
        row.addAll(finding);
        return row;
    }
}
