package id.go.spbe.platform.problem;

import id.go.spbe.platform.problem.ProblemDetailsAdvice.FieldViolation;
import id.go.spbe.platform.text.UnsafeTextException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.List;

/** Field paths of request bodies as RFC 6901 JSON pointers, and Jackson's binding failures as field violations. */
final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code contact.email} → {@code /contact/email}, {@code items[0].name} → {@code /items/0/name}. */
    static String fromPath(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!segment.isEmpty()) {
                pointer.append('/').append(escape(segment));
            }
        }
        return pointer.toString();
    }

    /**
     * The field violation behind an unreadable body, or {@code null} when the body is not JSON at all (or Jackson
     * cannot say where it failed).
     */
    static FieldViolation violationOf(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException jackson) || cause instanceof StreamReadException
                || jackson.getPath().isEmpty()) {
            return null;
        }
        StringBuilder pointer = new StringBuilder();
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(escape(reference.getPropertyName()));
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return new FieldViolation(field.toString(), messageFor(jackson), null, pointer.toString());
    }

    private static String messageFor(JacksonException ex) {
        if (ex instanceof UnsafeTextException) {
            return ex.getOriginalMessage();
        }
        if (ex instanceof UnrecognizedPropertyException) {
            return "Field ini tidak dikenal.";
        }
        String original = String.valueOf(ex.getOriginalMessage());
        if (ex instanceof InvalidNullException || original.startsWith("Cannot map `null`")) {
            return "Wajib diisi dan tidak boleh null.";
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Tipe data tidak sesuai; seharusnya " + describe(mismatch.getTargetType()) + ".";
        }
        if (ex instanceof InvalidFormatException) {
            return "Nilai tidak sesuai format yang diharapkan.";
        }
        return "Nilai tidak dapat dibaca.";
    }

    private static String describe(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true/false)";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "angka";
        }
        if (type == String.class || type == Character.class) {
            return "teks";
        }
        if (type.isEnum()) {
            return "salah satu dari " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "daftar (array)";
        }
        if (type.getName().startsWith("java.time.")) {
            return "tanggal/waktu ISO-8601";
        }
        return "objek";
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
