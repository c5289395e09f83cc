package id.go.spbe.appregistry.transfer;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reading untrusted YAML safely and writing publiccode.yml. Reading uses SnakeYAML's safe constructor (no custom
 * types), refuses duplicate keys, and limits aliases (billion-laughs bombs), nesting depth and size. Dates are left
 * as text, as in YAML 1.2, which the standard asks for: {@code releaseDate: 2025-01-01} is the string the standard
 * means, while {@code publiccodeYmlVersion: 0.4} stays a number and is reported as such.
 */
final class PubliccodeYaml {

    static final int MAX_ALIASES = 10;
    static final int MAX_DEPTH = 20;

    private PubliccodeYaml() {
    }

    static Object load(byte[] content) {
        String text = utf8(content);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(1, text.length() + 1));
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TextDatesResolver());
        try {
            Object document = yaml.load(text);
            if (document == null) {
                throw invalid("Dokumen kosong.");
            }
            return document;
        } catch (YAMLException e) {
            throw invalid(describe(e));
        } catch (StackOverflowError e) {
            throw invalid("Struktur YAML terlalu dalam.");
        }
    }

    /** A publiccode.yml document with comment lines above it; strings over several lines as literal blocks. */
    static String dump(Map<String, Object> document, List<String> comments) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        StringBuilder out = new StringBuilder();
        comments.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(new Yaml(new LiteralBlocks(options), options).dump(document));
        return out.toString();
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw invalid("publiccode.yml harus berenkode UTF-8.");
        }
    }

    private static String describe(YAMLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("aliases")) {
            return "Terlalu banyak alias YAML (paling banyak " + MAX_ALIASES + "); dokumen ditolak untuk mencegah "
                    + "ledakan memori.";
        }
        if (message.contains("Nesting Depth")) {
            return "Struktur YAML terlalu dalam (paling banyak " + MAX_DEPTH + " tingkat).";
        }
        if (message.contains("code points")) {
            return "Dokumen YAML terlalu besar.";
        }
        if (e instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark();
            String where = mark == null ? "" : " (baris " + (mark.getLine() + 1) + ", kolom " + (mark.getColumn() + 1)
                    + ")";
            return "YAML tidak sah" + where + ": " + marked.getProblem();
        }
        return "YAML tidak sah: " + message.lines().findFirst().orElse("");
    }

    private static PubliccodeInvalidException invalid(String message) {
        return new PubliccodeInvalidException(List.of(new PubliccodeIssue("$", message)));
    }

    /** SnakeYAML's YAML 1.1 resolver without timestamps. */
    private static final class TextDatesResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            // INT before FLOAT: the float pattern also matches integers.
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    /**
     * Every string as a plain {@code str} scalar — never SnakeYAML's {@code !!binary}, which it picks for text with
     * characters YAML cannot print (issue 7 defect 16) — with such characters stripped as a last guard; multi-line
     * text as {@code |} blocks, which people can read and edit, instead of escaped one-liners.
     */
    private static final class LiteralBlocks extends Representer {

        LiteralBlocks(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                if (!StreamReader.isPrintable(text) || PubliccodeText.firstUnsafe(text) != null) {
                    text = PubliccodeText.strip(text);
                }
                return text.indexOf('\n') >= 0 ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL)
                        : representScalar(Tag.STR, text);
            });
        }
    }
}
