package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.Opd;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

import java.util.List;
import java.util.regex.Pattern;

/** {@link OpdSearch} with plain criteria: no {@code $text} index, so it runs on every MongoDB and the test server. */
class OpdSearchImpl implements OpdSearch {

    private final MongoTemplate mongo;

    OpdSearchImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Opd> search(OpdFilter filter, Pageable page) {
        Query query = new Query();
        if (filter.parent() != null) {
            query.addCriteria(Criteria.where("parentCode").is(filter.parent()));
        }
        if (filter.mandiriTik() != null) {
            query.addCriteria(Criteria.where("mandiriTik").is(filter.mandiriTik()));
        }
        if (filter.active() != null) {
            query.addCriteria(Criteria.where("active").is(filter.active()));
        }
        if (filter.text() != null) {
            Pattern contains = Pattern.compile(literal(filter.text()), Pattern.CASE_INSENSITIVE);
            query.addCriteria(new Criteria().orOperator(Criteria.where("code").regex(contains),
                    Criteria.where("name").regex(contains)));
        }
        long total = mongo.count(Query.of(query), Opd.class);
        List<Opd> items = mongo.find(Query.of(query).with(oneOrderForTheId(page)), Opd.class);
        return PageableExecutionUtils.getPage(items, page, () -> total);
    }

    /**
     * {@code code} is the document id, but the paging helper appends {@code _id} as tie-breaker when sorting by
     * {@code code}; both map to the same key and the appended ascending order would silently win over
     * {@code code,desc}. The id is unique, so sorting by {@code code} alone is already stable.
     */
    private static Pageable oneOrderForTheId(Pageable page) {
        Sort sort = page.getSort();
        if (sort.getOrderFor("code") == null) {
            return page;
        }
        Sort withoutTieBreaker = Sort.by(sort.stream().filter(order -> !order.getProperty().equals("_id")).toList());
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), withoutTieBreaker);
    }

    /** Escapes regex metacharacters one by one; {@code \Q…\E} is not understood by every server. */
    private static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
