package id.go.spbe.servicedesk.sites;

import id.go.spbe.platform.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registered sites a ticket may name as its affected site (S1), fed by network-service's site events (N1: each
 * OPD's sites). A ticket may only name a site of its requester OPD.
 */
@Service
public class SiteCatalogue {

    private static final Logger log = LoggerFactory.getLogger(SiteCatalogue.class);

    private final SiteReferenceRepository references;
    private final MongoTemplate mongo;

    SiteCatalogue(SiteReferenceRepository references, MongoTemplate mongo) {
        this.references = references;
        this.mongo = mongo;
    }

    public Optional<SiteReference> find(String id) {
        return id == null ? Optional.empty() : references.findById(id);
    }

    /** The site a ticket of {@code opd} names: it must be registered for that OPD (422 S1). */
    public SiteReference requireOfOpd(String id, String opd) {
        SiteReference site = find(id).filter(s -> s.opdCode().equals(opd)).orElseThrow(() ->
                new RuleViolationException("S1", "Lokasi '" + id + "' bukan lokasi terdaftar milik OPD " + opd
                        + " (register lokasi jaringan intra pemerintah)."));
        return site;
    }

    /** The sites of one OPD ({@code opd} null: every OPD) whose name or address contains {@code q}. */
    public Page<SiteReference> options(String opd, String q, Pageable page) {
        Criteria criteria = new Criteria();
        if (opd != null) {
            criteria = Criteria.where("opdCode").is(opd);
        }
        if (q != null && !q.isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(q.trim()), Pattern.CASE_INSENSITIVE);
            criteria = new Criteria().andOperator(criteria,
                    new Criteria().orOperator(Criteria.where("name").regex(contains),
                            Criteria.where("address").regex(contains)));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, SiteReference.class);
        List<SiteReference> found = mongo.find(query.with(page), SiteReference.class);
        return new PageImpl<>(found, page, total);
    }

    /** Applies an event's state unless a newer one was applied already (redeliveries change nothing). */
    public void record(String id, String opdCode, String name, String address, Instant asOf) {
        Optional<SiteReference> known = references.findById(id);
        if (known.isPresent() && known.get().asOf() != null && known.get().asOf().isAfter(asOf)) {
            log.debug("Ignoring an older event for site {}", id);
            return;
        }
        references.save(new SiteReference(id, opdCode, name, address, asOf));
    }
}
