package id.go.spbe.appregistry.document;

/**
 * A client's file name made safe to store and to send back in Content-Disposition: no directories, no control or
 * bidirectional-formatting characters (which can disguise an extension), no characters that break headers or
 * Windows file names, no leading dots, bounded length. It is a label only; the type comes from the bytes.
 */
final class SafeFilename {

    static final String FALLBACK = "dokumen";
    private static final int MAX_LENGTH = 150;
    private static final int MAX_EXTENSION = 10;

    private SafeFilename() {
    }

    static String of(String clientName) {
        if (clientName == null) {
            return FALLBACK;
        }
        String name = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>:|?*;%`$]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return name.isEmpty() ? FALLBACK : name;
    }
}
