package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.documents.signature.TrustAnchors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

/**
 * Documents for a service: the sniffer, the kinds it accepts (its own {@link DocumentKinds} bean or
 * {@code spbe.documents.kinds}), the PDF signature verifier with the configured trust anchors, the inspector, the
 * GridFS {@link DocumentStore} and the 413/415 problem advice. Where signed documents are required and no trust anchor
 * is configured the context does not start ({@link MissingTrustAnchorsException}).
 */
@AutoConfiguration
@ConditionalOnClass(GridFsTemplate.class)
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentsAutoConfiguration {

    /** The profile key that says whether the region requires signed documents (SEC3). */
    public static final String PROFILE_SIGNATURES_REQUIRED = "spbe.regulation.documents.signatures-required";

    @Bean
    @ConditionalOnMissingBean
    ContentSniffer documentContentSniffer() {
        return new ContentSniffer();
    }

    @Bean
    @ConditionalOnMissingBean
    DocumentKinds documentKinds(DocumentProperties properties) {
        return DocumentKinds.of(properties.kinds());
    }

    @Bean
    @ConditionalOnMissingBean
    PdfSignatureVerifier pdfSignatureVerifier(DocumentProperties properties, Environment environment,
            ResourceLoader resources, ObjectProvider<Clock> clock) {
        List<X509Certificate> anchors = TrustAnchors.load(properties.trustAnchors(), resources);
        if (signaturesRequired(properties, environment) && anchors.isEmpty()) {
            throw new MissingTrustAnchorsException(environment.getProperty("spbe.regulation.id"));
        }
        return new PdfSignatureVerifier(anchors, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    DocumentInspector documentInspector(ContentSniffer sniffer, DocumentKinds kinds, PdfSignatureVerifier verifier,
            DocumentProperties properties, Environment environment) {
        return new DocumentInspector(sniffer, kinds, verifier, signaturesRequired(properties, environment));
    }

    @Bean
    @ConditionalOnMissingBean
    DocumentStore documentStore(MongoDatabaseFactory mongo, MongoConverter converter, DocumentInspector inspector,
            DocumentProperties properties, ObjectProvider<Clock> clock) {
        // Our own template on our own bucket: Boot's default GridFsTemplate bean stays untouched for others.
        return new DocumentStore(new GridFsTemplate(mongo, converter, properties.bucket()), inspector,
                properties.maxSize().toBytes(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    DocumentBatch documentBatch(DocumentStore documents) {
        return new DocumentBatch(documents);
    }

    static boolean signaturesRequired(DocumentProperties properties, Environment environment) {
        return properties.signaturesRequired() != null ? properties.signaturesRequired()
                : environment.getProperty(PROFILE_SIGNATURES_REQUIRED, Boolean.class, false);
    }
}
