package id.go.spbe.platform.text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads every JSON string of a request body like Jackson's own deserializer, then applies {@link SafeText} (multi-line
 * policy). Registered for {@code String}, it also covers strings in lists, arrays and map values, so no field of any
 * service can forget the rule.
 */
public class SafeTextDeserializer extends StringDeserializer {

    /** A module that installs the deserializer; added only to the mapper that reads HTTP request bodies. */
    public static SimpleModule module() {
        return new SimpleModule("spbe-safe-text").addDeserializer(String.class, new SafeTextDeserializer());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String value = super.deserialize(parser, context);
        if (value != null) {
            int refused = SafeText.firstRefused(value, true);
            if (refused >= 0) {
                throw new UnsafeTextException(parser, SafeText.message(value, refused));
            }
        }
        return value;
    }
}
