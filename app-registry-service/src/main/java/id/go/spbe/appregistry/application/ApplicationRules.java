package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.RegistrationPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The application-repository part of the regulation profile (A2, A7, A10, SEC3), owned by this service. */
@ConfigurationProperties("spbe.regulation.applications")
public record ApplicationRules(String domain, Set<ApplicationClass> classes, List<DocumentKind> requiredDocuments,
        boolean audioVisualManualAllowed, boolean signedDocumentsRequired) {

    public RegistrationPolicy policy() {
        return new RegistrationPolicy(classes, domain,
                requiredDocuments == null || requiredDocuments.isEmpty() ? EnumSet.noneOf(DocumentKind.class)
                        : EnumSet.copyOf(requiredDocuments),
                audioVisualManualAllowed, signedDocumentsRequired);
    }
}
