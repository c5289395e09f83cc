package id.go.spbe.network.change;

import id.go.spbe.network.change.domain.LanChangeReport;
import id.go.spbe.network.change.domain.LanChangeReportStatus;
import id.go.spbe.network.changeticket.ChangeTickets;
import id.go.spbe.network.lan.LanInventory;
import id.go.spbe.network.lan.LanRevisions;
import id.go.spbe.network.lan.LanStewardship;
import id.go.spbe.network.lan.domain.InventoryDiff;
import id.go.spbe.network.lan.domain.LanChange;
import id.go.spbe.network.lan.domain.LanRevision;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * LAN change reports (N7). The LAN's steward reports (the same rule as changing the LAN: Mandiri TIK → the OPD's
 * operators, else Dinas; 422 N3 otherwise), Dinas acknowledges. A report covers the inventory revisions after the
 * last reported one up to the current one unless it names its range; the diff between the two revisions is computed
 * here from the stored revisions, never typed in. Revisions no report covers are listed per OPD.
 */
@Service
public class LanChangeReports {

    private final LanChangeReportRepository reports;
    private final MongoOperations mongo;
    private final LanStewardship stewardship;
    private final LanInventory inventory;
    private final LanRevisions revisions;
    private final ChangeTickets changeTickets;
    private final OpdReferences opds;
    private final RegionProfile region;
    private final Clock clock;

    LanChangeReports(LanChangeReportRepository reports, MongoOperations mongo, LanStewardship stewardship,
            LanInventory inventory, LanRevisions revisions, ChangeTickets changeTickets, OpdReferences opds,
            RegionProfile region, Clock clock) {
        this.reports = reports;
        this.mongo = mongo;
        this.stewardship = stewardship;
        this.inventory = inventory;
        this.revisions = revisions;
        this.changeTickets = changeTickets;
        this.opds = opds;
        this.region = region;
        this.clock = clock;
    }

    /** What the reporter sends; a null range end means "after the last report" / "the current revision". */
    public record Request(String opdCode, LanChangeReport.Description description, Long fromRevision,
            Long toRevision) {
    }

    public LanChangeReport report(Caller caller, Request request) {
        String opd = request.opdCode();
        LanSteward steward = stewardship.requireMayEdit(caller, opd, null);
        if (request.description().changeTicketId() != null) {
            changeTickets.requireCitable(opd, request.description().changeTicketId());
        }
        List<LanChangeReport> earlier = reports.findByOpdCode(opd);
        long current = inventory.inventoryOf(opd).revision();
        long from = request.fromRevision() != null ? request.fromRevision()
                : earlier.stream().mapToLong(LanChangeReport::toRevision).max().orElse(0);
        long to = request.toRevision() != null ? request.toRevision() : current;
        if (to > current) {
            throw new RuleViolationException("N7", "toRevision: LAN OPD " + opd
                    + " baru sampai revisi " + current + ".");
        }
        earlier.stream().filter(r -> r.overlaps(from, to)).findFirst().ifPresent(r -> {
            throw new StateConflictException("Revisi " + (r.fromRevision() + 1) + "–" + r.toRevision()
                    + " sudah dilaporkan dalam laporan perubahan " + r.id() + ".");
        });
        InventoryDiff diff = diff(opd, from, to);
        LocalDate today = LocalDate.now(clock.withZone(region.region().timeZone()));
        LanChangeReport report = LanChangeReport.file(opd, request.description(), from, to, diff, steward, today,
                caller.username(), clock.instant());
        try {
            return reports.insert(report);
        } catch (DuplicateKeyException race) {
            throw new StateConflictException("Revisi setelah " + from + " baru saja dilaporkan dalam laporan lain.");
        }
    }

    public LanChangeReport acknowledge(Caller caller, String id, String note, String ifMatch) {
        LanChangeReport report = get(caller, id);
        ETags.checkIfMatch(ifMatch, report.version());
        report.acknowledge(note, caller.username(), clock.instant());
        return reports.save(report);
    }

    /** A report the caller may see (its OPD's people, region-wide roles); 404 otherwise. */
    public LanChangeReport get(Caller caller, String id) {
        return caller.visible(reports.findById(id), LanChangeReport::opdCode)
                .orElseThrow(() -> new NotFoundException("LanChangeReport", id));
    }

    public Page<LanChangeReport> list(Caller caller, String opd, LanChangeReportStatus status, Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = new Query();
        if (scope != null) {
            query.addCriteria(Criteria.where("opdCode").is(scope));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        List<LanChangeReport> items = mongo.find(Query.of(query).with(page), LanChangeReport.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, LanChangeReport.class));
    }

    /** At most this many reports go into one CSV export, as for the WAN circuits. */
    static final int EXPORT_LIMIT = 10_000;

    /** Every report the list would show with the same filters, oldest first (the CSV export). */
    public List<LanChangeReport> all(Caller caller, String opd, LanChangeReportStatus status) {
        return list(caller, opd, status, PageRequest.of(0, EXPORT_LIMIT, Sort.by("reportedAt", "_id"))).getContent();
    }

    /** The diff between two revisions of a LAN the caller may read (a preview before reporting). */
    public InventoryDiff preview(Caller caller, String opd, long from, long to) {
        stewardship.requireReadable(caller, opd);
        return diff(opd, from, to);
    }

    /**
     * The uncovered revisions of a LAN the caller may read, oldest first, as a page. {@code unauthorised}: also the
     * revisions whose only covering report cites no servicedesk change (S6) — reported, but not shown authorised.
     */
    public Page<LanRevision> uncovered(Caller caller, String opd, boolean unauthorised, Pageable page) {
        stewardship.requireReadable(caller, opd);
        List<LanRevision> all = uncovered(opd, unauthorised);
        int start = (int) Math.min(page.getOffset(), all.size());
        int end = Math.min(start + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(start, end), page, all.size());
    }

    /**
     * The inventory revisions of an OPD's LAN that no change report covers, oldest first, without access checks
     * (the yearly snapshot, N6, lists them). A BYOD acknowledgement (N9) changes no equipment and needs no report.
     */
    public List<LanRevision> uncovered(String opd) {
        return uncovered(opd, false);
    }

    private List<LanRevision> uncovered(String opd, boolean unauthorised) {
        List<LanChangeReport> covering = reports.findByOpdCode(opd).stream()
                .filter(report -> !unauthorised || report.changeTicketId() != null).toList();
        return revisions.after(opd, 0).stream()
                .filter(r -> r.change() != LanChange.BYOD_ACKNOWLEDGED)
                .filter(r -> covering.stream().noneMatch(report -> report.covers(r.revision())))
                .sorted(Comparator.comparingLong(LanRevision::revision)).toList();
    }

    private InventoryDiff diff(String opd, long from, long to) {
        return InventoryDiff.between(revisions.contentAt(opd, from, "fromRevision"),
                revisions.contentAt(opd, to, "toRevision"));
    }
}
