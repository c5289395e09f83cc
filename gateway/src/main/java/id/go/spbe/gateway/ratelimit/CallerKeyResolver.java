package id.go.spbe.gateway.ratelimit;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Whose budget a request spends: {@code client:<azp>} for machine tokens (realm role INTEGRATION or
 * FEDERATION: every instance of an OPD system shares its client's budget), {@code user:<sub>} for people, and
 * {@code ip:<address>} for calls without a token (public paths).
 *
 * <p>The address is the TCP peer as the server sees it. Behind a reverse proxy or ingress, set
 * {@code server.forward-headers-strategy} so that it is the client's address, not the proxy's; never trust
 * {@code X-Forwarded-For} from the open internet, since anyone could then pick their own budget.
 */
public class CallerKeyResolver {

    static final Set<String> MACHINE_ROLES = Set.of("ROLE_INTEGRATION", "ROLE_FEDERATION");

    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(CallerKeyResolver::keyOf)
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)));
    }

    static String keyOf(JwtAuthenticationToken token) {
        boolean machine = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(MACHINE_ROLES::contains);
        String clientId = token.getToken().getClaimAsString("azp");
        if (machine && clientId != null && !clientId.isBlank()) {
            return "client:" + clientId;
        }
        return "user:" + token.getToken().getSubject();
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
