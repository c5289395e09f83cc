package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.platform.security.Caller;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The register as CSV in its own layout (the one the import reads), page by page so memory stays flat however large
 * the register is. Scoping is the list's: an operator gets its OPD's applications, region-wide roles all (or one
 * OPD with {@code opd}); the same filters apply.
 */
@Service
public class ApplicationCsvExport {

    private static final int PAGE_SIZE = 200;

    private final ApplicationRegister register;

    ApplicationCsvExport(ApplicationRegister register) {
        this.register = register;
    }

    /** Checks scope before anything is written, so a refused export is still a clean 403/422, not half a file. */
    public Export prepare(Caller caller, ApplicationFilter filter) {
        Page<Application> first = register.list(caller, filter, page(0));
        return new Export(caller, filter, first);
    }

    /** An export whose scope has been checked; {@link #writeTo} streams it. */
    public final class Export {

        private final Caller caller;
        private final ApplicationFilter filter;
        private final Page<Application> first;

        private Export(Caller caller, ApplicationFilter filter, Page<Application> first) {
            this.caller = caller;
            this.filter = filter;
            this.first = first;
        }

        public void writeTo(OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(RegisterCsvColumns.HEADER);
            Page<Application> page = first;
            while (true) {
                for (Application app : page.getContent()) {
                    printer.printRecord(RegisterCsvColumns.cells(app));
                }
                printer.flush();
                if (!page.hasNext()) {
                    break;
                }
                page = register.list(caller, filter, page(page.getNumber() + 1));
            }
            printer.flush();
        }
    }

    private static PageRequest page(int number) {
        return PageRequest.of(number, PAGE_SIZE, Sort.by("registeredAt", "_id"));
    }
}
