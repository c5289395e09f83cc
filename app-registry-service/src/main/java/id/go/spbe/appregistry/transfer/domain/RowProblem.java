package id.go.spbe.appregistry.transfer.domain;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong (or worth knowing) about one row of an imported file.
 *
 * @param row        1-based number of the data row (the header is row 0)
 * @param line       line of the file where the row starts, counting comment and header lines, for editors
 * @param column     the column concerned, or null when the row as a whole was refused
 * @param message    what to fix, in Bahasa Indonesia
 * @param obligation the obligation id when a regulation rule refused the row (G1, A2, A10...), else null
 */
public record RowProblem(int row, long line, @Nullable String column, String message, @Nullable String obligation) {
}
