package id.go.spbe.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers Jackson writes are documented as application/json; file downloads keep their honest any-type. */
class JsonResponseContentTest {

    @Test
    void objectAndArrayAnswersBecomeJsonWhileStringAndBinaryAnswersStayAnyType() {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/a", get(new Schema<>().$ref("#/components/schemas/Thing")))
                .addPathItem("/b", get(new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Thing"))))
                .addPathItem("/file", get(new StringSchema().format("binary")))
                .addPathItem("/text", get(new StringSchema())));

        new JsonResponseContent().customise(api);

        assertThat(content(api, "/a").keySet()).containsExactly("application/json");
        assertThat(content(api, "/b").keySet()).containsExactly("application/json");
        assertThat(content(api, "/file").keySet()).containsExactly("*/*");
        assertThat(content(api, "/text").keySet()).containsExactly("*/*");
        assertThat(content(api, "/a").get("application/json").getSchema().get$ref()).endsWith("/Thing");
    }

    @Test
    void aDeclaredMediaTypeIsLeftAlone() {
        Content declared = new Content().addMediaType("application/pdf",
                new MediaType().schema(new StringSchema().format("binary")));
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/pdf", new PathItem().get(new Operation()
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().content(declared))))));

        new JsonResponseContent().customise(api);

        assertThat(content(api, "/pdf").keySet()).containsExactly("application/pdf");
    }

    private static PathItem get(Schema<?> schema) {
        return new PathItem().get(new Operation().responses(new ApiResponses().addApiResponse("200",
                new ApiResponse().content(new Content().addMediaType("*/*", new MediaType().schema(schema))))));
    }

    private static Content content(OpenAPI api, String path) {
        return api.getPaths().get(path).getGet().getResponses().get("200").getContent();
    }
}
