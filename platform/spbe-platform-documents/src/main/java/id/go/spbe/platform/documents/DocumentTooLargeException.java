package id.go.spbe.platform.documents;

import org.springframework.util.unit.DataSize;

/** The file is larger than the configured limit: 413. */
public class DocumentTooLargeException extends RuntimeException {

    private final long maxBytes;

    public DocumentTooLargeException(long maxBytes) {
        super("Ukuran berkas melebihi batas " + describe(maxBytes) + ".");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "50MB", "1MB", or bytes when not a whole number of megabytes. */
    public static String describe(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        return bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + "MB"
                : bytes + " byte";
    }
}
