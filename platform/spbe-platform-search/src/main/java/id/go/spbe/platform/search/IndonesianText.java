package id.go.spbe.platform.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How Indonesian names and descriptions become terms. The chain is {@link IndonesianAnalyzer}'s — standard tokenizer,
 * lower case, its stop words, the Tala stemmer ({@link IndonesianStemFilter}) — with a lexicon in front of the
 * stemmer (see {@code spbe/search/leksikon-id.txt}: roots the stemmer gets wrong, acronyms and synonyms), so that
 * "pengelolaan" and "kelola", "kepegawaian", "pegawai" and "SIMPEG" meet on one term.
 * <ul>
 *   <li>{@link #search()} indexes and analyses {@code q};</li>
 *   <li>{@link #signals()} is the same minus words every government application name carries ("sistem informasi",
 *       "aplikasi", "layanan", see {@code spbe/search/kata-umum.txt}), for duplicate detection (G5);</li>
 *   <li>{@link #words()} only splits and lower-cases, for prefix matching while the user types.</li>
 * </ul>
 */
public class IndonesianText {

    /** Unicode word rules keep "a:b" as one word (a Swedish convention); here a colon separates words. */
    private static final NormalizeCharMap SEPARATORS;

    static {
        NormalizeCharMap.Builder separators = new NormalizeCharMap.Builder();
        separators.add(":", " ");
        SEPARATORS = separators.build();
    }

    private final CharArraySet stopWords = IndonesianAnalyzer.getDefaultStopSet();
    private final StemmerOverrideMap lexicon;
    private final Analyzer search;
    private final Analyzer signals;
    private final Analyzer words;

    public IndonesianText() {
        this.lexicon = loadLexicon();
        this.search = chain(null);
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(SEPARATORS, reader);
            }
        };
        CharArraySet generic = new CharArraySet(64, false);
        readLines("spbe/search/kata-umum.txt", line -> generic.addAll(terms(search, line)));
        this.signals = chain(generic);
    }

    public Analyzer search() {
        return search;
    }

    public Analyzer signals() {
        return signals;
    }

    public Analyzer words() {
        return words;
    }

    /** The terms {@code analyzer} makes of {@code text}, in order, repeats kept. */
    public List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        tokens(analyzer, text, (term, word) -> terms.add(term));
        return terms;
    }

    /** Calls {@code sink} with each term and the word of {@code text} it came from (to explain a match). */
    public void tokens(Analyzer analyzer, String text, TermSink sink) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
    }

    /** Receives one analysed term and its source word. */
    @FunctionalInterface
    public interface TermSink {
        void accept(String term, String word);
    }

    private Analyzer chain(CharArraySet genericTerms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stopWords);
                stream = new StemmerOverrideFilter(stream, lexicon); // marks lexicon roots as keywords: not stemmed
                stream = new IndonesianStemFilter(stream);
                if (genericTerms != null) {
                    stream = new StopFilter(stream, genericTerms);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(SEPARATORS, reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static StemmerOverrideMap loadLexicon() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        readLines("spbe/search/leksikon-id.txt", line -> {
            String[] sides = line.split("=>");
            if (sides.length != 2) {
                throw new IllegalStateException("bad lexicon line: " + line);
            }
            String root = sides[1].trim();
            for (String word : sides[0].split(",")) {
                builder.add(word.trim(), root);
            }
            builder.add(root, root);
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readLines(String resource, Consumer<String> line) {
        InputStream in = IndonesianText.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
