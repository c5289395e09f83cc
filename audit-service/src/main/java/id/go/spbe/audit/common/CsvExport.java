package id.go.spbe.audit.common;

import id.go.spbe.platform.csv.CsvText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A list exported as CSV (RFC 4180, comma, CRLF, UTF-8 with a BOM so spreadsheets read Bahasa Indonesia right). Cells go
 * through the platform's {@link CsvText}: a formula (a title typed by anyone) gets a leading apostrophe.
 */
public final class CsvExport {

    /** The most rows one export carries; X-Total-Count tells when the filter matched more. */
    public static final int LIMIT = 10_000;

    private CsvExport() {
    }

    /** One row through the platform's {@link CsvText} (formula guard, quoting); yes/no in Bahasa Indonesia. */
    public static String row(Object... cells) {
        return CsvText.row(Arrays.stream(cells).map(c -> c instanceof Boolean yes ? (yes ? "ya" : "tidak") : c)
                .toList());
    }

    /** The attachment: header line, rows, and how many rows the filter matched (may exceed {@link #LIMIT}). */
    public static ResponseEntity<byte[]> attachment(String filename, String header, List<String> rows, long total) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(header).append("\r\n");
        rows.forEach(csv::append);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, CsvText.disposition(filename))
                .header("X-Total-Count", String.valueOf(total))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
