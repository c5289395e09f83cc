package id.go.spbe.network.wan;

import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.network.lan.LanInventory;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.site.SiteRegister;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.wan.domain.Contract;
import id.go.spbe.network.wan.domain.Sla;
import id.go.spbe.network.wan.domain.Termination;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkDetails;
import id.go.spbe.network.wan.domain.WanLinkStatus;
import id.go.spbe.network.wan.domain.WanMedium;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.profile.RegionProfile;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The WAN circuit register (N2). Only Dinas writes (the endpoints check the role). A duplicate circuit id of the
 * same provider is a 409 (the key exists, like any other duplicate key), checked first for a message that names the
 * holder and guarded by the unique index against races. Terminations are resolved against the site register and,
 * down to the OPD's router port, the LAN inventory of the site's OPD (422 N2 naming the field).
 */
@Service
public class WanLinkRegister {

    private final WanLinkRepository links;
    private final MongoOperations mongo;
    private final SiteRegister sites;
    private final LanInventory lans;
    private final OpdReferences opds;
    private final RegionProfile region;
    private final Clock clock;

    WanLinkRegister(WanLinkRepository links, MongoOperations mongo, SiteRegister sites, LanInventory lans,
            OpdReferences opds, RegionProfile region, Clock clock) {
        this.links = links;
        this.region = region;
        this.opds = opds;
        this.mongo = mongo;
        this.sites = sites;
        this.lans = lans;
        this.clock = clock;
    }

    /** What the caller asks for, terminations as given (site, device, port). */
    public record Request(String provider, String circuitId, WanMedium medium, int bandwidthDownMbps,
            Integer bandwidthUpMbps, Contract contract, Sla sla, End aEnd, End bEnd) {
    }

    public record End(String siteId, String deviceId, String interfaceName) {
    }

    public WanLink register(Caller caller, Request request) {
        WanLinkDetails details = resolve(request, null);
        return links.insert(WanLink.register(details, caller.username(), clock.instant()));
    }

    public WanLink update(Caller caller, String id, Request request, String ifMatch) {
        WanLink link = get(caller, id);
        ETags.checkIfMatch(ifMatch, link.version());
        link.update(resolve(request, id), caller.username(), clock.instant());
        return links.save(link);
    }

    public WanLink decommission(Caller caller, String id, String reason, LocalDate on, String ifMatch) {
        WanLink link = get(caller, id);
        ETags.checkIfMatch(ifMatch, link.version());
        link.decommission(reason, on, LocalDate.now(clock.withZone(region.region().timeZone())), caller.username(),
                clock.instant());
        return links.save(link);
    }

    /** A link the caller may see: region-wide roles, or an OPD at either end; 404 otherwise. */
    public WanLink get(Caller caller, String id) {
        return links.findById(id).filter(l -> caller.maySee(l.aEnd().opdCode()) || caller.maySee(l.bEnd().opdCode()))
                .orElseThrow(() -> new NotFoundException("WanLink", id));
    }

    public Page<WanLink> list(Caller caller, String opd, WanMedium medium, WanLinkStatus status, Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = scoped(scope);
        if (medium != null) {
            query.addCriteria(Criteria.where("medium").is(medium));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        List<WanLink> items = mongo.find(Query.of(query).with(page), WanLink.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, WanLink.class));
    }

    /** At most this many circuits go into one CSV export (a region has hundreds). */
    static final int EXPORT_LIMIT = 10_000;

    /** Every circuit the list would show with the same filters, oldest first (the CSV export). */
    public List<WanLink> all(Caller caller, String opd, WanMedium medium, WanLinkStatus status) {
        return list(caller, opd, medium, status, PageRequest.of(0, EXPORT_LIMIT, Sort.by("registeredAt", "_id")))
                .getContent();
    }

    /** Active links touching an OPD, or all (null): what the WAN diagram draws. */
    public List<WanLink> active(String opdScope) {
        return mongo.find(scoped(opdScope).addCriteria(Criteria.where("status").is(WanLinkStatus.ACTIVE)),
                WanLink.class);
    }

    /**
     * Links touching an OPD, or all (null), that served at {@code end}'s eve: registered before it and not out of
     * service by then (their decommissioning date, in {@code zone}). What the yearly review's WAN diagram draws.
     */
    public List<WanLink> activeAt(String opdScope, Instant end, ZoneId zone) {
        return mongo.find(scoped(opdScope).addCriteria(Criteria.where("registeredAt").lt(end)), WanLink.class)
                .stream().filter(l -> l.outOfServiceAt(zone) == null || !l.outOfServiceAt(zone).isBefore(end))
                .toList();
    }

    private static Query scoped(String opd) {
        Query query = new Query();
        if (opd != null) {
            query.addCriteria(new Criteria().orOperator(Criteria.where("aEnd.opdCode").is(opd),
                    Criteria.where("bEnd.opdCode").is(opd)));
        }
        return query;
    }

    private WanLinkDetails resolve(Request request, String selfId) {
        String providerKey = WanLink.providerKey(request.provider());
        Query duplicate = Query.query(Criteria.where("providerKey").is(providerKey)
                .and("circuitId").is(request.circuitId().strip()));
        if (selfId != null) {
            duplicate.addCriteria(Criteria.where("_id").ne(selfId));
        }
        WanLink holder = mongo.findOne(duplicate, WanLink.class);
        if (holder != null) {
            throw new StateConflictException("Sirkuit " + request.circuitId().strip() + " dari penyedia "
                    + holder.provider() + " sudah tercatat (tautan " + holder.id() + ").");
        }
        Termination a = terminate(request.aEnd(), "aEnd");
        Termination b = terminate(request.bEnd(), "bEnd");
        for (Termination end : List.of(a, b)) {
            if (end.deviceId() == null) {
                continue;
            }
            for (WanLink other : active(end.opdCode())) {
                if (!other.id().equals(selfId) && (end.samePort(other.aEnd()) || end.samePort(other.bEnd()))) {
                    throw new StateConflictException("Port " + end.interfaceName() + " pada perangkat "
                            + end.deviceId() + " sudah menjadi ujung sirkuit " + other.circuitId() + ".");
                }
            }
        }
        return new WanLinkDetails(request.provider(), request.circuitId(), request.medium(),
                request.bandwidthDownMbps(), request.bandwidthUpMbps(), request.contract(), request.sla(), a, b);
    }

    /** Site → its OPD; device → a ROUTER of that OPD's LAN; port → an interface of that router. */
    private Termination terminate(End end, String field) {
        Site site = sites.find(end.siteId()).orElseThrow(() -> new RuleViolationException("N2", field
                + ".siteId: lokasi " + end.siteId() + " tidak terdaftar."));
        if (end.deviceId() == null) {
            if (end.interfaceName() != null) {
                throw new RuleViolationException("N2", field + ".interfaceName: sebutkan juga deviceId.");
            }
            return new Termination(site.id(), site.opdCode(), null, null);
        }
        Device device = lans.inventoryOf(site.opdCode()).findDevice(end.deviceId()).orElseThrow(() ->
                new RuleViolationException("N2", field + ".deviceId: perangkat " + end.deviceId()
                        + " tidak ada di LAN OPD " + site.opdCode() + "."));
        if (device.kind() != DeviceKind.ROUTER) {
            throw new RuleViolationException("N2", field + ".deviceId: " + device.name() + " adalah "
                    + device.kind() + "; sirkuit WAN berujung di router OPD.");
        }
        if (end.interfaceName() == null || device.port(end.interfaceName()).isEmpty()) {
            throw new RuleViolationException("N2", field + ".interfaceName: router " + device.name()
                    + " tidak memiliki antarmuka '" + end.interfaceName() + "'.");
        }
        return new Termination(site.id(), site.opdCode(), device.id(), end.interfaceName());
    }
}
