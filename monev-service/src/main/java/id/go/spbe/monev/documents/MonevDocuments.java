package id.go.spbe.monev.documents;

import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents monev stores: an indicator's evidence (M1: "evidence per indicator") — decrees, SOPs, minutes and
 * reports as written documents (PDF, ODF text, DOCX, plain text), spreadsheets and presentations, and images
 * (screenshots, photographs). Executables, archives and macro-enabled files are refused from their bytes (415),
 * whatever their name claims.
 */
@Configuration(proxyBeanMethods = false)
public class MonevDocuments {

    /** A document a unit uploads as evidence of one indicator of an evaluation. */
    public static final String EVALUATION_EVIDENCE = "EVALUATION_EVIDENCE";

    @Bean
    DocumentKinds documentKinds() {
        return DocumentKinds.builder()
                .kind(EVALUATION_EVIDENCE, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS,
                        DocumentFormats.PRESENTATIONS, DocumentFormats.IMAGES)
                .build();
    }
}
