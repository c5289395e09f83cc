package id.go.spbe.platform.documents;

import id.go.spbe.platform.problem.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/**
 * The files of one multipart submission, checked before anything is stored: empty parts dropped (a browser sends an
 * empty part for an untouched file field), 1 to {@link #MAX_FILES} files, else a 400 naming the part {@code file}.
 */
public final class UploadedParts {

    public static final int MAX_FILES = 10;

    private UploadedParts() {
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
