package id.go.spbe.network.csv;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV text (RFC 4180, header row, CRLF) for the service's exports. A cell a spreadsheet would run as a formula
 * (= + - @, tab, CR) gets a leading apostrophe (OWASP CSV injection), as app-registry's export does. A plain
 * negative number (a site's latitude south of the equator) is no formula and stays a number.
 */
public final class CsvText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?(E-?\\d+)?");

    private CsvText() {
    }

    /** The 200 answer of an export: UTF-8 CSV as an attachment named {@code filename}. */
    public static ResponseEntity<String> attachment(String filename, String csv) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(csv);
    }

    /** A header and one line per row. */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    public static String cell(String value) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(value).matches();
        String guarded = formula ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    /** Null as an empty cell; anything else as its text. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
