package id.go.spbe.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CallerKeyResolverTest {

    private final CallerKeyResolver resolver = new CallerKeyResolver();

    @Test
    void aPersonIsLimitedByTheirSubject() {
        assertThat(CallerKeyResolver.keyOf(token("user-123", "spbe-web", "ROLE_OPD_OPERATOR")))
                .isEqualTo("user:user-123");
    }

    @Test
    void aMachineClientIsLimitedByItsClientIdWhateverItsSubject() {
        assertThat(CallerKeyResolver.keyOf(token("service-account-1", "opd-dinkes-simpus", "ROLE_INTEGRATION")))
                .isEqualTo("client:opd-dinkes-simpus");
        assertThat(CallerKeyResolver.keyOf(token("service-account-2", "provinsi-bengkulu", "ROLE_FEDERATION")))
                .isEqualTo("client:provinsi-bengkulu");
    }

    @Test
    void aPersonsBrowserClientDoesNotMakeThemAMachine() {
        // every person's token carries azp=spbe-web; sharing one budget would let one user starve everyone
        assertThat(CallerKeyResolver.keyOf(token("user-9", "spbe-web", "ROLE_DINAS_ADMIN")))
                .isEqualTo("user:user-9");
    }

    @Test
    void aCallWithoutATokenIsLimitedByItsAddress() {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/public/applications")
                .remoteAddress(new InetSocketAddress("203.0.113.7", 50123)));

        assertThat(resolver.resolve(exchange).block()).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void anAuthenticatedExchangeIsResolvedFromItsPrincipal() {
        JwtAuthenticationToken principal = token("user-77", "spbe-web", "ROLE_AUDITOR");
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/audits"))
                .mutate().principal(Mono.<Principal>just(principal)).build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("user:user-77");
    }

    private static JwtAuthenticationToken token(String subject, String azp, String... authorities) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject).claim("azp", azp)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList(authorities));
    }
}
