package id.go.spbe.appregistry.transfer;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared across files and the register: case, width and spacing do not make a different name. */
final class Names {

    private Names() {
    }

    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim()
                .replaceAll("\\s+", " ");
    }

    /** The text as people meant it: trimmed, runs of spaces collapsed; null when blank. */
    static String tidy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.trim().replaceAll("[ \\t]+", " ");
    }
}
