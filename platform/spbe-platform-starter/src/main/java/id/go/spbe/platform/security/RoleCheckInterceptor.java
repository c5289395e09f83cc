package id.go.spbe.platform.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides an endpoint's role requirement before Spring MVC reads the request body (issue 7, defect 4): method
 * security runs only after the arguments are resolved, so a caller without the role got 400 for a malformed body
 * and 413 for a huge one, learning about the endpoint and making the role matrix depend on the payload. Here a caller
 * without the role gets 403 whatever the body. Method security stays on as the second line.
 *
 * <p>Understands {@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll} (method before class) and
 * {@code @PreAuthorize} expressions that do not refer to method arguments ({@code #…}); an expression that does is
 * left to method security, which can see the arguments.
 */
public class RoleCheckInterceptor implements HandlerInterceptor {

    private final MethodSecurityExpressionHandler expressions;
    private final Map<Method, Requirement> requirements = new ConcurrentHashMap<>();

    public RoleCheckInterceptor(MethodSecurityExpressionHandler expressions) {
        this.expressions = expressions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Requirement requirement = requirements.computeIfAbsent(method.getMethod(),
                    ignored -> requirementOf(method));
            requirement.check(method, expressions);
        }
        return true;
    }

    private Requirement requirementOf(HandlerMethod method) {
        Requirement onMethod = jsr250(method.getMethod());
        if (onMethod != null) {
            return onMethod;
        }
        PreAuthorize preAuthorize = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (preAuthorize == null) {
            Requirement onClass = jsr250(method.getBeanType());
            if (onClass != null) {
                return onClass;
            }
            preAuthorize = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (preAuthorize != null && !preAuthorize.value().contains("#")) {
            return new Requirement(null, expressions.getExpressionParser().parseExpression(preAuthorize.value()),
                    false);
        }
        return Requirement.NONE;
    }

    private static Requirement jsr250(java.lang.reflect.AnnotatedElement element) {
        if (AnnotatedElementUtils.hasAnnotation(element, DenyAll.class)) {
            return new Requirement(Set.of(), null, true);
        }
        if (AnnotatedElementUtils.hasAnnotation(element, PermitAll.class)) {
            return Requirement.NONE;
        }
        RolesAllowed roles = AnnotatedElementUtils.findMergedAnnotation(element, RolesAllowed.class);
        return roles == null ? null : new Requirement(Set.of(roles.value()), null, false);
    }

    /** What one handler method needs: any of {@code roles}, or {@code expression} true, or nothing. */
    private record Requirement(Set<String> roles, Expression expression, boolean denyAll) {

        static final Requirement NONE = new Requirement(null, null, false);

        void check(HandlerMethod method, MethodSecurityExpressionHandler expressions) {
            if (roles == null && expression == null && !denyAll) {
                return;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
                throw new AuthenticationCredentialsNotFoundException("this endpoint needs an authenticated caller");
            }
            if (denyAll) {
                throw new AccessDeniedException("endpoint is closed to every caller");
            }
            if (roles != null) {
                boolean granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> authority.startsWith("ROLE_")
                                && roles.contains(authority.substring("ROLE_".length())));
                if (!granted) {
                    throw new AccessDeniedException("caller lacks every role of " + roles);
                }
                return;
            }
            EvaluationContext context = expressions.createEvaluationContext(() -> authentication,
                    new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                            new Object[method.getMethod().getParameterCount()]));
            if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
                throw new AccessDeniedException("caller does not meet " + expression.getExpressionString());
            }
        }
    }
}
