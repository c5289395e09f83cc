package id.go.spbe.audit.common;

import id.go.spbe.platform.documents.UploadedParts;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/**
 * The files and note of one multipart submission (evidence for a request, proof with a resolution), checked before
 * anything is stored: the files as {@link UploadedParts} checks them, a note of at most 4000 characters (blank: none).
 * Each failure is a 400 naming its part.
 */
public record UploadedFiles(List<MultipartFile> files, @Nullable String note) {

    public static final int MAX_FILES = UploadedParts.MAX_FILES;

    public static UploadedFiles checked(@Nullable List<MultipartFile> parts, @Nullable String note,
            String noFileMessage) {
        List<MultipartFile> files = UploadedParts.checked(parts, noFileMessage);
        if (note != null && note.length() > 4000) {
            throw new InvalidRequestException("note", "Catatan paling panjang 4000 karakter.");
        }
        return new UploadedFiles(files, note == null || note.isBlank() ? null : note.trim());
    }
}
