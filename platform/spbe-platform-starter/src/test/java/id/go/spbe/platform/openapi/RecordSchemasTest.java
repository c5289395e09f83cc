package id.go.spbe.platform.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 7, defect 13: record schemas publish their real nullability and limits, and names never clash silently. */
class RecordSchemasTest {

    static final class Applications {
        record Reason(@NotBlank @Size(max = 4000) String reason) {
        }
    }

    static final class Subdomains {
        record Reason(@NotBlank @Size(max = 1000) String reason) {
        }
    }

    record Licence(String kind, @Nullable String spdxId) {
    }

    record Form(@NotBlank @Size(max = 200) String name, @Nullable String description, @Nullable Licence licence,
            boolean dinas) {
    }

    @Test
    void nullableComponentsAreOptionalTheOthersRequiredAndNotBlankIsAtLeastOneCharacter() {
        RecordSchemas recordSchemas = new RecordSchemas();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(recordSchemas);
        Map<String, Schema> schemas = converters.readAll(Form.class);
        Schema<?> form = schemas.get("Form");
        assertThat(form.getRequired()).containsExactlyInAnyOrder("name", "dinas");
        Schema<?> name = (Schema<?>) form.getProperties().get("name");
        assertThat(name.getMinLength()).isEqualTo(1);
        assertThat(name.getMaxLength()).isEqualTo(200);
        assertThat(((Schema<?>) form.getProperties().get("description")).getNullable()).isTrue();
        Schema<?> licence = (Schema<?>) form.getProperties().get("licence");
        assertThat(licence.getAnyOf()).as("a nullable reference: the reference or null").hasSize(2);
        assertThat(licence.getAnyOf().get(0).get$ref()).endsWith("/Licence");
        assertThat(licence.getAnyOf().get(1).getNullable()).isTrue();
        assertThat(schemas.get("Licence").getRequired()).containsExactly("kind");
    }

    @Test
    void twoClassesPublishingTheSameSchemaNameFailTheDocument() {
        RecordSchemas recordSchemas = new RecordSchemas();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(recordSchemas);
        converters.readAll(Applications.Reason.class);
        assertThatCode(() -> recordSchemas.uniqueNames().customise(new OpenAPI())).doesNotThrowAnyException();
        converters.readAll(Subdomains.Reason.class);
        assertThatThrownBy(() -> recordSchemas.uniqueNames().customise(new OpenAPI()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Applications$Reason").hasMessageContaining("Subdomains$Reason");
    }
}
