package id.go.spbe.datacenter.custody;

import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The one kind of document this service stores: the OPD's consent letter (D7), a PDF so that its signature can be
 * checked (SEC3). Anything else is refused from its bytes (415), whatever its name claims.
 */
@Configuration(proxyBeanMethods = false)
public class ConsentLetterDocuments {

    public static final String CONSENT_LETTER = "CUSTODY_CONSENT_LETTER";

    @Bean
    DocumentKinds documentKinds() {
        return DocumentKinds.builder().kind(CONSENT_LETTER, List.of(DocumentFormats.PDF)).build();
    }
}
