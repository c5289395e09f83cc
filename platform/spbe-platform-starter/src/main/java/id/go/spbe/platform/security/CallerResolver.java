package id.go.spbe.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives controllers the {@link Caller} as a method argument and lets other code ask for it, so no service parses
 * tokens or reinvents "may this caller see OPD X".
 */
public class CallerResolver implements HandlerMethodArgumentResolver {

    private final SpbeSecurityProperties properties;

    public CallerResolver(SpbeSecurityProperties properties) {
        this.properties = properties;
    }

    /** The authenticated caller; fails if the request is anonymous (public endpoints must not ask). */
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "no authenticated caller");
        }
        Set<String> roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String opd = token.getToken().getClaimAsString(properties.opdClaim());
        boolean regionWide = roles.stream().anyMatch(properties.regionWideRoles()::contains);
        String name = token.getToken().getClaimAsString("name");
        return new Caller(token.getToken().getSubject(), token.getName(), opd == null || opd.isBlank() ? null : opd,
                roles, regionWide, name == null || name.isBlank() ? null : name.strip());
    }

    /** Actor name for history entries: the caller's username, or "system" outside a request. */
    public String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? token.getName() : "system";
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return current();
    }
}
