package id.go.spbe.appregistry.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Deposited documents (A7, A8, SEC1, SEC3).
 *
 * @param maxSize      largest accepted file; {@code spring.servlet.multipart.*} limits follow it
 * @param bucket       GridFS bucket holding the bytes
 * @param trustAnchors PEM certificate locations ({@code classpath:}, {@code file:}) a signer's chain must reach, e.g.
 *                     the BSrE root; when empty, an intact signature is accepted without a trust decision
 */
@ConfigurationProperties("spbe.app-registry.documents")
public record DocumentProperties(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("documents") String bucket,
        List<String> trustAnchors) {

    public DocumentProperties {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }
}
