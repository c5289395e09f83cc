package id.go.spbe.audit.common;

import id.go.spbe.platform.documents.DocumentFormats;
import id.go.spbe.platform.documents.DocumentKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents this service stores, and what each may be: written documents (PDF, ODF text, DOCX, plain text),
 * spreadsheets, presentations and images (screenshots, photographs of a server room). Executables, archives and
 * macro-enabled files are refused from their bytes (415), whatever their name claims.
 */
@Configuration(proxyBeanMethods = false)
public class AuditDocuments {

    /** Evidence the audited OPD uploads for an evidence request (AU2). */
    public static final String EVIDENCE = "AUDIT_EVIDENCE";

    /** Proof the owner OPD uploads when it resolves a finding (AU7 follow-up). */
    public static final String REMEDIATION = "AUDIT_REMEDIATION";

    /** Files the audit team attaches to its working papers. */
    public static final String WORKPAPER = "AUDIT_WORKPAPER";

    /** Report files Dinas attaches to a security assessment (AU8). */
    public static final String ASSESSMENT = "AUDIT_ASSESSMENT";

    @Bean
    DocumentKinds documentKinds() {
        return DocumentKinds.builder()
                .kind(EVIDENCE, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS, DocumentFormats.PRESENTATIONS,
                        DocumentFormats.IMAGES)
                .kind(REMEDIATION, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS,
                        DocumentFormats.PRESENTATIONS, DocumentFormats.IMAGES)
                .kind(WORKPAPER, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS,
                        DocumentFormats.PRESENTATIONS, DocumentFormats.IMAGES)
                .kind(ASSESSMENT, DocumentFormats.WRITTEN, DocumentFormats.SPREADSHEETS,
                        DocumentFormats.PRESENTATIONS, DocumentFormats.IMAGES)
                .build();
    }
}
