package id.go.spbe.platform.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the schema of a Java record say what its JSON really holds (issue 7, defect 13):
 * <ul>
 *   <li>a component annotated {@code @Nullable} (JSpecify or any other annotation of that simple name) is published
 *       as {@code nullable} and not required; every other component is required — Jackson writes every component,
 *       and a request without it is refused by bean validation or the primitive's own check;</li>
 *   <li>{@code @NotBlank}/{@code @NotEmpty} strings publish {@code minLength} of at least 1 (a {@code @Size(max)} on
 *       the same field otherwise publishes its default {@code min = 0});</li>
 *   <li>two different classes that would publish the same schema name fail the document's generation (see
 *       {@link #uniqueNames()}) instead of silently sharing one schema (two {@code ReasonRequest}s once published
 *       one limit for both); give one of them {@code @Schema(name = "…")}.</li>
 * </ul>
 * Size, pattern and range constraints are published by swagger-core itself.
 */
public class RecordSchemas implements ModelConverter {

    private final Map<String, String> typesByName = new ConcurrentHashMap<>();
    private final Set<String> clashes = ConcurrentHashMap.newKeySet();

    /**
     * Refuses to publish a document in which two classes share a schema name (springdoc would keep one of them and
     * silently describe the other's operations with it). A customizer, because springdoc swallows a converter's
     * exceptions; it runs after every schema has been resolved.
     */
    public GlobalOpenApiCustomizer uniqueNames() {
        return openApi -> {
            if (!clashes.isEmpty()) {
                throw new IllegalStateException("OpenAPI schema name clash: " + String.join("; ", clashes)
                        + ". Give one of each pair @Schema(name = \"…\").");
            }
        };
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved;
        if (resolved.get$ref() != null && context.getDefinedModels() != null) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            model = context.getDefinedModels().getOrDefault(name, resolved);
        }
        if (model.getName() != null) {
            requireUniqueName(model.getName(), javaType);
        }
        describe(raw, model, context);
        return resolved;
    }

    private void requireUniqueName(String name, JavaType javaType) {
        String canonical = javaType.toCanonical();
        String earlier = typesByName.putIfAbsent(name, canonical);
        if (earlier != null && !earlier.equals(canonical)) {
            clashes.add(earlier + " and " + canonical + " both publish '" + name + "'");
        }
    }

    private static void describe(Class<?> record, Schema<?> model, ModelConverterContext context) {
        Map<String, Schema> properties = model.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (isNullable(component)) {
                properties.put(component.getName(), nullable(property, context));
            } else {
                required.add(component.getName());
            }
            if (component.getType() == String.class
                    && (has(component, NotBlank.class) || has(component, NotEmpty.class))
                    && (property.getMinLength() == null || property.getMinLength() < 1)) {
                property.setMinLength(1);
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    private static Schema<?> nullable(Schema<?> property, ModelConverterContext context) {
        if (property.get$ref() == null) {
            property.setNullable(true);
            return property;
        }
        // OpenAPI 3.0 ignores siblings of $ref, and "nullable" beside an allOf does not let null through the
        // referenced schema: the reference or a null of the same type
        String ref = property.get$ref();
        Schema<?> target = context.getDefinedModels() == null ? null
                : context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
        Schema<Object> onlyNull = new Schema<>();
        onlyNull.setType(target != null && target.getType() != null ? target.getType() : "object");
        onlyNull.setNullable(true);
        onlyNull.setEnum(new ArrayList<>(java.util.Collections.singletonList(null)));
        Schema<?> wrapper = new Schema<>().anyOf(List.of(new Schema<>().$ref(ref), onlyNull));
        wrapper.setDescription(property.getDescription());
        wrapper.setName(property.getName()); // @JsonUnwrapped copies properties by this name
        return wrapper;
    }

    static boolean isNullable(RecordComponent component) {
        return hasNamed(component.getAnnotations()) || hasNamed(component.getAnnotatedType().getAnnotations())
                || hasNamed(component.getAccessor().getAnnotations());
    }

    private static boolean hasNamed(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(RecordComponent component, Class<? extends Annotation> annotation) {
        return component.isAnnotationPresent(annotation) || component.getAccessor().isAnnotationPresent(annotation);
    }
}
