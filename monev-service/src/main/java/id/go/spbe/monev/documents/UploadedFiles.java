package id.go.spbe.monev.documents;

import id.go.spbe.platform.problem.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/**
 * The files of one multipart submission, checked before anything is stored: empty parts dropped, 1 to
 * {@link #MAX_FILES} files, else a 400 naming the part {@code file}. (audit-service has the same check with a note;
 * both belong in the platform documents module.)
 */
public final class UploadedFiles {

    public static final int MAX_FILES = 10;

    private UploadedFiles() {
    }

    public static List<MultipartFile> checked(@Nullable List<MultipartFile> parts, String noFileMessage) {
        List<MultipartFile> files = parts == null ? List.of() : parts.stream().filter(f -> !f.isEmpty()).toList();
        if (files.isEmpty()) {
            throw new InvalidRequestException("file", noFileMessage);
        }
        if (files.size() > MAX_FILES) {
            throw new InvalidRequestException("file", "Paling banyak " + MAX_FILES + " berkas per pengiriman.");
        }
        return files;
    }
}
