package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a ticket accepts as attachment: screenshots and photos, written documents, spreadsheets (no archives). */
@Configuration(proxyBeanMethods = false)
class TicketAttachmentKinds {

    static final String ATTACHMENT = "ATTACHMENT";

    @Bean
    DocumentKinds documentKinds() {
        return DocumentKinds.builder()
                .kind(ATTACHMENT, DocumentFormats.IMAGES, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS)
                .build();
    }
}
