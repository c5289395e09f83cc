package id.go.spbe.platform.documents;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The response for a stored file: always an attachment (RFC 6266 with an ASCII {@code filename} and the exact
 * UTF-8 {@code filename*}), {@code X-Content-Type-Options: nosniff} and a sandboxing Content-Security-Policy so a
 * browser never runs what it was sent, and the SHA-256 recorded at deposit as the ETag and as {@code Repr-Digest}
 * (RFC 9530) so the receiver can check the bytes it got.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static ResponseEntity<Resource> attachment(String filename, String mediaType, String sha256,
            Resource content) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
        if (sha256 != null && sha256.length() == 64) {
            response.eTag("\"" + sha256 + "\"").header("Repr-Digest",
                    "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        }
        return response.body(content);
    }

    /** {@code attachment; filename="Laporan_2026.pdf"; filename*=UTF-8''Laporan%E2%80%942026.pdf}. */
    public static String contentDisposition(String filename) {
        String name = SafeFilename.of(filename);
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 8187 value-chars: attr-char as is, everything else percent-encoded UTF-8. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
