package id.go.spbe.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes exactly as given (request lines no HTTP client would produce: unencoded brackets, TRACE, lines of
 * several kilobytes) and reads the answer until the server closes the connection.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends a request head (CRLF line ends added, {@code Connection: close} appended) with an optional body. */
    public static Response send(int port, String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return exchange(port, head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Response exchange(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        try {
            while ((read = in.read(chunk)) != -1) {
                bytes.write(chunk, 0, read);
            }
        } catch (java.net.SocketException reset) {
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        return bytes.toByteArray();
    }

    /** The answer: status, header names in lower case (first value), body as text. */
    public record Response(int status, Map<String, String> headers, String body) {

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no complete response head: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Response(status, headers, text.substring(end + 4));
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
