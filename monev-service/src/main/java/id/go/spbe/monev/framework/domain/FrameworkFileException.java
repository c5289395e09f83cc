package id.go.spbe.monev.framework.domain;

import java.util.List;

/** A framework file that cannot be loaded, with every problem found, each naming its file, line and field (400). */
public class FrameworkFileException extends RuntimeException {

    /** One problem: {@code file} is the upload part ("indicators", "predicates"), {@code line} 1-based. */
    public record LineError(String file, int line, String field, String message) {
    }

    private final List<LineError> errors;

    public FrameworkFileException(List<LineError> errors) {
        super(errors.size() + " kesalahan pada berkas kerangka evaluasi; baris pertama: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
