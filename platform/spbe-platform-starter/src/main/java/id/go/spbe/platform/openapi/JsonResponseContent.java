package id.go.spbe.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.Objects;

/**
 * Documents a handler's JSON answers as {@code application/json}. Without a {@code produces} springdoc writes
 * {@code *}{@code /*} for every answer of a handler, which tells an OPD integrator (and a code generator, and the
 * fuzzer's content-type check) nothing. The services write every object and array answer with Jackson as
 * {@code application/json}; an answer documented as a plain or binary string (file downloads, whose type is the
 * stored file's own) keeps {@code *}{@code /*} — it really can be anything.
 */
public class JsonResponseContent implements GlobalOpenApiCustomizer {

    static final String ANY = "*/*";
    static final String JSON = "application/json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(JsonResponseContent::document));
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().values().forEach(JsonResponseContent::document);
    }

    private static void document(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey(ANY) || content.containsKey(JSON)) {
            return;
        }
        MediaType any = content.get(ANY);
        if (isJsonShaped(any.getSchema())) {
            Content replaced = new Content();
            content.forEach((type, media) -> replaced.addMediaType(ANY.equals(type) ? JSON : type, media));
            response.setContent(replaced);
        }
    }

    /** An object, an array or a named schema: what Jackson writes. A string (text, binary) may be any file. */
    static boolean isJsonShaped(Schema<?> schema) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null) {
            return true;
        }
        String type = schema.getType();
        return "object".equals(type) || "array".equals(type)
                || (type == null && (schema.getProperties() != null || schema.getAdditionalProperties() != null
                        || schema.getAllOf() != null || schema.getAnyOf() != null || schema.getOneOf() != null))
                || Objects.equals(type, "integer") || Objects.equals(type, "number") || Objects.equals(type, "boolean");
    }
}
