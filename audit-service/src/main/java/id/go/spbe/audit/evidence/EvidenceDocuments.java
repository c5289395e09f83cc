package id.go.spbe.audit.evidence;

import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the audited OPD may upload as evidence (AU2): written documents (PDF, ODF text, DOCX, plain text),
 * spreadsheets, presentations and images (screenshots, photographs of a server room). Executables, archives and
 * macro-enabled files are refused from their bytes (415), whatever their name claims.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceDocuments {

    static final String EVIDENCE = "AUDIT_EVIDENCE";

    @Bean
    DocumentKinds documentKinds() {
        return DocumentKinds.builder().kind(EVIDENCE, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS,
                DocumentFormats.PRESENTATIONS, DocumentFormats.IMAGES).build();
    }
}
