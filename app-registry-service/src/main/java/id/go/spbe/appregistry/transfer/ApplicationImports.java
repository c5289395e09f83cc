package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.appregistry.transfer.domain.RowProblem;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inventory imports (A1): the upload is checked at once (encoding, layout, size, row count) so a bad file is a clear
 * 4xx right away; the rows are then registered in the background by {@link ImportJobRunner}. Jobs are OPD-scoped
 * like applications: an operator sees its OPD's jobs, Dinas and other region-wide roles all, anyone else gets 404.
 */
@Service
public class ApplicationImports {

    private final ImportJobRepository jobs;
    private final ImportFileRepository files;
    private final ImportJobRunner runner;
    private final OpdDirectory directory;
    private final TransferProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    ApplicationImports(ImportJobRepository jobs, ImportFileRepository files, ImportJobRunner runner,
            OpdDirectory directory, TransferProperties properties, JsonMapper json, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.runner = runner;
        this.directory = directory;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Accepts an inventory file; returns the QUEUED job whose status the caller then follows. */
    public ImportJob submit(Caller caller, String fileName, byte[] content, String opdMappingText) {
        boolean dinas = caller.hasRole(Roles.DINAS_ADMIN);
        if (!dinas && caller.opd() == null) {
            throw new AccessDeniedException("an operator's token must name its OPD");
        }
        if (!dinas && opdMappingText != null && !opdMappingText.isBlank()) {
            // Mapping names to codes decides whose applications rows become: Dinas's call, not an OPD's.
            throw new AccessDeniedException("only Dinas maps OPD names to codes");
        }
        CsvTable table = CsvTable.parse(content);
        if (table.rows().isEmpty()) {
            throw new InvalidRequestException("Berkas CSV tidak berisi baris data di bawah judul kolom.");
        }
        if (table.rows().size() > properties.maxRows()) {
            throw new InvalidRequestException("Berkas berisi " + table.rows().size() + " baris data; paling banyak "
                    + properties.maxRows() + " baris per impor. Bagi berkas menjadi beberapa bagian.");
        }
        InventoryLayout layout = InventoryLayout.detect(table.header());
        Map<String, String> mapping = OpdMapping.parse(opdMappingText, json);
        mapping.values().stream().distinct().forEach(directory::requireActive);

        ImportJob job = ImportJob.queue(layout.format(), safeName(fileName), sha256(content), table.delimiter(),
                table.rows().size(), new ImportJob.Requester(caller.subject(), caller.username(), caller.opd(),
                        caller.roles(), caller.regionWide()), mapping, clock.instant());
        // The file first: a job must never exist without the rows it promises to process.
        files.insert(new ImportFile(job.id(), content, clock.instant()));
        jobs.insert(job);
        runner.submit(job.id());
        return job;
    }

    public ImportJob get(Caller caller, String id) {
        return jobs.findById(id).filter(job -> visible(caller, job))
                .orElseThrow(() -> new NotFoundException("Impor aplikasi", id));
    }

    /** The caller's OPD's jobs; every job for Dinas and other region-wide roles. */
    public Page<ImportJob> list(Caller caller, Pageable page) {
        if (caller.regionWide()) {
            return jobs.findAll(page);
        }
        if (caller.opd() == null) {
            throw new AccessDeniedException("caller has no OPD");
        }
        return jobs.findByRequesterOpd(caller.opd(), page);
    }

    /**
     * The refused rows as uploaded, with an added {@code error} column saying what to fix, in the file's own
     * delimiter: the user corrects them and uploads this file again (the error column is ignored on re-upload).
     */
    public String errorsCsv(Caller caller, String id) {
        ImportJob job = get(caller, id);
        ImportFile file = files.findById(job.id()).orElseThrow(() -> new NotFoundException("Berkas impor", id));
        CsvTable table = CsvTable.parse(file.content());
        Map<Integer, List<RowProblem>> problems = job.errors().stream()
                .collect(Collectors.groupingBy(RowProblem::row, LinkedHashMap::new, Collectors.toList()));
        List<String> header = new ArrayList<>(table.header());
        header.removeIf(h -> h.equalsIgnoreCase(RegisterCsvColumns.ERROR_COLUMN));
        int errorColumn = table.header().size() - header.size() == 1
                ? indexOfIgnoreCase(table.header(), RegisterCsvColumns.ERROR_COLUMN) : -1;
        header.add(RegisterCsvColumns.ERROR_COLUMN);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(job.delimiter())
                .get())) {
            printer.printRecord(header.stream().map(CsvText::guard).toList());
            for (CsvTable.Row row : table.rows()) {
                List<RowProblem> rowProblems = problems.get(row.number());
                if (rowProblems == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(row.values());
                if (errorColumn >= 0 && errorColumn < cells.size()) {
                    cells.remove(errorColumn);
                }
                cells.add(describe(rowProblems));
                printer.printRecord(cells.stream().map(CsvText::guard).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static boolean visible(Caller caller, ImportJob job) {
        return caller.regionWide() || job.requesterOpd() != null && job.requesterOpd().equals(caller.opd());
    }

    private static String describe(List<RowProblem> problems) {
        return problems.stream()
                .map(p -> (p.column() == null ? "" : p.column() + ": ") + p.message()
                        + (p.obligation() == null ? "" : " [" + p.obligation() + "]"))
                .collect(Collectors.joining(" | "));
    }

    private static int indexOfIgnoreCase(List<String> values, String wanted) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "impor.csv";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
