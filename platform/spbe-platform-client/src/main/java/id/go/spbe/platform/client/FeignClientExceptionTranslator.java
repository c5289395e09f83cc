package id.go.spbe.platform.client;

import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.util.ClassUtils;

import java.util.concurrent.TimeoutException;

/**
 * Makes what a Feign client throws the same whatever the circuit breaker did: the breaker wraps every failure in
 * {@code NoFallbackAvailableException}, so callers could not catch {@link RemoteNotFoundException}. This unwraps it
 * and reports an open circuit ({@code CallNotPermittedException}), a timeout, exhausted retries or a missing service
 * token as {@link ServiceUnavailableException}.
 */
public class FeignClientExceptionTranslator implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        for (Class<?> type : ClassUtils.getAllInterfacesForClass(bean.getClass())) {
            FeignClient client = AnnotationUtils.findAnnotation(type, FeignClient.class);
            if (client != null) {
                String service = !client.name().isEmpty() ? client.name() : client.value();
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addInterface(type);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    try {
                        return invocation.proceed();
                    } catch (RuntimeException e) {
                        throw translate(service, e);
                    }
                });
                return proxy.getProxy(type.getClassLoader());
            }
        }
        return bean;
    }

    static RuntimeException translate(String service, RuntimeException e) {
        Throwable cause = e;
        while ((cause instanceof NoFallbackAvailableException || cause.getClass() == RuntimeException.class)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CallNotPermittedException) {
            return new ServiceUnavailableException(service, "circuit open after repeated failures", cause);
        }
        if (cause instanceof TimeoutException || cause instanceof RetryableException) {
            return new ServiceUnavailableException(service, "no answer (" + cause.getMessage() + ")", cause);
        }
        if (cause instanceof OAuth2AuthorizationException) {
            return new ServiceUnavailableException(service, "no service token from Keycloak", cause);
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }
}
