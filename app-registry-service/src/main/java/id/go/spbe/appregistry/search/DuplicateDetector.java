package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationRecords;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.platform.search.IndonesianText;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds registered applications whose function likely overlaps a given one (G5: no duplicated applications between
 * OPD; A12: the function domain is part of the evidence).
 * <p>
 * Two steps. <b>Recall</b>: a More-Like-This query built from the application's name (boosted) and its name plus
 * description, analysed in Indonesian without the words every government application carries ("sistem informasi",
 * "aplikasi"...), picks the nearest applications from the index. <b>Score</b>: each of those, re-read from Mongo, gets
 * a similarity on a fixed 0..1 scale — IDF-weighted cosine of the name terms (weight 0.6) and of name plus description
 * (0.4), plus up to 0.25 for shared function domains when the texts share anything at all (a shared domain alone is
 * not a duplicate: a region has many staffing applications). Decommissioned and rejected applications and the
 * application itself are left out; same-OPD candidates are kept and marked.
 */
@Component
public class DuplicateDetector {

    static final double NAME_WEIGHT = 0.6;
    static final double TEXT_WEIGHT = 0.4;
    static final double DOMAIN_BONUS = 0.25;
    /** Part-similarities from which a reason is given. */
    private static final double REASON_THRESHOLD = 0.2;
    private static final Set<ApplicationStatus> NOT_CANDIDATES =
            EnumSet.of(ApplicationStatus.DECOMMISSIONED, ApplicationStatus.REJECTED);

    private final ApplicationIndex index;
    private final IndonesianText text;
    private final ApplicationRecords applications;
    private final DuplicateProperties properties;

    DuplicateDetector(ApplicationIndex index, IndonesianText text, ApplicationRecords applications,
            DuplicateProperties properties) {
        this.index = index;
        this.text = text;
        this.applications = applications;
        this.properties = properties;
    }

    /** Likely duplicates of {@code app} with a score of at least the configured minimum, best first, at most the limit. */
    public List<DuplicateCandidate> likelyDuplicatesOf(Application app) {
        return likelyDuplicatesOf(new Screened(app.id(), app.name(), app.description(), app.functionDomains(),
                app.ownerOpd()));
    }

    /**
     * Likely duplicates of an application not registered yet (the form being filled in), screened exactly as a
     * registration is; {@code ownerOpd} only decides which candidates are marked sameOpd.
     */
    public List<DuplicateCandidate> likelyDuplicatesOfDraft(String name, String description,
            Set<FunctionDomain> functionDomains, String ownerOpd) {
        return likelyDuplicatesOf(new Screened(null, name, description,
                functionDomains == null ? Set.of() : functionDomains, ownerOpd));
    }

    private List<DuplicateCandidate> likelyDuplicatesOf(Screened app) {
        return index.search(searcher -> {
            List<String> nearest = nearest(searcher, app);
            if (nearest.isEmpty()) {
                return List.of();
            }
            Weights weights = new Weights(searcher.getIndexReader());
            Profile source = profile(app, weights);
            List<DuplicateCandidate> found = new ArrayList<>();
            for (Application candidate : applications.findAllById(nearest)) {
                if (candidate.id().equals(app.id()) || NOT_CANDIDATES.contains(candidate.status())) {
                    continue;
                }
                DuplicateCandidate scored = compare(app, source, candidate, profile(candidate, weights));
                if (scored.score() >= properties.minScore()) {
                    found.add(scored);
                }
            }
            return found.stream()
                    .sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                            .thenComparing(DuplicateCandidate::id))
                    .limit(properties.limit())
                    .toList();
        });
    }

    private List<String> nearest(IndexSearcher searcher, Screened app) throws IOException {
        String content = ApplicationIndex.join(app.name(), app.description());
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        like.add(new BoostQuery(moreLikeThis(searcher.getIndexReader(), ApplicationIndex.NAME, app.name()), 2f),
                Occur.SHOULD);
        like.add(moreLikeThis(searcher.getIndexReader(), ApplicationIndex.CONTENT, content), Occur.SHOULD);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(like.build(), Occur.MUST);
        if (app.id() != null) {
            query.add(new TermQuery(new Term(ApplicationIndex.ID, app.id())), Occur.MUST_NOT);
        }
        NOT_CANDIDATES.forEach(status ->
                query.add(new TermQuery(new Term(ApplicationIndex.STATUS, status.name())), Occur.MUST_NOT));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), properties.candidates()).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(ApplicationIndex.ID));
        }
        return ids;
    }

    private Query moreLikeThis(IndexReader reader, String field, String value) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(text.signals());
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(25);
        mlt.setBoost(true);
        return mlt.like(field, new StringReader(value == null ? "" : value));
    }

    private DuplicateCandidate compare(Screened app, Profile source, Application candidate, Profile other) {
        double nameSimilarity = source.name().cosine(other.name());
        double textSimilarity = source.content().cosine(other.content());
        double textual = NAME_WEIGHT * nameSimilarity + TEXT_WEIGHT * textSimilarity;
        Set<FunctionDomain> shared = EnumSet.noneOf(FunctionDomain.class);
        if (!app.functionDomains().isEmpty() && !candidate.functionDomains().isEmpty()) {
            shared.addAll(app.functionDomains());
            shared.retainAll(candidate.functionDomains());
        }
        double domainBonus = 0;
        if (textual > 0 && !shared.isEmpty()) {
            Set<FunctionDomain> union = EnumSet.copyOf(app.functionDomains());
            union.addAll(candidate.functionDomains());
            domainBonus = DOMAIN_BONUS * shared.size() / union.size();
        }
        double score = Math.min(1.0, textual + domainBonus);

        List<String> reasons = new ArrayList<>();
        if (nameSimilarity >= REASON_THRESHOLD) {
            reasons.add("nama mirip: " + String.join(", ", other.name().sharedWords(source.name())));
        }
        if (textSimilarity >= REASON_THRESHOLD && app.description() != null && candidate.description() != null) {
            reasons.add("deskripsi mirip: " + String.join(", ", other.content().sharedContentWords(source.content())));
        }
        shared.forEach(domain -> reasons.add("bidang sama: " + domain.name()));
        return new DuplicateCandidate(candidate.id(), candidate.name(), candidate.ownerOpd(), candidate.status(),
                candidate.ownerOpd().equals(app.ownerOpd()), Math.round(score * 1000) / 1000.0, reasons);
    }

    private Profile profile(Screened app, Weights weights) {
        return profile(app.name(), app.description(), weights);
    }

    private Profile profile(Application app, Weights weights) {
        return profile(app.name(), app.description(), weights);
    }

    private Profile profile(String name, String description, Weights weights) {
        return new Profile(vector(name, weights), vector(ApplicationIndex.join(name, description), weights));
    }

    private TermVector vector(String value, Weights weights) {
        Map<String, Double> counts = new HashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        text.tokens(text.signals(), value, (term, word) -> {
            counts.merge(term, 1.0, Double::sum);
            words.putIfAbsent(term, word.toLowerCase());
        });
        Map<String, Double> weighted = new HashMap<>();
        counts.forEach((term, count) -> weighted.put(term, (1 + Math.log(count)) * weights.idf(term)));
        return new TermVector(weighted, words);
    }

    /** Inverse document frequency of terms over name plus description, as the index currently knows them. */
    private static final class Weights {
        private final IndexReader reader;
        private final Map<String, Double> cache = new HashMap<>();

        Weights(IndexReader reader) {
            this.reader = reader;
        }

        double idf(String term) {
            return cache.computeIfAbsent(term, t -> {
                try {
                    int df = reader.docFreq(new Term(ApplicationIndex.CONTENT, t));
                    int n = Math.max(reader.numDocs(), 1);
                    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record Profile(TermVector name, TermVector content) {
    }

    /** What screening reads of an application: a registered one, or a form not registered yet (id null). */
    private record Screened(String id, String name, String description, Set<FunctionDomain> functionDomains,
            String ownerOpd) {
    }

    /** Term weights of one text plus the word each term first came from. */
    private record TermVector(Map<String, Double> weights, Map<String, String> words) {

        double cosine(TermVector other) {
            double dot = 0;
            for (Map.Entry<String, Double> entry : weights.entrySet()) {
                dot += entry.getValue() * other.weights.getOrDefault(entry.getKey(), 0.0);
            }
            double norm = norm() * other.norm();
            return norm == 0 ? 0 : Math.min(1.0, dot / norm);
        }

        private double norm() {
            return Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        }

        /** This text's words whose terms {@code other} shares, most telling first. */
        List<String> sharedWords(TermVector other) {
            Set<String> shared = new LinkedHashSet<>();
            words.keySet().stream().filter(other.weights::containsKey)
                    .sorted(Comparator.comparingDouble((String term) -> -weights.get(term)))
                    .forEach(term -> shared.add(words.get(term)));
            return List.copyOf(shared);
        }

        List<String> sharedContentWords(TermVector other) {
            return sharedWords(other).stream().limit(5).toList();
        }
    }
}
