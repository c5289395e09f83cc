package id.go.spbe.platform.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holds a character {@link SafeText} refuses. It is a Jackson input mismatch, so Jackson adds the path
 * of the field on its way out and the platform's problem advice answers 400 naming the field as a JSON pointer.
 */
public class UnsafeTextException extends MismatchedInputException {

    public UnsafeTextException(JsonParser parser, String message) {
        super(parser, message, String.class);
    }
}
