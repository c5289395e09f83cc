package id.go.spbe.monev.evidence;

import id.go.spbe.monev.evidence.domain.AuditFigures;
import id.go.spbe.monev.evidence.domain.TicketFigures;
import id.go.spbe.platform.profile.RegionProfile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * monev's read models of other services' operations, one document per ticket ({@code evidence_tickets}) and per
 * completed audit ({@code evidence_audits}), keyed by the producer's id. Every write is an upsert of flags, so a
 * redelivered event changes nothing even past the platform inbox. The year is the region's (profile time zone).
 */
@Component
public class OperationsReadModel {

    static final String TICKETS = "evidence_tickets";
    static final String AUDITS = "evidence_audits";
    private static final String OPDS = "opd_references";

    private final MongoTemplate mongo;
    private final ZoneId zone;

    OperationsReadModel(MongoTemplate mongo, RegionProfile region) {
        this.mongo = mongo;
        this.zone = region.region() == null || region.region().timeZone() == null ? ZoneId.of("Asia/Jakarta")
                : region.region().timeZone();
    }

    public void ticketOpened(String ticketId, String opd, String type, Instant openedAt) {
        upsertTicket(ticketId, opd, new Update().set("type", type)
                .set("year", openedAt.atZone(zone).getYear()).set("opened", true));
    }

    /** A resolution also carries the opening time, so a ticket opened before monev listened still counts. */
    public void ticketResolved(String ticketId, String opd, String type, Instant openedAt) {
        upsertTicket(ticketId, opd, new Update().set("type", type)
                .set("year", openedAt.atZone(zone).getYear()).set("resolved", true));
    }

    public void ticketReopened(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("resolved", false));
    }

    public void resolutionSlaBreached(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("resolutionBreached", true));
    }

    public void changeApproved(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("type", "PERUBAHAN").set("changeApproved", true));
    }

    public void changeImplemented(String ticketId, String opd) {
        upsertTicket(ticketId, opd, new Update().set("type", "PERUBAHAN").set("changeImplemented", true));
    }

    public void auditCompleted(String auditId, String kind, String opd, LocalDate completedOn, boolean planned) {
        mongo.upsert(Query.query(where("_id").is(auditId)), new Update().set("kind", kind).set("opd", opd)
                .set("year", completedOn.getYear()).set("planned", planned), AUDITS);
    }

    public TicketFigures tickets(int year) {
        Set<String> active = activeOpds();
        Criteria ofYear = where("year").is(year).and("opd").in(active);
        Criteria changes = where("year").is(year).and("opd").in(active).and("type").is("PERUBAHAN");
        return new TicketFigures(active.size(), distinctOpds(ofYear, TICKETS),
                count(ofYear, TICKETS),
                count(where("year").is(year).and("opd").in(active).and("resolved").is(true), TICKETS),
                count(where("year").is(year).and("opd").in(active).and("resolved").is(true)
                        .and("resolutionBreached").ne(true), TICKETS),
                count(changes, TICKETS),
                count(where("year").is(year).and("opd").in(active).and("type").is("PERUBAHAN")
                        .and("changeApproved").is(true).and("changeImplemented").is(true), TICKETS),
                distinctOpds(changes, TICKETS));
    }

    public AuditFigures audits(int year, String kind) {
        Set<String> active = activeOpds();
        Criteria ofKind = where("year").is(year).and("kind").is(kind).and("opd").in(active);
        return new AuditFigures(kind, active.size(), count(ofKind, AUDITS),
                count(where("year").is(year).and("kind").is(kind).and("opd").in(active).and("planned").is(true),
                        AUDITS),
                distinctOpds(ofKind, AUDITS));
    }

    private void upsertTicket(String ticketId, String opd, Update update) {
        mongo.upsert(Query.query(where("_id").is(ticketId)), update.set("opd", opd), TICKETS);
    }

    /** The directory's active OPDs (G1): tickets of an OPD the directory no longer has do not count. */
    private Set<String> activeOpds() {
        List<String> codes = mongo.findDistinct(Query.query(where("active").is(true)), "_id", OPDS, String.class);
        return new HashSet<>(codes);
    }

    private long count(Criteria criteria, String collection) {
        return mongo.count(Query.query(criteria), collection);
    }

    private int distinctOpds(Criteria criteria, String collection) {
        return mongo.findDistinct(Query.query(criteria), "opd", collection, String.class).size();
    }
}
