package id.go.spbe.platform.documents.signature;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Loads the certificates signers must chain to (e.g. the BSrE root) from PEM or DER files; fails fast at start. */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    public static List<X509Certificate> load(List<String> locations, ResourceLoader loader) {
        List<X509Certificate> anchors = new ArrayList<>();
        for (String location : locations) {
            Resource resource = loader.getResource(location);
            try (InputStream in = resource.getInputStream()) {
                var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (certificates.isEmpty()) {
                    throw new IllegalStateException("trust anchor " + location + " holds no certificate");
                }
                for (Certificate certificate : certificates) {
                    anchors.add((X509Certificate) certificate);
                }
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("cannot read trust anchor " + location, e);
            }
        }
        return List.copyOf(anchors);
    }
}
