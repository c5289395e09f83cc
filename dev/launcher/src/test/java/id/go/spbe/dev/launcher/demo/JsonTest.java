package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedBodiesEscapingTextAndLeavingOutNullFields() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "SMS \"Gateway\"\n\\ é");
        body.put("url", null);
        body.put("userOpds", List.of("DINKES"));
        body.put("licence", Map.of("kind", "OPEN_SOURCE"));
        body.put("passed", true);
        body.put("n", 3);
        assertThat(Json.write(body)).isEqualTo("{\"name\":\"SMS \\\"Gateway\\\"\\n\\\\ é\",\"userOpds\":[\"DINKES\"],"
                + "\"licence\":{\"kind\":\"OPEN_SOURCE\"},\"passed\":true,\"n\":3}");
    }

    @Test
    void readsWhatItWritesAndAProblemDocument() {
        Object back = Json.parse(Json.write(Map.of("a", List.of("x\ty", 1, false), "b", Map.of())));
        assertThat(back).isEqualTo(Map.of("a", List.of("x\ty", new BigDecimal("1"), false), "b", Map.of()));

        @SuppressWarnings("unchecked")
        Map<String, Object> problem = (Map<String, Object>) Json.parse("""
                { "type": "https://spbe.go.id/problems/rule-violation", "title": "Rule violated", "status": 422,
                  "detail": "Jenis layanan aplikasi (serviceType) wajib diisi sebelum diajukan.",
                  "obligation": "A11", "instance": null, "u": "\\u00e9" }""");
        assertThat(problem).containsEntry("obligation", "A11").containsEntry("status", new BigDecimal("422"))
                .containsEntry("u", "é").containsEntry("instance", null);
    }

    @Test
    void refusesMalformedText() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[1] 2")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> Json.parse("<html>")).isInstanceOf(IllegalArgumentException.class);
    }
}
