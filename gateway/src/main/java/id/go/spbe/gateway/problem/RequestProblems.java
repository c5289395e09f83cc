package id.go.spbe.gateway.problem;

import org.springframework.http.HttpStatus;

/**
 * The gateway's problems about a request it refuses before routing it (issue 7, defects 2, 3 and 15: these were
 * empty 400/414 answers, or a 503 for an oversized upload). The kinds are stable and listed in docs/problems.md.
 */
public final class RequestProblems {

    private RequestProblems() {
    }

    /** The path firewall refused the request: an encoded slash, backslash, NUL, {@code ;}, a control character. */
    public static Problem rejected(String instance) {
        return Problem.of(HttpStatus.BAD_REQUEST, "rejected-request", "Rejected Request",
                "Alamat atau header permintaan mengandung karakter yang tidak diizinkan (misalnya %00, %2F, %5C, "
                        + "titik koma atau karakter kendali).", instance);
    }

    /** A method the gateway never routes (TRACE, CONNECT, anything unknown). */
    public static Problem methodNotAllowed(String instance) {
        return Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method Not Allowed",
                "Metode HTTP ini tidak didukung oleh gateway.", instance);
    }

    /** The request line is longer than the server accepts. */
    public static Problem uriTooLong() {
        return Problem.of(HttpStatus.URI_TOO_LONG, "uri-too-long", "URI Too Long",
                "Alamat permintaan terlalu panjang. Kirim kriteria yang panjang di badan permintaan.", null);
    }

    /** The header section is larger than the server accepts. */
    public static Problem headersTooLarge() {
        return Problem.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request-header-fields-too-large",
                "Request Header Fields Too Large", "Header permintaan terlalu besar.", null);
    }

    /** The request could not be parsed as HTTP at all. */
    public static Problem malformed() {
        return Problem.of(HttpStatus.BAD_REQUEST, "malformed-request", "Bad Request",
                "Permintaan HTTP tidak dapat dibaca.", null);
    }

    /** The request target is not a URI (a broken escape such as {@code %zz}, an unencoded space or quote). */
    public static Problem invalidUri() {
        return Problem.of(HttpStatus.BAD_REQUEST, "malformed-request", "Bad Request",
                "Alamat permintaan bukan URI yang sah: karakter khusus harus di-encode (mis. spasi sebagai %20) dan "
                        + "setiap % diikuti dua digit heksadesimal.", null);
    }

    /** A body over the path's limit, refused before it was forwarded. */
    public static Problem payloadTooLarge(long maxBytes, String readableLimit, String instance) {
        return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Content Too Large",
                        "Isi permintaan melebihi batas " + readableLimit + " untuk alamat ini.", instance)
                .with("maxBytes", maxBytes);
    }
}
