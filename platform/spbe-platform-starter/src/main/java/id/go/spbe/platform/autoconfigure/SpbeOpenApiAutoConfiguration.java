package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.openapi.DeclaredProblemResponses;
import id.go.spbe.platform.openapi.JsonResponseContent;
import id.go.spbe.platform.openapi.PagingParameters;
import id.go.spbe.platform.openapi.ProblemResponsesCustomizer;
import id.go.spbe.platform.openapi.RecordSchemas;
import id.go.spbe.platform.security.SpbeSecurityProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * OpenAPI documents that tell the truth (issue 7, defect 13): problem responses derived from each operation, JSON
 * answers documented as application/json rather than any type, record schemas with their real nullability and
 * constraints, unique schema names, and the paging limits. The documents are
 * OpenAPI 3.0 ({@code springdoc.api-docs.version} in spbe-defaults.yml) so that swagger-request-validator, which
 * checks every response of the integration tests against them, can read them.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(SpbeSecurityProperties.class)
public class SpbeOpenApiAutoConfiguration {

    @Bean
    public ProblemResponsesCustomizer spbeProblemResponses(SpbeSecurityProperties security) {
        return new ProblemResponsesCustomizer(security.publicPaths());
    }

    @Bean
    public DeclaredProblemResponses spbeDeclaredProblemResponses() {
        return new DeclaredProblemResponses();
    }

    @Bean
    public JsonResponseContent spbeJsonResponseContent() {
        return new JsonResponseContent();
    }

    @Bean
    public PagingParameters spbePagingParameters() {
        return new PagingParameters();
    }

    @Bean
    public RecordSchemas spbeRecordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    public GlobalOpenApiCustomizer spbeUniqueSchemaNames(RecordSchemas recordSchemas) {
        return recordSchemas.uniqueNames();
    }
}
