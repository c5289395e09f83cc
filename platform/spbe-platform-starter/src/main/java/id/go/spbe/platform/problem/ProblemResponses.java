package id.go.spbe.platform.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a problem+json body straight to a servlet response, for the places that answer before Spring MVC does:
 * servlet filters, the security chain, the container's error report valve and the {@code /error} page. Everything
 * inside Spring MVC goes through {@link ProblemDetailsAdvice} instead; both produce the same members.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** The title belonging to a status, in English for integrators ({@code detail} is Bahasa Indonesia). */
    public static String titleOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** The stable type for a status that has no more specific cause (docs/problems.md). */
    public static URI typeOf(int status) {
        return switch (status) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemTypes.NOT_ACCEPTABLE;
            case 409 -> ProblemTypes.STATE_CONFLICT;
            case 412 -> ProblemTypes.PRECONDITION_FAILED;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemTypes.URI_TOO_LONG;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemTypes.PRECONDITION_REQUIRED;
            case 431 -> ProblemTypes.HEADERS_TOO_LARGE;
            case 503 -> ProblemTypes.SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
        };
    }

    /** A short Bahasa Indonesia detail for a status, used where nothing more specific is known. */
    public static String detailOf(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak dapat dibaca (sintaks HTTP, URL atau parameter tidak sah).";
            case 401 -> "Permintaan ini memerlukan token akses (Bearer).";
            case 403 -> "Peran Anda tidak mengizinkan tindakan ini.";
            case 404 -> "Sumber daya yang diminta tidak ditemukan.";
            case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini.";
            case 413 -> "Isi permintaan melebihi batas ukuran.";
            case 414 -> "Alamat (URL) permintaan terlalu panjang.";
            case 431 -> "Header permintaan terlalu besar.";
            default -> status >= 500 ? "Terjadi kesalahan pada server; kesalahan telah dicatat."
                    : "Permintaan tidak dapat diproses.";
        };
    }

    /** Writes {@code status} with its default type, title and detail. */
    public static void write(HttpServletResponse response, int status, String instance) throws IOException {
        write(response, status, typeOf(status), titleOf(status), detailOf(status), instance, null);
    }

    /**
     * Writes one problem; {@code errors} (may be null) are the field errors of a 400, each with {@code field},
     * {@code pointer} and {@code message} like the advice's.
     */
    public static void write(HttpServletResponse response, int status, URI type, String title, String detail,
            String instance, List<Map<String, Object>> errors) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body(status, type, title, detail, instance, errors));
        response.flushBuffer();
    }

    /** The serialised body, for writers that do not hold a servlet response. */
    public static byte[] body(int status, URI type, String title, String detail, String instance,
            List<Map<String, Object>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (errors != null) {
            body.put("errors", errors);
        }
        return JSON.writeValueAsBytes(body);
    }
}
