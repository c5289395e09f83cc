package id.go.spbe.appregistry.transfer;

import id.go.spbe.platform.problem.InvalidRequestException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Dinas-supplied translation of OPD names used in an inventory to directory codes, for names that differ from the
 * directory's ("Dinas Kominfo" vs "Dinas Komunikasi dan Informatika"). Either a JSON object
 * {@code {"name": "CODE"}} or CSV lines {@code name,code} (an optional {@code name,code} header).
 */
final class OpdMapping {

    static final int MAX_ENTRIES = 500;

    private OpdMapping() {
    }

    static Map<String, String> parse(String text, JsonMapper json) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        String trimmed = text.trim();
        if (trimmed.startsWith("{")) {
            readJson(trimmed, json, mapping);
        } else {
            readCsv(trimmed, mapping);
        }
        if (mapping.size() > MAX_ENTRIES) {
            throw new InvalidRequestException("opdMapping paling banyak " + MAX_ENTRIES + " nama.");
        }
        return mapping;
    }

    private static void readJson(String text, JsonMapper json, Map<String, String> mapping) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidRequestException(
                    "opdMapping bukan JSON yang sah; contoh: {\"Dinas Kominfo\": \"DISKOMINFO\"}.");
        }
        if (!root.isObject()) {
            throw new InvalidRequestException("opdMapping harus berupa objek JSON nama → kode OPD.");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                throw new InvalidRequestException("opdMapping: kode OPD untuk '" + entry.getKey()
                        + "' harus berupa teks.");
            }
            put(mapping, entry.getKey(), entry.getValue().asString());
        }
    }

    private static void readCsv(String text, Map<String, String> mapping) {
        char delimiter = CsvTable.detectDelimiter(text);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (record.size() != 2) {
                    throw new InvalidRequestException("opdMapping baris " + record.getRecordNumber()
                            + ": harus berisi dua kolom, nama OPD dan kode OPD.");
                }
                boolean header = record.getRecordNumber() == 1 && "name".equalsIgnoreCase(record.get(0).trim())
                        && "code".equalsIgnoreCase(record.get(1).trim());
                if (!header) {
                    put(mapping, record.get(0), record.get(1));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidRequestException("opdMapping bukan CSV yang sah (nama,kode per baris).");
        }
    }

    private static void put(Map<String, String> mapping, String name, String code) {
        if (name.isBlank()) {
            throw new InvalidRequestException("opdMapping: nama OPD tidak boleh kosong.");
        }
        mapping.put(name.trim(), code.trim());
    }
}
