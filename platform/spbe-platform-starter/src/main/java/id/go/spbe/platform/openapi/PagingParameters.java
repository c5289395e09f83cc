package id.go.spbe.platform.openapi;

import id.go.spbe.platform.web.PageRequests;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.math.BigDecimal;

/**
 * Publishes the limits {@link PageRequests} enforces on the platform's paging parameters ({@code page} ≥ 0,
 * {@code size} 1–{@value PageRequests#MAX_SIZE}, default 20; {@code sort} as {@code field[,asc|desc]}), so generated
 * clients and fuzzers know them instead of learning them from 400s.
 */
public class PagingParameters implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getParameters() == null) {
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
                continue;
            }
            boolean integer = "integer".equals(parameter.getSchema().getType());
            // a fresh schema each: springdoc may hand the same Integer schema instance to several parameters
            switch (parameter.getName()) {
                case "page" -> {
                    if (integer) {
                        parameter.setSchema(new IntegerSchema().minimum(BigDecimal.ZERO)._default(0));
                        describe(parameter, "Zero-based page number");
                    }
                }
                case "size" -> {
                    if (integer) {
                        parameter.setSchema(new IntegerSchema().minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(PageRequests.MAX_SIZE))._default(20));
                        describe(parameter, "Items per page, 1-" + PageRequests.MAX_SIZE);
                    }
                }
                case "sort" -> describe(parameter,
                        "Sort field, optionally followed by ',asc' or ',desc'; repeat for more fields");
                default -> {
                }
            }
        }
        return operation;
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
    }
}
