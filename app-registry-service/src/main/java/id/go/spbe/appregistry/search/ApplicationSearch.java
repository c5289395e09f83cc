package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRecords;
import id.go.spbe.appregistry.application.ApplicationTextSearch;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Relevance-ranked search over the register. The index ranks and counts; Mongo has the last word: the page's hits are
 * re-read from Mongo by id and checked again against the OPD scope and the filters, so a stale index entry can at
 * worst drop from a page, never show an application the caller may not see or one that no longer matches.
 * <p>
 * Ranking is by relevance, ties by id (stable pages); a {@code sort} parameter is validated but does not apply to a
 * text search.
 */
@Service
public class ApplicationSearch implements ApplicationTextSearch {

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(ApplicationIndex.ID_ORDER, SortField.Type.STRING));

    private final ApplicationIndex index;
    private final TextQueries queries;
    private final ApplicationRecords applications;
    private final ApplicationRegister register;
    private final DuplicateDetector duplicates;

    ApplicationSearch(ApplicationIndex index, TextQueries queries, ApplicationRecords applications,
            ApplicationRegister register, DuplicateDetector duplicates) {
        this.index = index;
        this.queries = queries;
        this.applications = applications;
        this.register = register;
        this.duplicates = duplicates;
    }

    @Override
    public Page<Application> search(Caller caller, ApplicationFilter filter, String q, Pageable page) {
        return ranked(filter.withOpd(register.scopeFor(caller, filter.opd())), q, page);
    }

    /** Search without a caller, for callers that have decided what may be shown (the public catalogue). */
    public Page<Application> searchUnscoped(ApplicationFilter filter, String q, Pageable page) {
        return ranked(filter, q, page);
    }

    @Override
    public List<LikelyDuplicate> likelyDuplicatesFor(Caller caller, Application app) {
        return duplicates.likelyDuplicatesOf(app).stream()
                .map(c -> new LikelyDuplicate(caller.maySee(c.ownerOpd()) ? c.id() : null, c.name(), c.ownerOpd(),
                        c.sameOpd(), c.score(), c.reasons()))
                .toList();
    }

    private Page<Application> ranked(ApplicationFilter filter, String q, Pageable page) {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q paling panjang " + MAX_QUERY_LENGTH + " karakter.");
        }
        Query text = queries.forText(q);
        Hits hits = text == null ? Hits.NONE : index.search(searcher -> {
            Query query = TextQueries.filtered(text, filter);
            int total = searcher.count(query);
            if (page.getOffset() >= total) {
                return new Hits(List.of(), total);
            }
            int upTo = (int) Math.min(total, page.getOffset() + page.getPageSize());
            TopDocs top = searcher.search(query, upTo, BY_RELEVANCE, false);
            List<String> ids = new ArrayList<>();
            for (int i = (int) page.getOffset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                ids.add(searcher.storedFields().document(hit.doc).get(ApplicationIndex.ID));
            }
            return new Hits(ids, total);
        });
        // By id (the wire server answers an _id $in from its index), then the filter checked on the current state.
        Map<String, Application> current = new HashMap<>();
        applications.findAllById(hits.ids()).forEach(app -> {
            if (CurrentFilter.matches(filter, app)) {
                current.put(app.id(), app);
            }
        });
        List<Application> ordered = hits.ids().stream().map(current::get).filter(Objects::nonNull).toList();
        return new PageImpl<>(ordered, page, hits.total());
    }

    private record Hits(List<String> ids, long total) {
        static final Hits NONE = new Hits(List.of(), 0);
    }
}
