package id.go.spbe.servicedesk.ticket;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The {@code email} claim of the calling user's token (Keycloak puts the account's address there), captured when a
 * ticket is opened so the requester can be told what happens to it. Machine clients carry none.
 */
final class RequesterEmail {

    private RequesterEmail() {
    }

    static String ofCurrentToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? token.getToken().getClaimAsString("email")
                : null;
    }
}
