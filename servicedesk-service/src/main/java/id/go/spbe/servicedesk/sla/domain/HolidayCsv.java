package id.go.spbe.servicedesk.sla.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the holiday lists shipped in {@code resources/calendar/<year>.csv} (copied from the SKB 3 Menteri data in
 * {@code shared/data/holidays}): {@code date,name,kind} with {@code kind} {@code libur_nasional} or
 * {@code cuti_bersama}; lines starting with {@code #} document the source.
 */
public final class HolidayCsv {

    private HolidayCsv() {
    }

    public static List<NonWorkingDay> read(InputStream in) {
        List<NonWorkingDay> days = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (line.startsWith("date,")) {
                        continue;
                    }
                }
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                if (first < 0 || first == last) {
                    throw new IllegalArgumentException("not date,name,kind: " + line);
                }
                days.add(new NonWorkingDay(LocalDate.parse(line.substring(0, first).trim()),
                        line.substring(first + 1, last).trim(),
                        DayKind.valueOf(line.substring(last + 1).trim().toUpperCase())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
