package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.transfer.domain.RowProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What one CSV row says, once read: the owner OPD and form data when the row is usable, and the problems found
 * (refusing the row) and warnings (the row is imported, but something was not carried over as is).
 */
final class RowReading {

    private final CsvTable.Row row;
    private final List<RowProblem> errors = new ArrayList<>();
    private final List<RowProblem> warnings = new ArrayList<>();
    private String ownerOpd;
    private ApplicationDetails details;

    RowReading(CsvTable.Row row) {
        this.row = row;
    }

    void error(String column, String message, String obligation) {
        errors.add(new RowProblem(row.number(), row.line(), column, message, obligation));
    }

    void warning(String column, String message, String obligation) {
        warnings.add(new RowProblem(row.number(), row.line(), column, message, obligation));
    }

    void result(String owner, ApplicationDetails form) {
        this.ownerOpd = owner;
        this.details = form;
    }

    boolean valid() {
        return errors.isEmpty() && details != null;
    }

    int number() {
        return row.number();
    }

    long line() {
        return row.line();
    }

    String ownerOpd() {
        return ownerOpd;
    }

    ApplicationDetails details() {
        return details;
    }

    List<RowProblem> errors() {
        return List.copyOf(errors);
    }

    List<RowProblem> warnings() {
        return List.copyOf(warnings);
    }
}
