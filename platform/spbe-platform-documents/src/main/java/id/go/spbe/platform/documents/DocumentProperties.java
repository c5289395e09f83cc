package id.go.spbe.platform.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Map;

/**
 * Deposited documents (SEC1, SEC3), {@code spbe.documents.*}.
 *
 * @param maxSize            largest accepted file; the servlet multipart limits follow it unless set
 * @param bucket             GridFS bucket holding the bytes
 * @param trustAnchors       PEM or DER certificate locations ({@code classpath:}, {@code file:}) a signer's chain must
 *                           reach, e.g. {@code file:/etc/spbe/trust/bsre-root-ca.pem}; see docs/documents.md
 * @param signaturesRequired whether every deposit must carry a verified signature; unset, the regulation profile's
 *                           {@code spbe.regulation.documents.signatures-required} decides (SEC3). Required without
 *                           trust anchors stops the start.
 * @param kinds              kind → accepted media types, when the service declares no {@link DocumentKinds} bean
 */
@ConfigurationProperties("spbe.documents")
public record DocumentProperties(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("documents") String bucket,
        List<String> trustAnchors, Boolean signaturesRequired, Map<String, List<String>> kinds) {

    public DocumentProperties {
        trustAnchors = trustAnchors == null ? List.of()
                : trustAnchors.stream().filter(s -> s != null && !s.isBlank()).toList();
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }
}
