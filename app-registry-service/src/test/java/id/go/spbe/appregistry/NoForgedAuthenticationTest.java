package id.go.spbe.appregistry;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Issue 7: the import worker built an unsigned {@code alg: none} JWT and put it into the security context to act for
 * the uploader. Background work names its actor on the event instead; no production code mints tokens or installs an
 * authentication of its own (only the resource server, from a verified token, does).
 */
class NoForgedAuthenticationTest {

    @Test
    void noProductionCodeBuildsATokenOrSetsTheSecurityContext() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.go.spbe.appregistry");
        noClasses().should().dependOnClassesThat().belongToAnyOf(Jwt.Builder.class, JwtAuthenticationToken.class)
                .orShould().callMethod(SecurityContextHolder.class, "setContext", SecurityContext.class)
                .orShould().callMethod(Jwt.class, "withTokenValue", String.class)
                .as("no code builds a token or installs an authentication of its own")
                .check(classes);
    }
}
