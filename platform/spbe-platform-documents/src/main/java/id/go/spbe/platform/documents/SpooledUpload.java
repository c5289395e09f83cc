package id.go.spbe.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied once to a private temporary file, hashing (SHA-256) and counting while it streams, so that the
 * sniffing, the signature check and the store all read the same bytes without holding them in memory. The copy stops
 * as soon as the size limit is passed. Closing deletes the file.
 */
public final class SpooledUpload implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;

    private SpooledUpload(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Copies {@code content} (and closes it); more than {@code maxBytes} is a {@link DocumentTooLargeException}. */
    public static SpooledUpload of(InputStream content, long maxBytes) throws IOException {
        Path path = Files.createTempFile("spbe-document-", ".upload");
        try (InputStream in = content; OutputStream out = Files.newOutputStream(path)) {
            MessageDigest digest = newSha256();
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new DocumentTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            return new SpooledUpload(path, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** Lower-case hex, as recorded on the document version. */
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
