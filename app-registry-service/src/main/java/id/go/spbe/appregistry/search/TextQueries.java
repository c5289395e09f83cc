package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.platform.search.IndonesianText;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the user's {@code q} into a Lucene query. {@code q} is never parsed as query syntax: it is split into words
 * like any text, so quotes, brackets, {@code AND}, {@code *} or {@code :} are plain characters and cannot make a
 * search fail. Each word may match the name (weighted most), the function domains, the description or the tech
 * stack, in stemmed form, or — from three letters on — the beginning of a word of the name, for search as you type.
 * At least half of the words must match; more matching words rank higher.
 */
@Component
class TextQueries {

    private static final int MIN_PREFIX = 3;

    private final IndonesianText text;

    TextQueries(IndonesianText text) {
        this.text = text;
    }

    /** The query for {@code q}, or null when {@code q} has no searchable word (only stop words or punctuation). */
    Query forText(String q) {
        List<Query> perWord = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String word : text.terms(text.words(), q)) {
            if (!seen.add(word)) {
                continue;
            }
            List<String> stems = text.terms(text.search(), word);
            if (stems.isEmpty()) {
                continue; // a stop word
            }
            List<Query> alternatives = new ArrayList<>();
            for (String stem : stems) {
                alternatives.add(new BoostQuery(new TermQuery(new Term(ApplicationIndex.NAME, stem)), 3f));
                alternatives.add(new BoostQuery(new TermQuery(new Term(ApplicationIndex.DOMAIN_LABEL, stem)), 1.5f));
                alternatives.add(new TermQuery(new Term(ApplicationIndex.DESCRIPTION, stem)));
                alternatives.add(new TermQuery(new Term(ApplicationIndex.TECH_STACK, stem)));
            }
            if (word.length() >= MIN_PREFIX) {
                alternatives.add(new PrefixQuery(new Term(ApplicationIndex.NAME_WORDS, word)));
            }
            perWord.add(new DisjunctionMaxQuery(alternatives, 0.1f));
        }
        if (perWord.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        perWord.forEach(clause -> query.add(clause, Occur.SHOULD));
        query.setMinimumNumberShouldMatch((perWord.size() + 1) / 2);
        return query.build();
    }

    /** {@code textQuery} restricted by the list filters (an opd of null means every OPD). */
    static Query filtered(Query textQuery, ApplicationFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
        exactly(query, ApplicationIndex.OWNER_OPD, filter.opd());
        exactly(query, ApplicationIndex.CLASS, filter.applicationClass());
        exactly(query, ApplicationIndex.STATUS, filter.status());
        exactly(query, ApplicationIndex.STAGE, filter.stage());
        exactly(query, ApplicationIndex.FUNCTION_DOMAIN, filter.functionDomain());
        exactly(query, ApplicationIndex.SERVICE_TYPE, filter.serviceType());
        return query.build();
    }

    private static void exactly(BooleanQuery.Builder query, String field, Object value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value.toString())), Occur.FILTER);
        }
    }
}
