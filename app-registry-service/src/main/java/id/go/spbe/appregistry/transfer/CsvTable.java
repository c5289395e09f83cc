package id.go.spbe.appregistry.transfer;

import id.go.spbe.platform.problem.InvalidRequestException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded CSV file read the way inventories arrive from OPD: UTF-8 (a BOM from spreadsheet programs is
 * tolerated), {@code ,} or {@code ;} as delimiter (Indonesian-locale spreadsheets write {@code ;}), and {@code #}
 * comment lines before the header. Reading is deterministic, so a job re-reads its stored file identically when it
 * resumes or when its errors file is requested.
 */
public record CsvTable(char delimiter, int commentLines, List<String> header, List<Row> rows) {

    /** One data row; {@code number} is 1-based, {@code line} is where it starts in the file. */
    public record Row(int number, long line, List<String> values) {
    }

    public static CsvTable parse(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int comments = 0;
        // Only comments before the header are skipped: a data cell that starts with '#' is data, not a comment.
        while (text.startsWith("#")) {
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
            comments++;
        }
        if (text.isBlank()) {
            throw new InvalidRequestException("Berkas CSV kosong: tidak ada baris judul kolom (header).");
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim()).toList();
            List<Row> rows = new ArrayList<>();
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long end = parser.getCurrentLineNumber();
                rows.add(new Row(rows.size() + 1, previousEnd + 1 + comments, record.toList()));
                previousEnd = end;
            }
            return new CsvTable(delimiter, comments, header, List.copyOf(rows));
        } catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidRequestException("Berkas CSV tidak dapat dibaca: " + describe(e)
                    + ". Periksa tanda kutip (\") yang tidak ditutup dan judul kolom yang ganda atau kosong.");
        }
    }

    /** Column positions by lower-case name. */
    public Map<String, Integer> columns() {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("Berkas CSV harus berenkode UTF-8; simpan ulang berkas sebagai "
                    + "\"CSV UTF-8\" lalu unggah kembali.");
        }
    }

    /** The delimiter used more often in the header line, outside quotes; a comma when neither appears. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String describe(Exception e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
