package id.go.spbe.monev.evaluation.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller's full name from the access token's {@code name} claim (Keycloak fills it from first and last name), for
 * documents that name a person, such as the sign-off of the evaluation report (M2). The platform's {@code Caller}
 * carries only the username; this belongs beside it in the platform once a second service needs it.
 */
final class FullName {

    private FullName() {
    }

    /** The current token's {@code name}, trimmed; null when there is no token or no name. */
    static String ofCurrentToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : of(authentication.getPrincipal());
    }

    static String of(Object principal) {
        if (principal instanceof Jwt jwt) {
            String name = jwt.getClaimAsString("name");
            return name == null || name.isBlank() ? null : name.strip();
        }
        return null;
    }
}
