package id.go.spbe.platform.documents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Media types the platform knows how to sniff, groups of them for configuring {@link DocumentKinds}, and the file
 * extensions that may go with each (a stored name always ends in one of them, whatever the client called the file).
 */
public final class DocumentFormats {

    public static final String PDF = "application/pdf";
    public static final String ODF_TEXT = "application/vnd.oasis.opendocument.text";
    public static final String ODF_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODF_PRESENTATION = "application/vnd.oasis.opendocument.presentation";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String PLAIN_TEXT = "text/plain";
    public static final String CSV = "text/csv";
    public static final String ZIP = "application/zip";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** Macro-enabled Office packages: sniffed so they can be named in a 415, never accepted (issue 7 defect 5). */
    public static final String DOCM = "application/vnd.ms-word.document.macroEnabled.12";
    public static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";
    public static final String PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.12";
    /** An OpenDocument package carrying Basic or script code. */
    public static final String ODF_WITH_MACROS = "application/x-vnd.oasis.opendocument.macro";
    /** A zip with an OOXML [Content_Types].xml whose main part is none of the known documents. */
    public static final String GENERIC_OOXML = "application/x-tika-ooxml";

    /** Written documents: PDF, ODF text, Word without macros, plain text (Markdown sniffs as text). */
    public static final List<String> WRITTEN = List.of(PDF, ODF_TEXT, DOCX, PLAIN_TEXT);
    /** Spreadsheets without macros. */
    public static final List<String> SPREADSHEETS = List.of(ODF_SPREADSHEET, XLSX, CSV);
    /** Presentations without macros. */
    public static final List<String> PRESENTATIONS = List.of(ODF_PRESENTATION, PPTX);
    /** Raster images (diagrams, photographs of evidence). SVG is left out: it can carry script. */
    public static final List<String> IMAGES = List.of(PNG, JPEG);
    /** Archives, e.g. source code. */
    public static final List<String> ARCHIVES = List.of(ZIP, "application/x-tar", "application/x-gtar",
            "application/gzip", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed");
    /** Any audio or video (a pattern: the top-level type decides). */
    public static final List<String> AUDIO_VISUAL = List.of("audio/*", "video/*");

    /** Types refused whatever a service configures: they carry executable content. */
    static final Set<String> ACTIVE_CONTENT = Set.of(DOCM, XLSM, PPTM, ODF_WITH_MACROS, GENERIC_OOXML,
            "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-sh",
            "application/x-msdos-program", "application/javascript", "text/javascript", "application/java-archive",
            "application/x-elf", "text/x-vbscript", "application/hta", "application/x-ms-shortcut");

    /** Extensions per type, the first being the one given to a name that has none of them. */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry(PDF, List.of("pdf")),
            Map.entry(ODF_TEXT, List.of("odt")),
            Map.entry(ODF_SPREADSHEET, List.of("ods")),
            Map.entry(ODF_PRESENTATION, List.of("odp")),
            Map.entry(DOCX, List.of("docx")),
            Map.entry(XLSX, List.of("xlsx")),
            Map.entry(PPTX, List.of("pptx")),
            Map.entry(PLAIN_TEXT, List.of("txt", "md", "markdown", "text", "log")),
            Map.entry(CSV, List.of("csv")),
            Map.entry(ZIP, List.of("zip")),
            Map.entry("application/x-tar", List.of("tar")),
            Map.entry("application/x-gtar", List.of("tar")),
            Map.entry("application/gzip", List.of("gz", "tgz")),
            Map.entry("application/x-bzip2", List.of("bz2", "tbz2")),
            Map.entry("application/x-xz", List.of("xz", "txz")),
            Map.entry("application/x-7z-compressed", List.of("7z")),
            Map.entry(PNG, List.of("png")),
            Map.entry(JPEG, List.of("jpg", "jpeg")),
            Map.entry("audio/mpeg", List.of("mp3")),
            Map.entry("audio/ogg", List.of("ogg", "oga")),
            Map.entry("audio/x-wav", List.of("wav")),
            Map.entry("video/mp4", List.of("mp4", "m4v")),
            Map.entry("video/webm", List.of("webm")),
            Map.entry("video/ogg", List.of("ogv")));

    private DocumentFormats() {
    }

    /** The extensions a file of {@code mediaType} may carry (lower case, no dot); empty when the type has none. */
    public static List<String> extensionsOf(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, List.of());
    }

    /** Joins groups of types, e.g. {@code concat(WRITTEN, AUDIO_VISUAL)}. */
    @SafeVarargs
    public static List<String> concat(List<String>... groups) {
        return Stream.of(groups).flatMap(List::stream).distinct().toList();
    }
}
