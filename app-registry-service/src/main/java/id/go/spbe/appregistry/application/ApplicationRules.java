package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/** The application-repository part of the regulation profile (A2, A7, A10), owned by this service. */
@ConfigurationProperties("spbe.regulation.applications")
public record ApplicationRules(String domain, Set<ApplicationClass> classes, List<String> requiredDocuments,
        boolean audioVisualManualAllowed, boolean signedDocumentsRequired) {
}
