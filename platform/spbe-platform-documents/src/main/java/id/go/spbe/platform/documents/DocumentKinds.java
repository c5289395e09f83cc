package id.go.spbe.platform.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of documents a service takes and the media types each accepts, e.g. {@code LAN_DIAGRAM → [pdf, png]}.
 * A type is matched exactly, or by its top-level type with a {@code type/*} pattern ({@code audio/*}). Macro-enabled
 * Office files, executables and other active content are refused whatever is configured. Declare a bean, or set
 * {@code spbe.documents.kinds.<KIND>=type,type}.
 */
public final class DocumentKinds {

    private final Map<String, List<String>> accepted;

    private DocumentKinds(Map<String, List<String>> accepted) {
        this.accepted = Map.copyOf(accepted);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** From configuration; names are kept as written. */
    public static DocumentKinds of(Map<String, List<String>> accepted) {
        Builder builder = builder();
        accepted.forEach(builder::kind);
        return builder.build();
    }

    /** The configured kinds, upper case. */
    public Set<String> kinds() {
        return accepted.keySet();
    }

    /** The types {@code kind} accepts, for messages and API descriptions; empty for an unknown kind. */
    public List<String> accepted(String kind) {
        return kind == null ? List.of() : accepted.getOrDefault(normalised(kind), List.of());
    }

    /** Kind names compare ignoring case and {@code -}/{@code _}, as configuration keys are relaxed. */
    static String normalised(String kind) {
        return kind.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    public boolean accepts(String kind, String mediaType) {
        if (DocumentFormats.ACTIVE_CONTENT.contains(mediaType)) {
            return false;
        }
        String topLevel = mediaType.substring(0, Math.max(0, mediaType.indexOf('/')));
        return accepted(kind).stream().anyMatch(pattern -> pattern.equals(mediaType)
                || pattern.endsWith("/*") && pattern.substring(0, pattern.length() - 2).equals(topLevel));
    }

    /** Collects kinds in declaration order. */
    public static final class Builder {

        private final Map<String, List<String>> accepted = new LinkedHashMap<>();

        private Builder() {
        }

        /** {@code kind} accepts the union of {@code types} (groups from {@link DocumentFormats} or single types). */
        @SafeVarargs
        public final Builder kind(String kind, List<String>... types) {
            return kind(kind, DocumentFormats.concat(types));
        }

        public Builder kind(String kind, List<String> types) {
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("a document kind needs a name");
            }
            List<String> refused = types.stream().filter(DocumentFormats.ACTIVE_CONTENT::contains).toList();
            if (!refused.isEmpty()) {
                throw new IllegalArgumentException("document kind " + kind + " may not accept active content "
                        + refused);
            }
            accepted.put(normalised(kind), List.copyOf(types));
            return this;
        }

        public DocumentKinds build() {
            return new DocumentKinds(accepted);
        }
    }
}
