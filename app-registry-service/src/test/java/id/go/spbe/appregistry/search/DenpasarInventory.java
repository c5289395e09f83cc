package id.go.spbe.appregistry.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application inventory of Pemerintah Kota Denpasar (189 rows, public dump of 2022, see the file's header), read
 * with a small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF.
 */
public final class DenpasarInventory {

    /** One row: id, name (judul), function (infofungsi), owner OPD name, class (Umum/Khusus), active flag. */
    public record Row(String id, String name, String function, String ownerOpd, String classification,
            boolean active) {
    }

    private DenpasarInventory() {
    }

    public static List<Row> rows() {
        List<List<String>> records = parse(read());
        List<String> header = records.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            rows.add(new Row(record.get(column.get("id_app")), record.get(column.get("judul")).trim(),
                    record.get(column.get("infofungsi")).trim(), record.get(column.get("x_opd_pemilik")).trim(),
                    record.get(column.get("x_klasifikasi")).trim(),
                    "aktif".equals(record.get(column.get("sts_aktif")).trim())));
        }
        return rows;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atRecordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atRecordStart && c == '#') { // comment line (the file's provenance header)
                i = text.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
                continue;
            }
            atRecordStart = false;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atRecordStart = true;
            } else {
                field.append(c);
            }
        }
        if (!atRecordStart) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static String read() {
        try (InputStream in = DenpasarInventory.class.getResourceAsStream("/search/denpasar-aplikasi.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource search/denpasar-aplikasi.csv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
