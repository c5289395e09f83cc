package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each kind of application documentation accepts (A7): archival written formats, source code as an archive, and
 * audio or video for user manuals only (the aggregate decides whether the region's regulation allows them, MT p13(2)).
 */
@Configuration(proxyBeanMethods = false)
class ApplicationDocumentKinds {

    @Bean
    DocumentKinds documentKinds() {
        DocumentKinds.Builder kinds = DocumentKinds.builder();
        for (DocumentKind kind : DocumentKind.values()) {
            switch (kind) {
                case SOURCE_CODE -> kinds.kind(kind.name(), DocumentFormats.ARCHIVES);
                case USER_MANUAL -> kinds.kind(kind.name(), DocumentFormats.WRITTEN, DocumentFormats.AUDIO_VISUAL);
                default -> kinds.kind(kind.name(), DocumentFormats.WRITTEN);
            }
        }
        return kinds.build();
    }
}
