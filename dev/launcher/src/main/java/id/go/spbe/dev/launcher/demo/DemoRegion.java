package id.go.spbe.dev.launcher.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo region's data: Kota Denpasar's OPD structure and a selection of its real application inventory (see the
 * header comments of the two files under {@code /demo}). Inventory rows name their owner by the source's unit code;
 * rows whose owner is not in the structure are skipped and reported, never guessed.
 */
final class DemoRegion {

    static final String OPD_FILE = "/demo/denpasar-opd.csv";
    static final String INVENTORY_FILE = "/demo/denpasar-aplikasi-demo.csv";

    private final List<DemoOpd> opds;
    private final List<DemoApplication> applications;
    private final List<String> skipped;

    private DemoRegion(List<DemoOpd> opds, List<DemoApplication> applications, List<String> skipped) {
        this.opds = opds;
        this.applications = applications;
        this.skipped = skipped;
    }

    static DemoRegion load() {
        return of(Csv.readResource(OPD_FILE), Csv.readResource(INVENTORY_FILE));
    }

    static DemoRegion of(List<Map<String, String>> opdRows, List<Map<String, String>> inventoryRows) {
        List<DemoOpd> opds = new ArrayList<>();
        Map<String, String> codeByUnit = new HashMap<>();
        Map<String, DemoOpd> byCode = new LinkedHashMap<>();
        for (Map<String, String> row : opdRows) {
            DemoOpd opd = new DemoOpd(row.get("unit").trim(), row.get("code").trim(), row.get("kind").trim(),
                    row.get("parent").trim(), row.get("name").trim());
            if (byCode.putIfAbsent(opd.code(), opd) != null) {
                throw new IllegalArgumentException("OPD code " + opd.code() + " appears twice");
            }
            if (!opd.parent().isEmpty() && !byCode.containsKey(opd.parent())) {
                throw new IllegalArgumentException("OPD " + opd.code() + " names parent " + opd.parent()
                        + " before it is listed");
            }
            if (!opd.unit().isEmpty()) {
                codeByUnit.put(opd.unit(), opd.code());
            }
            opds.add(opd);
        }
        List<DemoApplication> applications = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map<String, String> row : inventoryRows) {
            String name = tidy(row.get("judul"));
            String owner = codeByUnit.get(row.get("unit").trim());
            if (owner == null) {
                skipped.add(name + " (id_app " + row.get("id_app") + "): pemilik " + row.get("x_opd_pemilik").trim()
                        + " tidak ada dalam struktur OPD / owner not in the OPD structure");
                continue;
            }
            String user = codeByUnit.get(row.get("unit_pengguna").trim());
            List<String> users = user == null || user.equals(owner) ? List.of() : List.of(user);
            applications.add(new DemoApplication(row.get("id_app").trim(), name, tidy(row.get("infofungsi")), owner,
                    users, "khusus".equalsIgnoreCase(row.get("x_klasifikasi").trim()),
                    "pusat".equalsIgnoreCase(row.get("x_kategori").trim()), row.get("link").trim(),
                    !"naktif".equalsIgnoreCase(row.get("sts_aktif").trim()),
                    DemoApplication.TargetStatus.valueOf(row.get("x_demo_status").trim().toUpperCase(Locale.ROOT)),
                    row.get("x_demo_fungsi").trim(), row.get("x_demo_layanan").trim()));
        }
        return new DemoRegion(List.copyOf(opds), List.copyOf(applications), List.copyOf(skipped));
    }

    /** Parents before their sub-units, as the directory requires. */
    List<DemoOpd> opds() {
        return opds;
    }

    List<DemoApplication> applications() {
        return applications;
    }

    /** Inventory rows left out, with the reason. */
    List<String> skipped() {
        return skipped;
    }

    DemoApplication application(String inventoryId) {
        return applications.stream().filter(a -> a.inventoryId().equals(inventoryId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo application with id_app " + inventoryId));
    }

    /** Collapses the inventory's stray whitespace and line breaks; null for blank. */
    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }
}
