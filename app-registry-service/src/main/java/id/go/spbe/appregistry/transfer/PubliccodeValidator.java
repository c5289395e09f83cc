package id.go.spbe.appregistry.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed publiccode.yml against the standard's core schema (0.4: mandatory keys, types, allowed values,
 * lengths) and reports every problem with its YAML path, so the author fixes the file in one go.
 *
 * <p>What is deliberately not checked: the licence against the full SPDX list (only the expression syntax; SPDX
 * matches identifiers case-insensitively), reachability of URLs, and country sections. {@code releaseDate} is
 * optional as in the standard.
 */
final class PubliccodeValidator {

    static final Set<String> VERSIONS = Set.of("0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4",
            "0.4.0");
    static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");
    static final List<String> SOFTWARE_TYPES = List.of("standalone/mobile", "standalone/iot", "standalone/desktop",
            "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles");
    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");
    static final int SHORT_DESCRIPTION_MAX = 150;
    static final int LONG_DESCRIPTION_MIN = 150;
    static final int LONG_DESCRIPTION_MAX = 10_000;
    static final int GENERIC_NAME_MAX = 35;

    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<PubliccodeIssue> issues = new ArrayList<>();

    private PubliccodeValidator() {
    }

    static List<PubliccodeIssue> validate(Object document) {
        PubliccodeValidator validator = new PubliccodeValidator();
        validator.check(document);
        return List.copyOf(validator.issues);
    }

    private void check(Object document) {
        if (!(document instanceof Map<?, ?> root)) {
            issue("$", "dokumen harus berupa pemetaan kunci: nilai.");
            return;
        }
        Object version = root.get("publiccodeYmlVersion");
        if (version == null) {
            issue("publiccodeYmlVersion", "wajib diisi.");
        } else if (!(version instanceof String text)) {
            issue("publiccodeYmlVersion", "harus berupa teks bertanda kutip (mis. \"0.4\"), bukan "
                    + kind(version) + " " + version + ".");
        } else if (!VERSIONS.contains(text.trim())) {
            issue("publiccodeYmlVersion", "versi '" + text + "' tidak dikenal; yang didukung: 0.2, 0.3, 0.4.");
        }
        requiredText(root, "name");
        String url = requiredText(root, "url");
        if (url != null && !isUrl(url, false)) {
            issue("url", "harus berupa URL repositori kode sumber, mis. https://github.com/org/repo.");
        }
        String landing = optionalText(root, "landingURL");
        if (landing != null && !isUrl(landing, true)) {
            issue("landingURL", "harus berupa URL http(s).");
        }
        String releaseDate = optionalText(root, "releaseDate");
        if (releaseDate != null) {
            date("releaseDate", releaseDate);
        }
        platforms(root.get("platforms"));
        categories(root.get("categories"));
        oneOf(root, "developmentStatus", DEVELOPMENT_STATUSES);
        oneOf(root, "softwareType", SOFTWARE_TYPES);
        description(root.get("description"));
        legal(root.get("legal"));
        maintenance(root.get("maintenance"));
        localisation(root.get("localisation"));
    }

    private void platforms(Object value) {
        if (value == null) {
            issue("platforms", "wajib diisi (mis. web, windows, linux, android).");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                issue("platforms", "sedikitnya satu platform.");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String)) {
                    issue("platforms[" + i + "]", "harus berupa teks.");
                }
            }
        } else if (!(value instanceof String)) {
            issue("platforms", "harus berupa teks atau daftar teks.");
        }
    }

    private void categories(Object value) {
        if (value == null) {
            issue("categories", "wajib diisi dengan kategori dari daftar standar publiccode.yml.");
            return;
        }
        List<?> list = list("categories", value);
        if (list == null) {
            return;
        }
        if (list.isEmpty()) {
            issue("categories", "sedikitnya satu kategori.");
        }
        for (int i = 0; i < list.size(); i++) {
            Object category = list.get(i);
            if (!(category instanceof String text)) {
                issue("categories[" + i + "]", "harus berupa teks.");
            } else if (!PubliccodeCategories.VOCABULARY.contains(text)) {
                issue("categories[" + i + "]", "'" + text + "' bukan kategori dalam daftar standar publiccode.yml.");
            }
        }
    }

    private void description(Object value) {
        if (value == null) {
            issue("description", "wajib diisi, sedikitnya untuk satu bahasa.");
            return;
        }
        Map<?, ?> languages = map("description", value);
        if (languages == null) {
            return;
        }
        if (languages.isEmpty()) {
            issue("description", "sedikitnya satu bahasa.");
            return;
        }
        boolean longGiven = false;
        boolean featuresGiven = false;
        for (Map.Entry<?, ?> entry : languages.entrySet()) {
            String language = String.valueOf(entry.getKey());
            String path = "description." + language;
            if (!LANGUAGE.matcher(language).matches()) {
                issue(path, "kode bahasa harus berformat BCP 47 (mis. id, en, it).");
            }
            Map<?, ?> text = map(path, entry.getValue());
            if (text == null) {
                continue;
            }
            String shortDescription = requiredText(text, path, "shortDescription");
            if (shortDescription != null && length(shortDescription) > SHORT_DESCRIPTION_MAX) {
                issue(path + ".shortDescription", "lebih dari " + SHORT_DESCRIPTION_MAX + " karakter ("
                        + length(shortDescription) + " karakter).");
            }
            String longDescription = optionalText(text, path, "longDescription");
            if (longDescription != null) {
                longGiven = true;
                int length = length(longDescription);
                if (length < LONG_DESCRIPTION_MIN || length > LONG_DESCRIPTION_MAX) {
                    issue(path + ".longDescription", "harus " + LONG_DESCRIPTION_MIN + " sampai "
                            + LONG_DESCRIPTION_MAX + " karakter (" + length + " karakter).");
                }
            }
            String genericName = optionalText(text, path, "genericName");
            if (genericName != null && length(genericName) > GENERIC_NAME_MAX) {
                issue(path + ".genericName", "lebih dari " + GENERIC_NAME_MAX + " karakter.");
            }
            Object features = text.get("features");
            if (features != null) {
                List<?> list = list(path + ".features", features);
                if (list != null && !list.isEmpty()) {
                    featuresGiven = true;
                    for (int i = 0; i < list.size(); i++) {
                        if (!(list.get(i) instanceof String)) {
                            issue(path + ".features[" + i + "]", "harus berupa teks.");
                        }
                    }
                }
            }
        }
        if (!longGiven) {
            issue("description." + firstKey(languages) + ".longDescription",
                    "wajib diisi, sedikitnya untuk satu bahasa.");
        }
        if (!featuresGiven) {
            issue("description." + firstKey(languages) + ".features", "wajib diisi, sedikitnya untuk satu bahasa.");
        }
    }

    private void legal(Object value) {
        if (value == null) {
            issue("legal.license", "wajib diisi dengan ekspresi lisensi SPDX.");
            return;
        }
        Map<?, ?> legal = map("legal", value);
        if (legal == null) {
            return;
        }
        String license = requiredText(legal, "legal", "license");
        if (license != null && !SpdxExpression.isValid(license)) {
            issue("legal.license", "'" + license + "' bukan ekspresi lisensi SPDX yang sah (mis. AGPL-3.0-or-later, "
                    + "EUPL-1.2, MIT OR Apache-2.0).");
        }
    }

    private void maintenance(Object value) {
        if (value == null) {
            issue("maintenance.type", "wajib diisi (" + String.join(", ", MAINTENANCE_TYPES) + ").");
            return;
        }
        Map<?, ?> maintenance = map("maintenance", value);
        if (maintenance == null) {
            return;
        }
        String type = oneOf(maintenance, "maintenance", "type", MAINTENANCE_TYPES);
        Object contractors = maintenance.get("contractors");
        if (contractors == null && "contract".equals(type)) {
            issue("maintenance.contractors", "wajib diisi bila maintenance.type adalah contract.");
        }
        List<?> contractorList = contractors == null ? null : list("maintenance.contractors", contractors);
        if (contractorList != null) {
            for (int i = 0; i < contractorList.size(); i++) {
                String path = "maintenance.contractors[" + i + "]";
                Map<?, ?> contractor = map(path, contractorList.get(i));
                if (contractor != null) {
                    requiredText(contractor, path, "name");
                    String until = requiredText(contractor, path, "until");
                    if (until != null) {
                        date(path + ".until", until);
                    }
                    email(contractor, path);
                }
            }
        }
        Object contacts = maintenance.get("contacts");
        if (contacts == null && ("internal".equals(type) || "community".equals(type))) {
            issue("maintenance.contacts", "wajib diisi bila maintenance.type adalah internal atau community.");
        }
        List<?> contactList = contacts == null ? null : list("maintenance.contacts", contacts);
        if (contactList != null) {
            for (int i = 0; i < contactList.size(); i++) {
                String path = "maintenance.contacts[" + i + "]";
                Map<?, ?> contact = map(path, contactList.get(i));
                if (contact != null) {
                    requiredText(contact, path, "name");
                    email(contact, path);
                    optionalText(contact, path, "phone");
                    optionalText(contact, path, "affiliation");
                }
            }
        }
    }

    private void localisation(Object value) {
        if (value == null) {
            issue("localisation", "wajib diisi (localisationReady dan availableLanguages).");
            return;
        }
        Map<?, ?> localisation = map("localisation", value);
        if (localisation == null) {
            return;
        }
        Object ready = localisation.get("localisationReady");
        if (ready == null) {
            issue("localisation.localisationReady", "wajib diisi (true atau false).");
        } else if (!(ready instanceof Boolean)) {
            issue("localisation.localisationReady", "harus bernilai true atau false.");
        }
        Object languages = localisation.get("availableLanguages");
        if (languages == null) {
            issue("localisation.availableLanguages", "wajib diisi, sedikitnya satu bahasa.");
            return;
        }
        List<?> list = list("localisation.availableLanguages", languages);
        if (list != null && list.isEmpty()) {
            issue("localisation.availableLanguages", "sedikitnya satu bahasa.");
        }
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String text) || !LANGUAGE.matcher(text).matches()) {
                    issue("localisation.availableLanguages[" + i + "]", "harus berupa kode bahasa BCP 47.");
                }
            }
        }
    }

    private void email(Map<?, ?> owner, String path) {
        String email = optionalText(owner, path, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            issue(path + ".email", "alamat e-mail tidak sah.");
        }
    }

    private void date(String path, String value) {
        boolean valid = DATE.matcher(value).matches();
        if (valid) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                valid = false;
            }
        }
        if (!valid) {
            issue(path, "tanggal harus berformat YYYY-MM-DD.");
        }
    }

    private String oneOf(Map<?, ?> owner, String key, List<String> allowed) {
        return oneOf(owner, null, key, allowed);
    }

    private String oneOf(Map<?, ?> owner, String parent, String key, List<String> allowed) {
        String path = parent == null ? key : parent + "." + key;
        String value = requiredText(owner, parent, key);
        if (value != null && !allowed.contains(value)) {
            issue(path, "nilai '" + value + "' tidak sah; yang berlaku: " + String.join(", ", allowed) + ".");
            return null;
        }
        return value;
    }

    private String requiredText(Map<?, ?> owner, String key) {
        return requiredText(owner, null, key);
    }

    private String requiredText(Map<?, ?> owner, String parent, String key) {
        String path = parent == null ? key : parent + "." + key;
        Object value = owner.get(key);
        if (value == null || value instanceof String s && s.isBlank()) {
            issue(path, "wajib diisi.");
            return null;
        }
        if (!(value instanceof String text)) {
            issue(path, "harus berupa teks, bukan " + kind(value) + ".");
            return null;
        }
        return text;
    }

    private String optionalText(Map<?, ?> owner, String key) {
        return optionalText(owner, null, key);
    }

    private String optionalText(Map<?, ?> owner, String parent, String key) {
        Object value = owner.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            issue(parent == null ? key : parent + "." + key, "harus berupa teks, bukan " + kind(value) + ".");
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private Map<?, ?> map(String path, Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        issue(path, "harus berupa pemetaan kunci: nilai, bukan " + kind(value) + ".");
        return null;
    }

    private List<?> list(String path, Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        issue(path, "harus berupa daftar, bukan " + kind(value) + ".");
        return null;
    }

    private void issue(String path, String message) {
        issues.add(new PubliccodeIssue(path, message));
    }

    private static boolean isUrl(String value, boolean httpOnly) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return false;
            }
            return !httpOnly || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Characters as people count them (code points), as the standard's limits mean. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String firstKey(Map<?, ?> map) {
        return String.valueOf(map.keySet().iterator().next());
    }

    private static String kind(Object value) {
        if (value instanceof Number) {
            return "angka";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List) {
            return "daftar";
        }
        if (value instanceof Map) {
            return "pemetaan";
        }
        return value == null ? "kosong" : "nilai " + value.getClass().getSimpleName();
    }
}
