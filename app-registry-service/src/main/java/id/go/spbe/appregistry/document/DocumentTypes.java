package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file really is, judged from its bytes only (Apache Tika's magic detection): the client's Content-Type and
 * file name are never consulted, so an executable named {@code manual.pdf} is still an executable. Each document
 * kind accepts a short list of archival formats; audio and video are offered for user manuals only, and the
 * aggregate decides whether the region's regulation allows them (A7, MT p13(2)).
 */
@Component
public class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String ODF_TEXT = "application/vnd.oasis.opendocument.text";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PLAIN_TEXT = "text/plain";
    static final String ZIP = "application/zip";

    /** Written documents: PDF, ODF text, Word (OOXML, no macros), plain text and Markdown (which sniffs as text). */
    private static final List<String> DOCUMENTS = List.of(PDF, ODF_TEXT, DOCX, PLAIN_TEXT);
    /** Source code travels as an archive. */
    private static final List<String> ARCHIVES = List.of(ZIP, "application/x-tar", "application/x-gtar",
            "application/gzip", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed");
    private static final Set<String> AUDIO_VISUAL = Set.of("audio", "video");

    /** Tika-core recognises an OOXML package but not which one; its main part's content type tells. */
    private static final MediaType GENERIC_OOXML = MediaType.parse("application/x-tika-ooxml");
    private static final String WORD_MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int CONTENT_TYPES_LIMIT = 256 * 1024;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The type of the file's bytes, e.g. {@code application/pdf}; parameters (charset) are dropped. */
    public MediaType detect(Path file) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // An empty Metadata: no name and no declared type may influence the result.
            type = detector.detect(in, new Metadata()).getBaseType();
        }
        return GENERIC_OOXML.equals(type) ? ooxmlKind(file) : type;
    }

    /** The types a kind accepts, for messages and the API description. */
    public List<String> accepted(DocumentKind kind) {
        return switch (kind) {
            case SOURCE_CODE -> ARCHIVES;
            case USER_MANUAL -> concat(DOCUMENTS, List.of("audio/*", "video/*"));
            default -> DOCUMENTS;
        };
    }

    public boolean accepts(DocumentKind kind, MediaType type) {
        if (kind == DocumentKind.USER_MANUAL && AUDIO_VISUAL.contains(type.getType())) {
            return true;
        }
        return accepted(kind).contains(type.toString());
    }

    /**
     * A Word document declares its main part as {@code wordprocessingml.document.main+xml}; macro-enabled Word,
     * spreadsheets and presentations declare others and stay "OOXML" (not accepted).
     */
    private static MediaType ooxmlKind(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes == null) {
                return GENERIC_OOXML;
            }
            try (InputStream in = zip.getInputStream(contentTypes)) {
                String declared = new String(in.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
                return declared.contains("\"" + WORD_MAIN_PART + "\"") ? MediaType.parse(DOCX) : GENERIC_OOXML;
            }
        } catch (java.util.zip.ZipException e) {
            return GENERIC_OOXML;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
