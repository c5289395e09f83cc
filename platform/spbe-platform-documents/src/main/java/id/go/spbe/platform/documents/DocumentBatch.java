package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.signature.SignatureCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Deposits a submission's files in the platform documents (type sniffed: 415, size: 413, a PDF's broken signature:
 * 422 SEC3) and then records them on the aggregate. Documents and aggregate live in different collections without a
 * transaction, so if a deposit or the recording fails, the files already stored are deleted again: no orphan is left.
 * A bean of the documents auto-configuration; with {@link UploadedParts} it is every service's multi-file upload.
 */
public class DocumentBatch {

    private final DocumentStore documents;

    public DocumentBatch(DocumentStore documents) {
        this.documents = documents;
    }

    /**
     * Stores each of {@code files} under {@code owner} as {@code kind}, describes each stored one with
     * {@code describe}, and hands the descriptions to {@code record} (which saves the aggregate).
     */
    public <F, R> R depositThen(OwnerRef owner, String kind, List<MultipartFile> files, String by,
            Function<StoredDocument, F> describe, Function<F, String> documentId, Function<List<F>, R> record) {
        List<F> stored = new ArrayList<>();
        try {
            for (MultipartFile file : files) {
                try (InputStream content = file.getInputStream()) {
                    stored.add(describe.apply(documents.deposit(owner, kind, file.getOriginalFilename(), content,
                            by)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the uploaded file " + file.getOriginalFilename(), e);
                }
            }
            return record.apply(stored);
        } catch (RuntimeException failed) {
            for (F file : stored) {
                try {
                    documents.delete(documentId.apply(file));
                } catch (RuntimeException cleanup) {
                    failed.addSuppressed(cleanup);
                }
            }
            throw failed;
        }
    }

    /** The signature verdict as recorded on a file: UNSIGNED when the format carries none. */
    public static String signatureStatus(StoredDocument stored) {
        SignatureCheck signature = stored.signature();
        return signature == null ? SignatureCheck.Status.UNSIGNED.name() : signature.status().name();
    }

    public static @Nullable String signer(StoredDocument stored) {
        return stored.signature() == null ? null : stored.signature().signer();
    }
}
