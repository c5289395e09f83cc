package id.go.spbe.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands the statuses of a handler's {@link ProblemResponses} (method or class) to {@link ProblemResponsesCustomizer},
 * which sees the whole document but not the handler.
 */
public class DeclaredProblemResponses implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ProblemResponses onMethod = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                ProblemResponses.class);
        ProblemResponses onClass = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(),
                ProblemResponses.class);
        if (onMethod == null && onClass == null) {
            return operation;
        }
        var statuses = new java.util.TreeSet<Integer>();
        for (ProblemResponses declared : new ProblemResponses[] {onMethod, onClass}) {
            if (declared != null) {
                Arrays.stream(declared.value()).forEach(statuses::add);
            }
        }
        Map<String, Object> extensions = operation.getExtensions() == null ? new LinkedHashMap<>()
                : operation.getExtensions();
        extensions.put(ProblemResponsesCustomizer.DECLARED, java.util.List.copyOf(statuses));
        operation.setExtensions(extensions);
        return operation;
    }
}
