package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.RegistrationPolicy;
import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One inventory layout: how its header is recognised and how a row becomes form data. */
interface InventoryLayout {

    /** What a row reader needs to know: who imports, the OPD directory, and the region's rules. */
    record Context(Caller caller, OpdNames opds, RegistrationPolicy policy) {
    }

    ImportFormat format();

    /** The column naming the owner OPD, and the one naming the application, for row errors. */
    String ownerColumn();

    String nameColumn();

    /** Refuses (400) a header this layout cannot work with, naming the columns. */
    void checkHeader(List<String> header);

    RowReading read(CsvTable.Row row, Map<String, Integer> columns, Context context);

    static InventoryLayout of(ImportFormat format) {
        return format == ImportFormat.DENPASAR_INVENTORY ? new DenpasarInventoryLayout() : new RegisterCsvLayout();
    }

    /** Recognises the layout by its header. */
    static InventoryLayout detect(List<String> header) {
        Set<String> names = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        InventoryLayout layout;
        if (names.contains("judul") && names.contains("x_opd_pemilik")) {
            layout = new DenpasarInventoryLayout();
        } else if (names.contains("name") && names.contains("applicationclass")) {
            layout = new RegisterCsvLayout();
        } else {
            throw new InvalidRequestException("Format berkas tidak dikenali. Gunakan judul kolom hasil ekspor "
                    + "registri (sedikitnya name dan applicationClass: " + String.join(",", RegisterCsvColumns.HEADER)
                    + ") atau format inventaris Denpasar (judul, infofungsi, link, x_opd_pemilik, x_klasifikasi, "
                    + "x_opd_pengguna, sts_aktif).");
        }
        layout.checkHeader(header);
        return layout;
    }

    /** The trimmed cell of {@code column}, without the export's formula guard; null when absent or blank. */
    static String cell(CsvTable.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        if (index == null || index >= row.values().size()) {
            return null;
        }
        String value = CsvText.unguard(row.values().get(index));
        return value == null || value.isBlank() ? null : value.trim();
    }
}
