package id.go.spbe.network.site;

import id.go.spbe.network.opd.OpdTree;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.SiteDetails;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The register of the OPDs' sites on the intra-government network (N1). Dinas plans and runs the WAN up to each
 * OPD (N2), so Dinas records sites (the endpoints check the role); everyone reads their own OPD's sites, region-wide
 * roles all of them.
 */
@Service
public class SiteRegister {

    private final SiteRepository sites;
    private final MongoOperations mongo;
    private final OpdReferences opds;
    private final OpdTree tree;
    private final Clock clock;

    SiteRegister(SiteRepository sites, MongoOperations mongo, OpdReferences opds, OpdTree tree, Clock clock) {
        this.sites = sites;
        this.tree = tree;
        this.mongo = mongo;
        this.opds = opds;
        this.clock = clock;
    }

    public Site register(Caller caller, String opdCode, SiteDetails details) {
        opds.requireKnown(opdCode);
        return sites.insert(Site.register(opdCode, details, caller.username(), clock.instant()));
    }

    public Site update(Caller caller, String id, SiteDetails details, String ifMatch) {
        Site site = get(caller, id);
        ETags.checkIfMatch(ifMatch, site.version());
        site.update(details, caller.username(), clock.instant());
        return sites.save(site);
    }

    /** A site the caller may see; 404 otherwise. */
    public Site get(Caller caller, String id) {
        return caller.visible(sites.findById(id), Site::opdCode).orElseThrow(() -> new NotFoundException("Site", id));
    }

    public Optional<Site> find(String id) {
        return sites.findById(id);
    }

    public List<Site> all(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : sites.findAllById(ids).stream().toList();
    }

    /** Every site of one OPD, or of all (null). */
    public List<Site> ofOpd(String opdCode) {
        Query query = opdCode == null ? new Query() : Query.query(Criteria.where("opdCode").is(opdCode));
        return mongo.find(query, Site.class);
    }

    /** 422 N1 unless {@code siteId} is a site of {@code opdCode} (a device, a LAN record is placed at it). */
    public Site requireSiteOf(String opdCode, String siteId, String field) {
        return sites.findById(siteId).filter(site -> site.opdCode().equals(opdCode))
                .orElseThrow(() -> new RuleViolationException("N1", field + ": lokasi " + siteId
                        + " bukan lokasi OPD " + opdCode + "."));
    }

    /** The OPD above {@code opdCode} in the directory's tree, if any. */
    public Optional<String> parentOf(String opdCode) {
        return tree.parentOf(opdCode);
    }

    /**
     * Sites of one OPD (the caller's own unless region-wide), with {@code includeSubUnits} also those of the OPDs
     * below it in the directory's tree that the caller may see — the sites mirror the OPD tree (N1).
     */
    public Page<Site> list(Caller caller, String opd, boolean includeSubUnits, Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = new Query();
        if (scope != null && includeSubUnits) {
            List<String> visible = tree.withSubUnits(scope).stream().filter(caller::maySee).toList();
            query.addCriteria(Criteria.where("opdCode").in(visible));
        } else if (scope != null) {
            query.addCriteria(Criteria.where("opdCode").is(scope));
        }
        List<Site> items = mongo.find(Query.of(query).with(page), Site.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, Site.class));
    }

    /** At most this many sites go into one CSV export, as for the WAN circuits. */
    static final int EXPORT_LIMIT = 10_000;

    /** Every site the list would show with the same filters, oldest first (the CSV export). */
    public List<Site> all(Caller caller, String opd, boolean includeSubUnits) {
        return list(caller, opd, includeSubUnits, PageRequest.of(0, EXPORT_LIMIT, Sort.by("registeredAt", "_id")))
                .getContent();
    }
}
