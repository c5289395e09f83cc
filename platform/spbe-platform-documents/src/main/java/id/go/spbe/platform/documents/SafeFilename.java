package id.go.spbe.platform.documents;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client's file name made safe to store and to send back in Content-Disposition: no directories, no control or
 * bidirectional-formatting characters (which can disguise an extension), no characters that break headers or
 * Windows file names, no leading dots, bounded length. It is a label only; the type comes from the bytes, and the
 * stored name ends in an extension of the sniffed type (issue 7 defect 5): {@code Panduan.pdf.vbs} holding a PDF is
 * stored as {@code Panduan.pdf}, {@code laporan.docm} holding a Word document as {@code laporan.docx}.
 */
public final class SafeFilename {

    public static final String FALLBACK = "dokumen";
    private static final int MAX_LENGTH = 150;
    private static final int MAX_EXTENSION = 10;
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    /** Inner extensions that Windows or a browser could still act on; their dot is replaced. */
    private static final Pattern EXECUTABLE = Pattern.compile("(?i)exe|com|bat|cmd|scr|pif|vbs|vbe|js|jse|wsf|wsh|"
            + "hta|msi|msp|ps1|psm1|jar|lnk|reg|cpl|dll|sh|app|docm|xlsm|pptm|dotm|html?|svg|xhtml");

    private SafeFilename() {
    }

    /** The sanitised name, extension untouched. */
    public static String of(String clientName) {
        if (clientName == null) {
            return FALLBACK;
        }
        String name = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>:|?*;%`$]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    /**
     * The sanitised name ending in an extension of {@code mediaType}: trailing extensions that disagree with the type
     * are stripped, inner executable-looking ones defused, and the type's usual extension added when none remains.
     * A type without known extensions keeps the sanitised stem without any extension.
     */
    public static String forType(String clientName, String mediaType) {
        List<String> allowed = DocumentFormats.extensionsOf(mediaType);
        String stem = of(clientName);
        String extension = null;
        while (true) {
            int dot = stem.lastIndexOf('.');
            if (dot <= 0 || !EXTENSION.matcher(stem.substring(dot + 1)).matches()) {
                break;
            }
            String candidate = stem.substring(dot + 1);
            stem = stem.substring(0, dot).strip();
            if (allowed.contains(candidate.toLowerCase(Locale.ROOT))) {
                extension = candidate;
                break;
            }
        }
        if (extension == null && !allowed.isEmpty()) {
            extension = allowed.get(0);
        }
        stem = defuse(stem.replaceFirst("[.\\s]+$", ""));
        if (stem.isEmpty()) {
            stem = FALLBACK;
        }
        String suffix = extension == null ? "" : "." + extension;
        if (stem.length() + suffix.length() > MAX_LENGTH) {
            stem = stem.substring(0, MAX_LENGTH - suffix.length()).strip();
        }
        return stem + suffix;
    }

    /** {@code laporan.exe} inside a name becomes {@code laporan_exe}. */
    private static String defuse(String stem) {
        StringBuilder out = new StringBuilder();
        String[] parts = stem.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(EXECUTABLE.matcher(parts[i]).matches() ? '_' : '.');
            }
            out.append(parts[i]);
        }
        return out.toString();
    }
}
