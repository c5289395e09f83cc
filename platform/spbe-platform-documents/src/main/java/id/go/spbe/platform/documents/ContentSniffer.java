package id.go.spbe.platform.documents;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a file really is, judged from its bytes only (Apache Tika's magic detection): the client's Content-Type and
 * file name are never consulted, so an executable named {@code manual.pdf} is still an executable. Zip containers are
 * opened to tell an Office document from its macro-enabled twin (see {@link PackageInspector}).
 */
public class ContentSniffer {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The base type of the file's bytes, e.g. {@code application/pdf}; parameters (charset) are dropped. */
    public String detect(Path file) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // An empty Metadata: no name and no declared type may influence the result.
            type = detector.detect(in, new Metadata()).getBaseType();
        }
        String detected = type.toString();
        if (DocumentFormats.GENERIC_OOXML.equals(detected) || DocumentFormats.ZIP.equals(detected)
                || detected.startsWith("application/vnd.oasis.opendocument.")) {
            return PackageInspector.classify(file, detected);
        }
        return detected;
    }
}
