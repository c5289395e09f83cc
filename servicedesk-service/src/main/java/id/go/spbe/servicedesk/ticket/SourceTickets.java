package id.go.spbe.servicedesk.ticket;

import id.go.spbe.servicedesk.catalogue.ApplicationCatalogue;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import id.go.spbe.servicedesk.ticket.domain.AffectedApplication;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.Routing;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketSource;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * The tickets the desk opens by itself from other services' events (S1, S2): found by their source's subject or
 * cause, opened with the normal routing and saved. There is no caller: the source event is the authority, so an OPD
 * the read model does not know yet, or an application the register has not told the desk about, never loses the
 * alarm (the ticket opens; the application is linked as the event names it).
 */
@Service
public class SourceTickets {

    private final TicketRepository tickets;
    private final MongoTemplate mongo;
    private final ApplicationCatalogue applications;
    private final Tier1Rosters rosters;
    private final ServicedeskRegulation regulation;
    private final Clock clock;
    private final MeterRegistry meters;

    SourceTickets(TicketRepository tickets, MongoTemplate mongo, ApplicationCatalogue applications,
            Tier1Rosters rosters, ServicedeskRegulation regulation, Clock clock, MeterRegistry meters) {
        this.tickets = tickets;
        this.mongo = mongo;
        this.applications = applications;
        this.rosters = rosters;
        this.regulation = regulation;
        this.clock = clock;
        this.meters = meters;
    }

    /** Whether some ticket already took the source event {@code eventId}. */
    public boolean took(String eventId) {
        return mongo.exists(Query.query(Criteria.where("sourceEvents").is(eventId)), Ticket.class);
    }

    /** The newest ticket of this source subject that is neither resolved nor closed. */
    public Optional<Ticket> openFor(String service, String subjectType, String subjectId) {
        Query query = Query.query(Criteria.where("source.subjectId").is(subjectId)
                .and("source.subjectType").is(subjectType).and("source.service").is(service)
                .and("status").nin(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Ticket.class));
    }

    /** The newest ticket standing for {@code cause} (e.g. {@code outage:<id>}), whatever its status. */
    public Optional<Ticket> forCause(String cause) {
        Query query = Query.query(Criteria.where("sourceCauses").is(cause))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Ticket.class));
    }

    /**
     * Opens the ticket in the OPD's queue as the routing rule says (Tier 1, Tier 2 when the OPD has no roster, the
     * service centre in one-tier regions). The opening time is the desk's clock: see {@link Ticket#openedAt()}.
     */
    public Ticket open(NewTicket form, String opd, String applicationId, String applicationName, TicketSource source,
            String cause) {
        AffectedApplication application = null;
        if (applicationId != null && !applicationId.isBlank()) {
            application = applications.find(applicationId)
                    .map(app -> new AffectedApplication(app.id(), app.name(), app.ownerOpd()))
                    .orElseGet(() -> new AffectedApplication(applicationId,
                            applicationName == null ? applicationId : applicationName, opd));
        }
        Routing routing = Routing.decide(regulation.model(), form.category(), opd, rosters.covers(opd));
        // Opened at the desk's clock, not the event's time (kept in the source): the SLA clocks measure the desk's
        // own work from when the desk could know, an event relayed or redelivered late must not start a ticket
        // already breached, and every ticket's opening stays one clock's reading that nothing edits (S5).
        Ticket saved = tickets.save(Ticket.openFromSource(form, opd, application, routing, source, cause,
                clock.instant()));
        meters.counter("servicedesk.tickets.opened", "type", saved.type().name(), "tier", saved.tier().name(),
                "channel", saved.channel()).increment();
        return saved;
    }

    public Ticket save(Ticket ticket) {
        return tickets.save(ticket);
    }
}
