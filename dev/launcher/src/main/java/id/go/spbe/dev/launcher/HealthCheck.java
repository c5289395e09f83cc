package id.go.spbe.dev.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;

/** Health probes; each call is quick (sub-second timeouts) and never throws. */
final class HealthCheck {

    private HealthCheck() {
    }

    /** True if something accepts TCP connections on 127.0.0.1:port. */
    static boolean tcp(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if a GET answers 200. */
    static boolean http200(String url) {
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
            c.setConnectTimeout(500);
            c.setReadTimeout(3000);
            c.setRequestProperty("Accept", "application/json");
            c.setInstanceFollowRedirects(false);
            int code = c.getResponseCode();
            try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return code == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }
}
