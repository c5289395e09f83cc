package id.go.spbe.platform.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Authenticates every Feign call: inside a request, the caller's own bearer token is relayed, so the called service
 * applies the caller's roles and OPD scope (no privilege is borrowed); outside one (jobs, event consumers), the
 * service's client-credentials token from Keycloak is used (registration {@code spbe.client.registration-id}),
 * fetched once and cached until it expires. Without either, the call goes out unauthenticated and the other
 * service answers 401.
 */
public class ServiceTokenInterceptor implements RequestInterceptor {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;
    private final String registrationId;
    private volatile OAuth2AuthorizedClientManager manager;

    public ServiceTokenInterceptor(ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2AuthorizedClientService> authorizedClients, String registrationId) {
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
        this.registrationId = registrationId;
    }

    @Override
    public void apply(RequestTemplate template) {
        if (template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
            return;
        }
        OAuth2AuthorizedClientManager clients = manager();
        if (clients == null) {
            return;
        }
        OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(registrationId).principal(ServiceAccounts.PRINCIPAL).build());
        if (client != null) {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + client.getAccessToken().getTokenValue());
        }
    }

    private OAuth2AuthorizedClientManager manager() {
        if (manager == null) {
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            OAuth2AuthorizedClientService service = authorizedClients.getIfAvailable();
            if (repository == null || service == null || repository.findByRegistrationId(registrationId) == null) {
                return null;
            }
            AuthorizedClientServiceOAuth2AuthorizedClientManager built =
                    new AuthorizedClientServiceOAuth2AuthorizedClientManager(repository, service);
            built.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials()
                    .build());
            manager = built;
        }
        return manager;
    }
}
