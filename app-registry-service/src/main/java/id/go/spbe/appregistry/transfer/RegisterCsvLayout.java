package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Hosting;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.Maintenance;
import id.go.spbe.appregistry.application.domain.RegionDomain;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the register's own CSV (the export's header). Each cell is checked like the registration form checks it,
 * and every problem of a row is reported at once with its column, so one correction round is enough.
 */
final class RegisterCsvLayout implements InventoryLayout {

    private static final Pattern HTTP_URL = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$");

    @Override
    public ImportFormat format() {
        return ImportFormat.REGISTER_CSV;
    }

    @Override
    public String ownerColumn() {
        return "ownerOpd";
    }

    @Override
    public String nameColumn() {
        return "name";
    }

    @Override
    public void checkHeader(List<String> header) {
        Set<String> known = new java.util.HashSet<>();
        RegisterCsvColumns.HEADER.forEach(h -> known.add(h.toLowerCase(Locale.ROOT)));
        known.add(RegisterCsvColumns.ERROR_COLUMN);
        // Unnamed columns (a trailing delimiter from a spreadsheet) carry nothing and are ignored.
        List<String> unknown = header.stream().filter(h -> !h.isBlank())
                .filter(h -> !known.contains(h.toLowerCase(Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            // A misspelt column would otherwise be dropped without anyone noticing.
            throw new InvalidRequestException("Kolom tidak dikenal: " + unknown + ". Kolom yang dikenal: "
                    + String.join(",", RegisterCsvColumns.HEADER) + ".");
        }
    }

    @Override
    public RowReading read(CsvTable.Row row, Map<String, Integer> columns, Context context) {
        RowReading reading = new RowReading(row);
        Cells cells = new Cells(row, columns, reading);

        String name = cells.text("name", 200);
        if (name == null) {
            reading.error("name", "Nama aplikasi wajib diisi.", "A1");
        }
        String description = cells.text("description", 4000);
        String owner = owner(cells.text("ownerOpd", 30), reading, context);
        ApplicationClass applicationClass = cells.enumValue("applicationClass", ApplicationClass.class);
        if (applicationClass == null && cells.raw("applicationClass") == null) {
            reading.error("applicationClass", "Kelas aplikasi wajib diisi (" + context.policy().classes() + ").",
                    "A2");
        } else if (applicationClass != null && !context.policy().classes().contains(applicationClass)) {
            reading.error("applicationClass", "Kelas aplikasi " + applicationClass + " tidak dikenal oleh "
                    + "peraturan daerah ini; yang berlaku: " + context.policy().classes() + ".", "A2");
        }
        List<String> userOpds = cells.list("userOpds", 100, 30);
        for (String user : userOpds) {
            if (!Opd.CODE.matcher(user).matches() || !context.opds().active(user)) {
                reading.error("userOpds", "OPD pengguna '" + user + "' tidak terdaftar atau tidak aktif di "
                        + "direktori OPD.", "G1");
            }
        }
        ServiceType serviceType = cells.enumValue("serviceType", ServiceType.class);
        Set<FunctionDomain> domains = EnumSet.noneOf(FunctionDomain.class);
        for (String domain : cells.list("functionDomains", 26, 60)) {
            FunctionDomain parsed = Cells.parseEnum(FunctionDomain.class, domain);
            if (parsed == null) {
                reading.error("functionDomains", "Bidang layanan '" + domain + "' tidak dikenal; yang berlaku: "
                        + Arrays.toString(FunctionDomain.values()) + ".", "A12");
            } else {
                domains.add(parsed);
            }
        }
        Licence licence = licence(cells, reading);
        String repository = cells.url("sourceRepositoryUrl");
        List<String> techStack = cells.list("techStack", 30, 80);
        String database = cells.text("database", 120);
        Hosting hosting = hosting(cells, reading);
        String url = cells.url("url");
        if (url != null) {
            try {
                RegionDomain.of(context.policy().domain()).requireWithin(url);
            } catch (RuleViolationException outside) {
                reading.error("url", outside.getMessage(), outside.obligation());
            }
        }
        Maintenance maintenance = maintenance(cells, reading);
        reading.result(owner, new ApplicationDetails(name, description, applicationClass, userOpds, serviceType,
                domains, licence, repository, techStack, database, hosting, url, maintenance, null));
        return reading;
    }

    private static String owner(String code, RowReading reading, Context context) {
        if (code == null) {
            if (context.caller().hasRole(Roles.DINAS_ADMIN)) {
                reading.error("ownerOpd", "OPD pemilik (ownerOpd) wajib diisi pada impor oleh Dinas.", "A1");
                return null;
            }
            return context.caller().opd();
        }
        if (!Opd.CODE.matcher(code).matches() || !context.opds().active(code)) {
            reading.error("ownerOpd", "OPD '" + code + "' tidak terdaftar atau tidak aktif di direktori OPD.", "G1");
        }
        return code;
    }

    private static Licence licence(Cells cells, RowReading reading) {
        Licence.Kind kind = cells.enumValue("licenceKind", Licence.Kind.class);
        String spdx = cells.text("licenceSpdx", 100);
        if (kind == null && spdx != null && cells.raw("licenceKind") == null) {
            reading.error("licenceKind", "Jenis lisensi wajib diisi bila licenceSpdx diisi.", "A4");
        }
        return kind == null ? null : new Licence(kind, spdx);
    }

    private static Hosting hosting(Cells cells, RowReading reading) {
        Hosting.Kind kind = cells.enumValue("hostingKind", Hosting.Kind.class);
        String reference = cells.text("hostingReference", 200);
        if (kind == null && reference != null && cells.raw("hostingKind") == null) {
            reading.error("hostingKind", "Jenis hosting wajib diisi bila hostingReference diisi.", null);
        }
        return kind == null ? null : new Hosting(kind, reference);
    }

    private static Maintenance maintenance(Cells cells, RowReading reading) {
        Maintenance.Type type = cells.enumValue("maintenanceType", Maintenance.Type.class);
        String maintainer = cells.text("maintainer", 200);
        String contractNumber = cells.text("contractNumber", 100);
        LocalDate endsOn = cells.date("contractEndsOn");
        boolean detailsGiven = maintainer != null || contractNumber != null || endsOn != null;
        if (type == null && detailsGiven && cells.raw("maintenanceType") == null) {
            reading.error("maintenanceType", "Jenis pemeliharaan wajib diisi bila penyedia atau kontrak diisi.",
                    "A1");
        }
        if (type == Maintenance.Type.CONTRACT && (maintainer == null || endsOn == null)) {
            reading.error(maintainer == null ? "maintainer" : "contractEndsOn", "Pemeliharaan berbasis kontrak "
                    + "wajib mencantumkan penyedia (maintainer) dan tanggal berakhirnya kontrak (contractEndsOn).",
                    "A1");
        }
        return type == null ? null : new Maintenance(type, maintainer, contractNumber, endsOn);
    }

    /** Typed access to one row's cells; a malformed cell becomes an error on its column. */
    private record Cells(CsvTable.Row row, Map<String, Integer> columns, RowReading reading) {

        String raw(String column) {
            return InventoryLayout.cell(row, columns, column);
        }

        String text(String column, int max) {
            String value = raw(column);
            if (value != null && value.length() > max) {
                reading.error(column, "Paling banyak " + max + " karakter (terisi " + value.length() + ").", null);
            }
            return value;
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            E parsed = parseEnum(type, value);
            if (parsed == null) {
                reading.error(column, "Nilai '" + value + "' tidak dikenal; yang berlaku: "
                        + Arrays.toString(type.getEnumConstants()) + ".", null);
            }
            return parsed;
        }

        List<String> list(String column, int maxItems, int maxLength) {
            String value = raw(column);
            if (value == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : value.split(RegisterCsvColumns.LIST_SEPARATOR)) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            if (items.size() > maxItems) {
                reading.error(column, "Paling banyak " + maxItems + " nilai (terisi " + items.size() + ").", null);
            }
            items.stream().filter(item -> item.length() > maxLength).findFirst().ifPresent(item ->
                    reading.error(column, "Nilai '" + item + "' lebih dari " + maxLength + " karakter.", null));
            return items;
        }

        String url(String column) {
            String value = text(column, 500);
            if (value != null && !HTTP_URL.matcher(value).matches()) {
                reading.error(column, "Harus berupa URL http(s), misalnya https://contoh.go.id/.", null);
            }
            return value;
        }

        LocalDate date(String column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                reading.error(column, "Tanggal harus berformat YYYY-MM-DD (terisi '" + value + "').", null);
                return null;
            }
        }

        static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
            String wanted = value.trim().replace(' ', '_').replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(wanted)) {
                    return constant;
                }
            }
            return null;
        }
    }
}
