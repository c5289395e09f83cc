package id.go.spbe.platform.web;

import id.go.spbe.platform.problem.ProblemResponses;
import id.go.spbe.platform.problem.ProblemTypes;
import id.go.spbe.platform.text.SafeText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the query string before anything reads a parameter (issue 7, defect 3): a parameter that is not valid
 * percent-encoded UTF-8 made the container throw from deep inside the filter chain, a 500 with a long stack trace
 * per request. Here it is a 400 problem naming the parameter, logged as one debug line. Decoded values must also keep
 * {@link SafeText}'s single-line rule (defect 9): no control, bidi or invisible format characters.
 */
public class QueryParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(QueryParameterFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
                String name = decodeOrNull(rawName);
                if (name == null) {
                    refuse(request, response, "?", "Nama parameter kueri bukan teks UTF-8 yang sah.");
                    return;
                }
                String value = decodeOrNull(rawValue);
                if (value == null) {
                    refuse(request, response, name, "Nilai parameter kueri bukan teks UTF-8 yang sah.");
                    return;
                }
                int refusedInName = SafeText.firstRefused(name, false);
                if (refusedInName >= 0) {
                    refuse(request, response, "?", SafeText.message(name, refusedInName));
                    return;
                }
                int refused = SafeText.firstRefused(value, false);
                if (refused >= 0) {
                    refuse(request, response, name, SafeText.message(value, refused));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String parameter,
            String message) throws IOException {
        log.debug("Refused query parameter '{}' on {} {}: {}", parameter, request.getMethod(),
                request.getRequestURI(), message);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", parameter);
        error.put("message", message);
        ProblemResponses.write(response, 400, ProblemTypes.MALFORMED_REQUEST, "Bad Request",
                "Parameter kueri tidak sah; lihat daftar errors.", request.getRequestURI(), List.of(error));
    }

    /** Percent-decodes ({@code +} is a space) as strict UTF-8; null when an escape or the bytes are invalid. */
    static String decodeOrNull(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    return null;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
