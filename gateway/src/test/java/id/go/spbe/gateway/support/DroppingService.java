package id.go.spbe.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service that reads each request completely and then resets the connection without answering: the failure
 * mode where a naive proxy (or HTTP client) would send the request again. Counts the requests it read.
 */
public final class DroppingService {

    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();

    private DroppingService() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "dropping-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static DroppingService start() {
        return new DroppingService();
    }

    public String uri() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int requestsRead() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                readRequest(connection.getInputStream());
                requests.incrementAndGet();
                connection.setSoLinger(true, 0);
            } catch (IOException e) {
                // the next connection gets a fresh start
            }
        }
    }

    /** Reads the head up to the blank line, then as many body bytes as Content-Length announces. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        int contentLength = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        byte[] body = in.readNBytes(contentLength);
        if (body.length < contentLength) {
            throw new IOException("short body: " + new String(body, StandardCharsets.UTF_8));
        }
    }
}
