package id.go.spbe.audit.common;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list exported as CSV (RFC 4180, comma, CRLF, UTF-8 with a BOM so spreadsheets read Bahasa Indonesia right). A cell
 * a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR — a title typed by anyone) starts
 * with an apostrophe and is quoted, so it shows as text.
 */
public final class CsvExport {

    /** The most rows one export carries; X-Total-Count tells when the filter matched more. */
    public static final int LIMIT = 10_000;

    private CsvExport() {
    }

    /** One row: the cells joined by commas, each neutralised and quoted as needed. */
    public static String row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Boolean yes ? (yes ? "ya" : "tidak") : value.toString();
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        if (formula) {
            text = "'" + text;
        }
        if (formula || text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The attachment: header line, rows, and how many rows the filter matched (may exceed {@link #LIMIT}). */
    public static ResponseEntity<byte[]> attachment(String filename, String header, List<String> rows, long total) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(header).append("\r\n");
        rows.forEach(csv::append);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Total-Count", String.valueOf(total))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
