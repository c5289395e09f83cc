package id.go.spbe.monev.evaluation.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows for the exports. A cell a spreadsheet would run as a formula (= + - @, tab, carriage return) starts
 * with an apostrophe: explanations and comments are free text written by other people.
 */
final class Csv {

    private Csv() {
    }

    static String row(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
