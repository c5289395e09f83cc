package id.go.spbe.datacenter.csv;

import id.go.spbe.platform.csv.CsvText;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list as a CSV attachment (RFC 4180, UTF-8), read page by page from the same scoped query as the list, so an
 * export never shows more than the list would. Text cells are guarded against formulas by the platform's
 * {@link CsvText#guard}.
 */
public final class CsvExport {

    /** Rows read per query. */
    static final int PAGE = 200;

    private CsvExport() {
    }

    /**
     * @param pages    the scoped list query
     * @param sort     a stable order for paging
     * @param header   column names
     * @param row      the cells of one item, in column order
     */
    public static <T> void write(HttpServletResponse response, String filename,
            Function<Pageable, Page<T>> pages, Sort sort, List<String> header,
            Function<T, List<Object>> row) throws IOException {
        // The first page runs before anything is written, so a scope or filter refusal is still a problem answer.
        Page<T> page = pages.apply(PageRequest.of(0, PAGE, sort));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvText.disposition(filename));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            while (true) {
                for (T item : page.getContent()) {
                    List<Object> cells = new ArrayList<>();
                    for (Object cell : row.apply(item)) {
                        cells.add(guard(cell));
                    }
                    printer.printRecord(cells);
                }
                if (!page.hasNext()) {
                    break;
                }
                page = pages.apply(page.nextPageable());
            }
        }
    }

    static Object guard(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof String text ? CsvText.guard(text) : cell;
    }
}
