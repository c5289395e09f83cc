package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.problem.ProblemErrorController;
import id.go.spbe.platform.problem.ProblemErrorReportValve;
import id.go.spbe.platform.security.RoleCheckInterceptor;
import id.go.spbe.platform.text.SafeTextDeserializer;
import id.go.spbe.platform.web.QueryParameterFilter;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The service web layer's answers to bad input (issue 7): every error a service produces — in a filter, in the
 * security chain, in Tomcat before any servlet runs, on {@code /error} — is problem+json; query parameters are
 * valid UTF-8 and free of control and bidi characters; JSON request bodies likewise (one rule for every string,
 * {@link SafeTextDeserializer}); and an endpoint's role is checked before its body is read.
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SpbeWebErrorsAutoConfiguration {

    @Bean
    public FilterRegistrationBean<QueryParameterFilter> spbeQueryParameterFilter() {
        FilterRegistrationBean<QueryParameterFilter> registration =
                new FilterRegistrationBean<>(new QueryParameterFilter());
        // After the request id (so the 400 carries it), long before anything reads a parameter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    public WebMvcConfigurer spbeRequestGuards(JsonMapper jsonMapper,
            ObjectProvider<MethodSecurityExpressionHandler> expressionHandler, ApplicationContext context) {
        MethodSecurityExpressionHandler expressions = expressionHandler.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
            handler.setApplicationContext(context);
            return handler;
        });
        JsonMapper requestMapper = jsonMapper.rebuild().addModule(SafeTextDeserializer.module()).build();
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RoleCheckInterceptor(expressions)).order(Ordered.HIGHEST_PRECEDENCE);
            }

            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                // Only the converter reading request bodies gets the text rule; events, Mongo and clients keep theirs.
                converters.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new JacksonJsonHttpMessageConverter(requestMapper) : converter);
            }
        };
    }

    /** Tomcat's own error page (for requests it refuses before any servlet) as problem+json. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> spbeTomcatProblemErrorReport() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
