package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.Hosting;
import id.go.spbe.appregistry.application.domain.RegionDomain;
import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the application inventory layout of Pemerintah Kota Denpasar (table {@code aplikasi} of its SPBE monitoring
 * app, with the {@code x_*} columns that spell out OPD names and classes). OPDs are named, not coded, so names are
 * resolved through the directory (G1). An address outside the region's domain is not silently dropped (A10): it is
 * kept in the description and reported as a warning, because the inventory predates the domain rule and the
 * application is still worth registering.
 */
final class DenpasarInventoryLayout implements InventoryLayout {

    static final List<String> REQUIRED = List.of("judul", "infofungsi", "link", "x_opd_pemilik", "x_klasifikasi",
            "x_opd_pengguna", "sts_aktif");

    @Override
    public ImportFormat format() {
        return ImportFormat.DENPASAR_INVENTORY;
    }

    @Override
    public String ownerColumn() {
        return "x_opd_pemilik";
    }

    @Override
    public String nameColumn() {
        return "judul";
    }

    @Override
    public void checkHeader(List<String> header) {
        Set<String> names = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> missing = REQUIRED.stream().filter(c -> !names.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("Berkas inventaris Denpasar tidak memiliki kolom " + missing + ".");
        }
    }

    @Override
    public RowReading read(CsvTable.Row row, Map<String, Integer> columns, Context context) {
        RowReading reading = new RowReading(row);
        String name = Names.tidy(InventoryLayout.cell(row, columns, "judul"));
        if (name == null) {
            reading.error("judul", "Nama aplikasi (judul) wajib diisi.", "A1");
        } else if (name.length() > 200) {
            reading.error("judul", "Nama aplikasi paling banyak 200 karakter.", null);
        }
        String owner = owner(InventoryLayout.cell(row, columns, "x_opd_pemilik"), reading, context);
        List<String> users = users(InventoryLayout.cell(row, columns, "x_opd_pengguna"), owner, reading, context);
        ApplicationClass applicationClass = applicationClass(InventoryLayout.cell(row, columns, "x_klasifikasi"),
                owner, users, reading, context);

        List<String> notes = new ArrayList<>();
        String url = url(InventoryLayout.cell(row, columns, "link"), reading, context, notes);
        if ("naktif".equalsIgnoreCase(InventoryLayout.cell(row, columns, "sts_aktif"))) {
            reading.warning("sts_aktif", "Aplikasi tercatat nonaktif di inventaris asal; setelah impor statusnya "
                    + "DRAFT, pertimbangkan menghentikannya (DECOMMISSIONED).", null);
        }
        Hosting hosting = "pusat".equalsIgnoreCase(InventoryLayout.cell(row, columns, "x_kategori"))
                // "Pusat" marks applications provided and run by a central government agency.
                ? new Hosting(Hosting.Kind.INSTANSI_PUSAT, null) : null;

        String description = Names.tidy(InventoryLayout.cell(row, columns, "infofungsi"));
        if (!notes.isEmpty()) {
            description = (description == null ? "" : description + "\n\n") + String.join("\n", notes);
        }
        if (description != null && description.length() > 4000) {
            reading.error("infofungsi", "Uraian fungsi paling banyak 4000 karakter.", null);
        }
        reading.result(owner, new ApplicationDetails(name, description, applicationClass, users, null, null, null,
                null, null, null, hosting, url, null, null));
        return reading;
    }

    private static String owner(String name, RowReading reading, Context context) {
        if (name == null) {
            reading.error("x_opd_pemilik", "OPD pemilik wajib diisi.", "A1");
            return null;
        }
        OpdNames.Resolution resolution = context.opds().resolve(name);
        if (resolution.code() == null) {
            reading.error("x_opd_pemilik", resolution.problem(), "G1");
        }
        return resolution.code();
    }

    private static List<String> users(String name, String owner, RowReading reading, Context context) {
        if (name == null) {
            return List.of();
        }
        if (Names.normalize(name).startsWith("seluruh ")) {
            // "Seluruh Perangkat Daerah" is a scope, not an OPD: the register lists user OPDs one by one.
            reading.warning("x_opd_pengguna", "Pengguna '" + name.trim() + "' bukan satu OPD; lengkapi daftar OPD "
                    + "pengguna (userOpds) setelah impor.", null);
            return List.of();
        }
        OpdNames.Resolution resolution = context.opds().resolve(name);
        if (resolution.code() == null) {
            reading.error("x_opd_pengguna", resolution.problem(), "G1");
            return List.of();
        }
        return resolution.code().equals(owner) ? List.of() : List.of(resolution.code());
    }

    /**
     * Umum/Khusus as the inventory says. Where the regulation splits Khusus (Bitung: Khusus Berbagi Pakai / Khusus
     * PD), the number of user OPDs decides, which is exactly how that regulation defines the two.
     */
    private static ApplicationClass applicationClass(String value, String owner, List<String> users,
            RowReading reading, Context context) {
        Set<ApplicationClass> allowed = context.policy().classes();
        ApplicationClass chosen = null;
        if ("umum".equalsIgnoreCase(value)) {
            chosen = ApplicationClass.UMUM;
        } else if ("khusus".equalsIgnoreCase(value)) {
            long userCount = users.stream().filter(u -> !u.equals(owner)).count() + 1;
            chosen = allowed.contains(ApplicationClass.KHUSUS) ? ApplicationClass.KHUSUS
                    : userCount > 1 ? ApplicationClass.KHUSUS_BERBAGI_PAKAI : ApplicationClass.KHUSUS_PD;
        }
        if (chosen == null) {
            reading.error("x_klasifikasi", "Klasifikasi '" + (value == null ? "" : value) + "' tidak dikenal; isi "
                    + "Umum atau Khusus.", "A2");
        } else if (!allowed.contains(chosen)) {
            reading.error("x_klasifikasi", "Kelas aplikasi " + chosen + " tidak dikenal oleh peraturan daerah ini; "
                    + "yang berlaku: " + allowed + ".", "A2");
        }
        return chosen;
    }

    private static String url(String link, RowReading reading, Context context, List<String> notes) {
        if (link == null) {
            return null;
        }
        String candidate = link.matches("(?i)^https?://.*") ? link : "http://" + link;
        try {
            RegionDomain.of(context.policy().domain()).requireWithin(candidate);
            return candidate;
        } catch (RuleViolationException outside) {
            notes.add("Alamat di inventaris asal (di luar domain " + context.policy().domain() + "): " + link);
            reading.warning("link", "Alamat " + link + " berada di luar domain " + context.policy().domain()
                    + "; tidak dicatat sebagai URL aplikasi, disimpan di deskripsi. Alokasikan subdomain daerah "
                    + "untuk aplikasi ini.", outside.obligation());
            return null;
        }
    }
}
