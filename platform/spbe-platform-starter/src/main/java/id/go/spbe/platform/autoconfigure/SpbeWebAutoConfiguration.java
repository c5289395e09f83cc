package id.go.spbe.platform.autoconfigure;


import id.go.spbe.platform.observability.MongoPingHealthIndicator;
import id.go.spbe.platform.observability.RequestIdFilter;
import id.go.spbe.platform.problem.ProblemDetailsAdvice;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Problem details for every error (registered before Boot's own handler so ours wins), the request-id log context,
 * the Mongo ping health indicator, and the region part of the regulation profile.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class, after = DataMongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RegionProfile.class)
public class SpbeWebAutoConfiguration {

    static {
        // The caller comes from the bearer token, never from the request: springdoc must not document a Caller
        // argument, neither as a query parameter nor as a field of a multipart form (it did both).
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }


    @Bean
    @ConditionalOnMissingBean(org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler.class)
    public ProblemDetailsAdvice problemDetailsAdvice(org.springframework.core.env.Environment environment) {
        String limit = environment.getProperty("spring.servlet.multipart.max-request-size",
                environment.getProperty("spring.servlet.multipart.max-file-size", "1MB"));
        return new ProblemDetailsAdvice(org.springframework.util.unit.DataSize.parse(limit));
    }

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * OpenAPI 3 description of the service (P3): bearer-token security on every operation, and a relative server URL
     * so "Try it out" in the gateway's catalogue calls through the gateway.
     */
    @Bean
    @ConditionalOnMissingBean
    public io.swagger.v3.oas.models.OpenAPI spbeOpenApi(
            @org.springframework.beans.factory.annotation.Value("${spring.application.name}") String name,
            RegionProfile region) {
        String scheme = "keycloak";
        return new io.swagger.v3.oas.models.OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info().title(name).version("v1")
                        .description("SPBE " + region.region().name() + " — " + region.regulation()))
                .addServersItem(new io.swagger.v3.oas.models.servers.Server().url("/"))
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes(scheme,
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList(scheme));
    }

    @Bean(name = "spbeMongoHealthIndicator")
    public MongoPingHealthIndicator spbeMongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
