package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.servicedesk.catalogue.ApplicationCatalogue;
import id.go.spbe.servicedesk.catalogue.ApplicationReference;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import id.go.spbe.servicedesk.sites.SiteCatalogue;
import id.go.spbe.servicedesk.sites.SiteReference;
import id.go.spbe.servicedesk.ticket.domain.AffectedApplication;
import id.go.spbe.servicedesk.ticket.domain.AffectedSite;
import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.Routing;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Opens tickets where the routing rule says (S1, S2, S8) and lists the queues, scoped to the caller's OPD. */
@Service
public class TicketDesk {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final MongoTemplate mongo;
    private final OpdReferences opds;
    private final ApplicationCatalogue applications;
    private final SiteCatalogue sites;
    private final Tier1Rosters rosters;
    private final ServicedeskRegulation regulation;
    private final Clock clock;
    private final MeterRegistry meters;

    TicketDesk(TicketRepository tickets, TicketAccess access, MongoTemplate mongo, OpdReferences opds,
            ApplicationCatalogue applications, SiteCatalogue sites, Tier1Rosters rosters,
            ServicedeskRegulation regulation, Clock clock, MeterRegistry meters) {
        this.sites = sites;
        this.tickets = tickets;
        this.access = access;
        this.mongo = mongo;
        this.opds = opds;
        this.applications = applications;
        this.rosters = rosters;
        this.regulation = regulation;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Opens a ticket for the caller's OPD (Dinas may open one for any OPD). A machine client's ticket is marked as
     * coming over the API. The affected application must be registered and in service; a ticket of category
     * APLIKASI must name one.
     */
    public Ticket open(Caller caller, NewTicket form, String requesterOpd, String applicationId) {
        return open(caller, form, requesterOpd, applicationId, null);
    }

    /**
     * As above; {@code siteId}, when given, must be a registered site of the requester OPD (422 S1) — also when
     * Dinas opens the ticket for an OPD. Its name and address are copied into the ticket.
     */
    public Ticket open(Caller caller, NewTicket form, String requesterOpd, String applicationId, String siteId) {
        String opd = requesterOpd == null || requesterOpd.isBlank() ? caller.opd() : requesterOpd.trim();
        if (opd == null) {
            throw new InvalidRequestException("requesterOpd",
                    "requesterOpd wajib diisi: token tidak menyebut OPD pelapor.");
        }
        caller.requireActsFor(opd);
        opds.requireKnown(opd);
        AffectedApplication application = null;
        if (applicationId != null && !applicationId.isBlank()) {
            ApplicationReference app = applications.requireInService(applicationId.trim());
            application = new AffectedApplication(app.id(), app.name(), app.ownerOpd());
        } else if (form.category() == Category.APLIKASI) {
            throw new RuleViolationException("S1", "Tiket kategori APLIKASI wajib menyebut aplikasi terdampak "
                    + "(affectedApplicationId) yang terdaftar.");
        }
        AffectedSite site = null;
        if (siteId != null && !siteId.isBlank()) {
            SiteReference known = sites.requireOfOpd(siteId.trim(), opd);
            site = new AffectedSite(known.id(), known.name(), known.address());
        }
        Routing routing = Routing.decide(regulation.model(), form.category(), opd, rosters.covers(opd));
        String channel = caller.hasRole(Roles.INTEGRATION) ? "API" : "PORTAL";
        Ticket ticket = Ticket.open(form, opd, caller.username(), channel, application, site, routing,
                clock.instant());
        ticket.contactRequesterAt(RequesterEmail.ofCurrentToken());
        Ticket saved = tickets.save(ticket);
        meters.counter("servicedesk.tickets.opened", "type", saved.type().name(), "tier", saved.tier().name(),
                "channel", channel).increment();
        return saved;
    }

    public Ticket get(Caller caller, String id) {
        return access.forReading(caller, id);
    }

    /** A list of whole tickets (the change register needs the stages): the caller's OPD, or every OPD. */
    public Page<Ticket> list(Caller caller, TicketFilter filter, Pageable page) {
        Query query = Query.query(criteria(caller, filter));
        long total = mongo.count(query, Ticket.class);
        List<Ticket> found = mongo.find(query.with(page), Ticket.class);
        return new PageImpl<>(found, page, total);
    }

    /**
     * A queue or list as rows (S2, S5): the caller's OPD (403 for another's), or every OPD for region-wide roles.
     * One aggregation reads the page and its total together — {@code $match}, {@code $sort}, then a {@code $facet}
     * counting the matches and projecting the page's rows — so the matching tickets are read once, not once for a
     * count and again for the page, and only the list columns leave the store ({@link TicketRow}). In MongoDB the
     * leading {@code $match} and {@code $sort} are answered from the {@code queue_by_priority} index of
     * {@link Ticket} (equality on tier and OPD, order by priority rank and opening time, status checked in the
     * index) for the queue the SPA asks for.
     */
    public Page<TicketRow> rows(Caller caller, TicketFilter filter, Pageable page) {
        List<AggregationOperation> rowStages = new ArrayList<>();
        rowStages.add(Aggregation.skip(page.getOffset()));
        rowStages.add(Aggregation.limit(page.getPageSize()));
        rowStages.add(Aggregation.project(TicketRow.FIELDS).and("source.service").as("sourceService"));
        TypedAggregation<Ticket> aggregation = Aggregation.newAggregation(Ticket.class,
                Aggregation.match(criteria(caller, filter)),
                Aggregation.sort(page.getSort()),
                Aggregation.facet(Aggregation.group().count().as("n")).as("total")
                        .and(rowStages.toArray(AggregationOperation[]::new)).as("rows"));
        Document result = mongo.aggregate(aggregation, Document.class).getUniqueMappedResult();
        if (result == null) {
            return new PageImpl<>(List.of(), page, 0);
        }
        List<Document> totals = result.getList("total", Document.class, List.of());
        long total = totals.isEmpty() ? 0 : ((Number) totals.get(0).get("n")).longValue();
        MongoConverter converter = mongo.getConverter();
        List<TicketRow> rows = result.getList("rows", Document.class, List.of()).stream()
                .map(d -> converter.read(TicketRow.class, d)).toList();
        return new PageImpl<>(rows, page, total);
    }

    private static Criteria criteria(Caller caller, TicketFilter filter) {
        String scope = caller.listScope(filter.opd());
        Criteria criteria = new Criteria();
        if (scope != null) {
            criteria.and("requesterOpd").is(scope);
        }
        if (filter.queue() != null) {
            criteria.and("tier").is(filter.queue());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        } else if (Boolean.TRUE.equals(filter.open())) {
            criteria.and("status").nin(TicketStatus.RESOLVED, TicketStatus.CLOSED);
        }
        if (filter.type() != null) {
            criteria.and("type").is(filter.type());
        }
        if (filter.category() != null) {
            criteria.and("category").is(filter.category());
        }
        if (filter.priority() != null) {
            criteria.and("priority").is(filter.priority());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            criteria.and("assignee").is(filter.assignee());
        }
        if (filter.application() != null && !filter.application().isBlank()) {
            criteria.and("affectedApplication.id").is(filter.application());
        }
        if (filter.problem() != null && !filter.problem().isBlank()) {
            criteria.and("problemId").is(filter.problem());
        }
        if (filter.source() != null && !filter.source().isBlank()) {
            criteria.and("source.service").is(filter.source().trim());
        }
        return criteria;
    }
}
