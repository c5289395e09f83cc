package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.document.signature.PdfSignatureVerifier;
import id.go.spbe.appregistry.document.signature.TrustAnchors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import java.time.Clock;

/** The signature verifier with the configured trust anchors, and the inspector with the region's policy. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    PdfSignatureVerifier pdfSignatureVerifier(DocumentProperties properties, ResourceLoader resources, Clock clock) {
        return new PdfSignatureVerifier(TrustAnchors.load(properties.trustAnchors(), resources), clock);
    }

    @Bean
    DocumentInspector documentInspector(DocumentTypes types, PdfSignatureVerifier verifier, ApplicationRules rules) {
        return new DocumentInspector(types, verifier, rules.policy());
    }
}
