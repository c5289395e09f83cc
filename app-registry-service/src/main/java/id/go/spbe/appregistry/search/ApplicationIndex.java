package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.platform.search.IndonesianText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The in-process Lucene index of applications (the Mongo wire server has no {@code $text}). It lives in memory
 * ({@link ByteBuffersDirectory}): it is a cache of Mongo that every replica rebuilds in seconds at start-up, so it
 * needs no volume (pods run with a read-only root file system) and no cross-replica locking; each replica keeps its
 * own and converges through the periodic catch-up ({@link IndexMaintenance}).
 * <p>
 * Writes carry the aggregate's version and an older version never replaces a newer one, so the save hook, the
 * start-up rebuild and the catch-up may race freely. {@link #refresh()} makes written documents visible to searches.
 */
@Component
public class ApplicationIndex implements DisposableBean {

    static final String ID = "id";
    static final String ID_ORDER = "idOrder";
    static final String OWNER_OPD = "ownerOpd";
    static final String STATUS = "status";
    static final String CLASS = "applicationClass";
    static final String STAGE = "stage";
    static final String SERVICE_TYPE = "serviceType";
    static final String FUNCTION_DOMAIN = "functionDomain";
    static final String NAME = "name";
    static final String NAME_WORDS = "nameWords";
    static final String DESCRIPTION = "description";
    static final String DOMAIN_LABEL = "domainLabel";
    static final String TECH_STACK = "techStack";
    /** Name and description together, for likeness across the two (one app's name in another's description). */
    static final String CONTENT = "content";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    public ApplicationIndex(IndonesianText text) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(text.search(), Map.of(NAME_WORDS, text.words()));
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces the application's document unless the index already holds this or a newer version.
     *
     * @return whether the document was written
     */
    boolean put(IndexedApplication app) {
        boolean[] written = {false};
        versions.compute(app.id(), (id, known) -> {
            if (known != null && known >= app.version()) {
                return known;
            }
            try {
                writer.updateDocument(new Term(ID, id), document(app));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written[0] = true;
            return app.version();
        });
        return written[0];
    }

    /** Makes every write so far visible to searches; returns when it is. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} on the current point-in-time view of the index. */
    <T> T search(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of applications indexed (visible to searches). */
    int size() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Memory held by the index files (the writer's buffer not counted); an estimate while merges run. */
    long sizeInBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += lengthOrZero(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // listing an in-memory directory does no I/O
        }
    }

    private long lengthOrZero(String file) {
        try {
            return directory.fileLength(file);
        } catch (IOException e) {
            return 0; // deleted by a merge since it was listed: no longer held
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private static Document document(IndexedApplication app) {
        Document doc = new Document();
        doc.add(new StringField(ID, app.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID_ORDER, new BytesRef(app.id())));
        keyword(doc, OWNER_OPD, app.ownerOpd());
        keyword(doc, STATUS, app.status());
        keyword(doc, CLASS, app.applicationClass());
        keyword(doc, STAGE, app.stage());
        keyword(doc, SERVICE_TYPE, app.serviceType());
        app.functionDomains().forEach(domain -> keyword(doc, FUNCTION_DOMAIN, domain));
        text(doc, NAME, app.name());
        text(doc, NAME_WORDS, app.name());
        text(doc, DESCRIPTION, app.description());
        text(doc, CONTENT, join(app.name(), app.description()));
        text(doc, DOMAIN_LABEL, app.functionDomains().stream().map(FunctionDomain::label)
                .collect(Collectors.joining(" ")));
        text(doc, TECH_STACK, String.join(" ", app.techStack()));
        return doc;
    }

    static String join(String name, String description) {
        return description == null ? name : name + "\n" + description;
    }

    private static void keyword(Document doc, String field, Object value) {
        if (value != null) {
            doc.add(new StringField(field, value.toString(), Field.Store.NO));
        }
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
