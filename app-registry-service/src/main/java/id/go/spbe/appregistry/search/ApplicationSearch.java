package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Relevance-ranked search over the register. The index ranks and counts; Mongo has the last word: the page's hits are
 * re-read from Mongo through the register's own scoped query, so a stale index entry can at worst drop from a page,
 * never show an application the caller may not see or one that no longer matches the filters.
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
    private final ApplicationRegister register;
    private final DuplicateDetector duplicates;

    ApplicationSearch(ApplicationIndex index, TextQueries queries, ApplicationRegister register,
            DuplicateDetector duplicates) {
        this.index = index;
        this.queries = queries;
        this.register = register;
        this.duplicates = duplicates;
    }

    @Override
    public Page<Application> search(Caller caller, ApplicationFilter filter, String q, Pageable page) {
        String scope = filter.opd() != null ? filter.opd() : caller.regionWide() ? null : caller.opd();
        if (scope == null && !caller.regionWide()) {
            throw new AccessDeniedException("caller has no OPD");
        }
        return ranked(filter, q, scope, page, ids -> register.list(caller, filter.withIds(ids), all(ids)));
    }

    /** Search without a caller, for callers that have decided what may be shown (the public catalogue). */
    public Page<Application> searchUnscoped(ApplicationFilter filter, String q, Pageable page) {
        return ranked(filter, q, filter.opd(), page, ids -> register.find(filter.withIds(ids), all(ids)));
    }

    @Override
    public List<LikelyDuplicate> likelyDuplicatesFor(Caller caller, Application app) {
        return duplicates.likelyDuplicatesOf(app).stream()
                .map(c -> new LikelyDuplicate(caller.maySee(c.ownerOpd()) ? c.id() : null, c.name(), c.ownerOpd(),
                        c.sameOpd(), c.score(), c.reasons()))
                .toList();
    }

    private Page<Application> ranked(ApplicationFilter filter, String q, String scope, Pageable page,
            Function<List<String>, Page<Application>> authoritative) {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q paling panjang " + MAX_QUERY_LENGTH + " karakter.");
        }
        Query text = queries.forText(q);
        Hits hits = text == null ? Hits.NONE : index.search(searcher -> {
            Query query = TextQueries.filtered(text, filter, scope);
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
        // Always asked, even with no hit: it is where scope violations (403) and unknown OPDs (422) are decided.
        List<Application> current = authoritative.apply(hits.ids()).getContent();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < hits.ids().size(); i++) {
            rank.put(hits.ids().get(i), i);
        }
        List<Application> ordered = current.stream().sorted(Comparator.comparingInt(app -> rank.get(app.id())))
                .toList();
        return new PageImpl<>(ordered, page, hits.total());
    }

    private static Pageable all(List<String> ids) {
        return PageRequest.of(0, Math.max(1, ids.size()));
    }

    private record Hits(List<String> ids, long total) {
        static final Hits NONE = new Hits(List.of(), 0);
    }
}
