package id.go.spbe.servicedesk.knowledge;

import id.go.spbe.platform.search.IndonesianText;
import id.go.spbe.servicedesk.knowledge.domain.ArticleStatus;
import id.go.spbe.servicedesk.knowledge.domain.KnowledgeArticle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Search in Bahasa Indonesia (S7) without a separate index: every article stores the analysed terms of its current
 * version ({@link IndonesianText#search()}: stop words out, Tala stemmer with the platform's lexicon, so
 * "pengelolaan" and "kelola" meet). A query is analysed the same way; MongoDB finds the articles sharing a term
 * ({@code $in} on the term arrays), and they are ranked here by overlap: a query term in the title counts
 * {@value #TITLE_WEIGHT}, in the body 1. The store stays the only truth, so nothing needs rebuilding at start or
 * after a restore.
 */
@Component
class KnowledgeSearch {

    static final int TITLE_WEIGHT = 3;

    private final IndonesianText text;
    private final MongoTemplate mongo;

    KnowledgeSearch(IndonesianText text, MongoTemplate mongo) {
        this.text = text;
        this.mongo = mongo;
    }

    /** Writes the current version's terms into the article before it is saved. */
    void index(KnowledgeArticle article) {
        article.index(terms(article.current().title()), terms(article.current().body()));
    }

    Set<String> terms(String input) {
        return new LinkedHashSet<>(text.terms(text.search(), input));
    }

    /** Articles in {@code statuses} sharing a term with {@code query}, best first (ties: most recently updated). */
    List<RankedArticle> rank(String query, Collection<ArticleStatus> statuses, Criteria extra) {
        Set<String> q = terms(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Criteria criteria = new Criteria().andOperator(Criteria.where("status").in(statuses),
                new Criteria().orOperator(Criteria.where("titleTerms").in(q), Criteria.where("bodyTerms").in(q)),
                extra == null ? new Criteria() : extra);
        return mongo.find(Query.query(criteria), KnowledgeArticle.class).stream()
                .map(a -> new RankedArticle(a, score(q, a)))
                .sorted(Comparator.comparingInt(RankedArticle::score).reversed()
                        .thenComparing(r -> r.article().updatedAt(), Comparator.reverseOrder()))
                .toList();
    }

    private static int score(Set<String> query, KnowledgeArticle article) {
        int score = 0;
        for (String term : query) {
            if (article.titleTerms().contains(term)) {
                score += TITLE_WEIGHT;
            }
            if (article.bodyTerms().contains(term)) {
                score += 1;
            }
        }
        return score;
    }
}
