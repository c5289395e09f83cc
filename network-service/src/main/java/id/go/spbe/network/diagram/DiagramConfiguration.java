package id.go.spbe.network.diagram;

import id.go.spbe.network.diagram.domain.DiagramRegulation;
import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;

/** The region's rule on yearly LAN diagrams, and what files a submission may carry. */
@Configuration(proxyBeanMethods = false)
class DiagramConfiguration {

    /** Kind of document a yearly diagram submission attaches. */
    static final String LAN_DIAGRAM = "LAN_DIAGRAM";
    /** draw.io files are XML; the sniffer reports the XML type, never trusting the name. */
    static final List<String> DIAGRAM_TYPES = List.of(DocumentFormats.PNG, DocumentFormats.PDF, "image/svg+xml",
            "application/xml", "text/xml");

    @Bean
    DiagramRegulation diagramRegulation(Environment environment) {
        return new DiagramRegulation(environment.getProperty("spbe.regulation.network.lan-diagram-yearly",
                Boolean.class, false));
    }

    @Bean
    DocumentKinds documentKinds() {
        return DocumentKinds.builder().kind(LAN_DIAGRAM, DIAGRAM_TYPES).build();
    }
}
