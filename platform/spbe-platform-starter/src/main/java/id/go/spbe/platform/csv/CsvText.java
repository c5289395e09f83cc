package id.go.spbe.platform.csv;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV text for the services' exports (RFC 4180: comma, CRLF, quotes doubled). A text cell a spreadsheet would run as a
 * formula (= + - @, tab, CR — a title typed by anyone) gets a leading apostrophe (OWASP CSV injection); a plain
 * negative number (a latitude south of the equator) is no formula and stays a number, and numbers are never guarded.
 * One copy for every service: six had their own, each with a slightly different rule.
 */
public final class CsvText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?(E-?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {
    }

    /** The 200 answer of an export: UTF-8 CSV as an attachment named {@code filename}. */
    public static ResponseEntity<String> attachment(String filename, String csv) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .body(csv);
    }

    /**
     * The 200 answer of an export capped at a number of rows: {@code X-Total-Count} says how many the filter matched,
     * so a client sees when the file holds fewer.
     */
    public static ResponseEntity<String> attachment(String filename, String csv, long total) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .header("X-Total-Count", Long.toString(total))
                .body(csv);
    }

    /** The Content-Disposition of an export named {@code filename}. */
    public static String disposition(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }

    /** A header and one line per row. */
    public static String of(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder(row(header));
        rows.forEach(row -> csv.append(row(row)));
        return csv.toString();
    }

    /** One line: the cells guarded, quoted as needed, joined by commas, ended by CRLF. */
    public static String row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One cell: null empty, a number as it prints, text guarded and quoted when it holds a comma, quote or break. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? value.toString() : guard(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The text with an apostrophe in front when a spreadsheet would run it as a formula (for a CSV library's cells). */
    public static String guard(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Undoes {@link #guard} on import, so an exported file read back keeps the text as it was. */
    public static String unguard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                && !PLAIN_NUMBER.matcher(text.substring(1)).matches()) {
            return text.substring(1);
        }
        return text;
    }

    /** Null as an empty cell; anything else as its text. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
