package id.go.spbe.appregistry.transfer;

import id.go.spbe.platform.text.SafeText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * publiccode.yml text under the platform's one free-text rule ({@link SafeText}, issue 7 defects 9 and 16): control
 * characters other than tab and line breaks, bidirectional overrides and other invisible format characters. SnakeYAML
 * writes a string holding a control character as {@code !!binary}, which no catalogue reads as a name; so the export
 * strips them from data stored before the platform refused them at input, and the import refuses them with their
 * YAML path.
 */
final class PubliccodeText {

    private PubliccodeText() {
    }

    static boolean unsafe(int codePoint) {
        return SafeText.refused(codePoint, true);
    }

    /** {@code text} without unsafe characters; {@code \r\n} and lone {@code \r} become {@code \n}. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        normalized.codePoints().filter(cp -> !unsafe(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The first unsafe character of {@code text} as {@code U+XXXX}, or null. */
    static String firstUnsafe(String text) {
        int index = SafeText.firstRefused(text, true);
        return index < 0 ? null : SafeText.describeAt(text, index);
    }

    /** Every string (keys included) of a parsed document that holds an unsafe character, as an issue at its path. */
    static List<PubliccodeIssue> unsafeText(Object document) {
        List<PubliccodeIssue> issues = new ArrayList<>();
        collect(document, "", issues);
        return issues;
    }

    /**
     * A copy of a document to be written, strings stripped of unsafe characters; {@code changed} receives the path
     * of every string that lost characters.
     */
    static Object stripped(Object value, String path, List<String> changed) {
        if (value instanceof String text) {
            String clean = strip(text);
            if (!clean.equals(text.replace("\r\n", "\n").replace('\r', '\n'))) {
                changed.add(path.isEmpty() ? "$" : path);
            }
            return clean;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> {
                String name = strip(String.valueOf(key));
                copy.put(name, stripped(child, child(path, name), changed));
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(stripped(list.get(i), path + "[" + i + "]", changed));
            }
            return copy;
        }
        return value;
    }

    private static void collect(Object value, String path, List<PubliccodeIssue> issues) {
        if (value instanceof String text) {
            String bad = firstUnsafe(text);
            if (bad != null) {
                issues.add(new PubliccodeIssue(path.isEmpty() ? "$" : path, "mengandung karakter kontrol atau "
                        + "pengatur arah teks (" + bad + "); hapus karakter tersebut."));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                if (firstUnsafe(name) != null) {
                    collect(name, child(path, name), issues);
                } else {
                    collect(child, child(path, name), issues);
                }
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", issues);
            }
        }
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
