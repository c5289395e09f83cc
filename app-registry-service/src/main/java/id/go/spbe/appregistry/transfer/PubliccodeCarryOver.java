package id.go.spbe.appregistry.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What of an imported publiccode.yml the register did not keep (issue 7 defect 10): the imported document is compared
 * with the document the register exports for the application it became, key by key, and every key whose value would
 * not come back — absent from the export or exported differently — is named. The comparison, not a hand-kept list of
 * "unsupported keys", decides, so a mapping added or lost later shows up here by itself.
 */
final class PubliccodeCarryOver {

    private static final int SHOWN = 80;

    private final List<PubliccodeWarning> warnings;

    private PubliccodeCarryOver(List<PubliccodeWarning> already) {
        this.warnings = new ArrayList<>(already);
    }

    /**
     * @param imported         the document as read
     * @param exported         the export of the registered application (before YAML)
     * @param language         the description language taken from the file
     * @param exportedLanguage the language the export writes descriptions under
     * @param already          warnings given while mapping; their keys (and keys around them) are not repeated
     * @return {@code already} followed by a warning for each further key that did not carry over
     */
    static List<PubliccodeWarning> warnings(Map<?, ?> imported, Map<String, Object> exported, String language,
            String exportedLanguage, List<PubliccodeWarning> already) {
        PubliccodeCarryOver carryOver = new PubliccodeCarryOver(already);
        for (Map.Entry<?, ?> entry : imported.entrySet()) {
            String key = String.valueOf(entry.getKey());
            switch (key) {
                // The export writes the version of the standard it follows; the file's version is no data.
                case "publiccodeYmlVersion" -> { }
                case "description" -> carryOver.description((Map<?, ?>) entry.getValue(),
                        (Map<?, ?>) exported.get("description"), language, exportedLanguage);
                case "dependsOn" -> carryOver.add(key, "hanya nama perangkat lunak yang dibutuhkan (open, "
                        + "proprietary) disimpan sebagai techStack; versi, hardware dan pembagian open/proprietary "
                        + "tidak disimpan dan tidak ikut diekspor.");
                default -> carryOver.compare(key, entry.getValue(), exported.get(key));
            }
        }
        return List.copyOf(carryOver.warnings);
    }

    private void description(Map<?, ?> imported, Map<?, ?> exported, String language, String exportedLanguage) {
        for (Map.Entry<?, ?> entry : imported.entrySet()) {
            String tag = String.valueOf(entry.getKey());
            if (tag.equals(language)) {
                compare("description." + tag, entry.getValue(), exported == null ? null : exported.get(
                        exportedLanguage));
            } else {
                add("description." + tag, "registri menyimpan deskripsi dalam satu bahasa (" + language
                        + "); deskripsi bahasa ini tidak disimpan.");
            }
        }
    }

    private void compare(String path, Object imported, Object exported) {
        if (same(imported, exported)) {
            return;
        }
        if (imported instanceof Map<?, ?> in && exported instanceof Map<?, ?> out) {
            in.forEach((key, value) -> compare(path + "." + key, value, out.get(key)));
            return;
        }
        if (exported == null) {
            add(path, "tidak dapat disimpan registri; tidak ikut diekspor kembali.");
        } else {
            add(path, "tidak disimpan sebagaimana adanya; diekspor sebagai: " + shown(exported) + ".");
        }
    }

    /** Equal as the standard means it: text without outer space, one value as a one-item list, plain lists unordered. */
    static boolean same(Object a, Object b) {
        if (a instanceof String s && b instanceof List<?> list && list.size() == 1) {
            return same(List.of(s), b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.strip().equals(y.strip());
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            return x.entrySet().stream().allMatch(e -> same(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            boolean scalars = x.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (scalars) {
                return new LinkedHashSet<>(x.stream().map(PubliccodeCarryOver::scalar).toList())
                        .equals(new LinkedHashSet<>(y.stream().map(PubliccodeCarryOver::scalar).toList()));
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static Object scalar(Object value) {
        return value instanceof String s ? s.strip() : value;
    }

    /** Whether a warning was already given for this key or a key inside it (which says more). */
    private boolean covered(String path) {
        return warnings.stream().map(PubliccodeWarning::key).anyMatch(key -> key.equals(path)
                || key.startsWith(path + ".") || key.startsWith(path + "["));
    }

    private void add(String key, String message) {
        if (!covered(key)) {
            warnings.add(new PubliccodeWarning(key, message));
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("\\s+", " ").strip();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1).stripTrailing() + "…";
    }
}
