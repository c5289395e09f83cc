package id.go.spbe.appregistry.transfer.web;

import id.go.spbe.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads uploaded bytes without trusting the client's size: a body is read up to one byte over the limit and refused
 * with 413 there, so an oversized upload never fills memory.
 */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(InputStream body, long maxBytes, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge(maxBytes, what);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static byte[] read(MultipartFile file, long maxBytes, String what) throws IOException {
        if (file.getSize() > maxBytes) {
            throw tooLarge(maxBytes, what);
        }
        try (InputStream in = file.getInputStream()) {
            return read(in, maxBytes, what);
        }
    }

    static void checkDeclaredLength(long contentLength, long maxBytes, String what) {
        if (contentLength > maxBytes) {
            throw tooLarge(maxBytes, what);
        }
    }

    private static ErrorResponseException tooLarge(long maxBytes, String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                what + " melebihi batas " + maxBytes + " byte; perkecil atau bagi berkas.");
        problem.setTitle("Content Too Large");
        problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
