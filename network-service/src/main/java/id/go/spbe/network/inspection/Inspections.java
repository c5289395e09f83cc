package id.go.spbe.network.inspection;

import id.go.spbe.network.inspection.domain.Finding;
import id.go.spbe.network.inspection.domain.Inspection;
import id.go.spbe.network.lan.LanInventory;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
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
import java.time.LocalDate;
import java.util.List;

/**
 * LAN inspections (N5). Dinas inspects any OPD's LAN, Mandiri TIK or not (the endpoints allow Dinas only); the OPD's
 * people and region-wide roles read. A finding may name a device, which must be in the LAN (422 N5).
 */
@Service
public class Inspections {

    private final InspectionRepository inspections;
    private final MongoOperations mongo;
    private final LanInventory lans;
    private final OpdReferences opds;
    private final RegionProfile region;
    private final Clock clock;

    Inspections(InspectionRepository inspections, MongoOperations mongo, LanInventory lans, OpdReferences opds,
            RegionProfile region, Clock clock) {
        this.inspections = inspections;
        this.mongo = mongo;
        this.lans = lans;
        this.opds = opds;
        this.region = region;
        this.clock = clock;
    }

    public Inspection record(Caller caller, String opdCode, LocalDate inspectedOn, String summary) {
        opds.requireKnown(opdCode);
        long revision = lans.inventoryOf(opdCode).revision();
        return inspections.insert(Inspection.record(opdCode, inspectedOn, summary, revision, today(),
                caller.username(), clock.instant()));
    }

    public record Opened(Inspection inspection, Finding finding) {
    }

    public Opened open(Caller caller, String id, Inspection.FindingSpec spec, String ifMatch) {
        Inspection inspection = get(caller, id);
        ETags.checkIfMatch(ifMatch, inspection.version());
        if (spec.deviceId() != null && lans.inventoryOf(inspection.opdCode()).findDevice(spec.deviceId()).isEmpty()) {
            throw new RuleViolationException("N5", "deviceId: perangkat " + spec.deviceId() + " tidak ada di LAN OPD "
                    + inspection.opdCode() + ".");
        }
        Finding finding = inspection.open(spec, caller.username(), clock.instant());
        return new Opened(inspections.save(inspection), finding);
    }

    public Inspection resolve(Caller caller, String id, String findingId, String resolution, String ifMatch) {
        Inspection inspection = get(caller, id);
        ETags.checkIfMatch(ifMatch, inspection.version());
        inspection.resolve(findingId, resolution, today(), caller.username(), clock.instant());
        return inspections.save(inspection);
    }

    /** An inspection the caller may see (its OPD's people, region-wide roles); 404 otherwise. */
    public Inspection get(Caller caller, String id) {
        return caller.visible(inspections.findById(id), Inspection::opdCode)
                .orElseThrow(() -> new NotFoundException("Inspection", id));
    }

    public Page<Inspection> list(Caller caller, String opd, Boolean openFindings, Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = new Query();
        if (scope != null) {
            query.addCriteria(Criteria.where("opdCode").is(scope));
        }
        if (openFindings != null) {
            query.addCriteria(Criteria.where("openFindings").is(openFindings));
        }
        List<Inspection> items = mongo.find(Query.of(query).with(page), Inspection.class);
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, Inspection.class));
    }

    /** At most this many inspections go into one CSV export, as for the WAN circuits. */
    static final int EXPORT_LIMIT = 10_000;

    /** Every inspection the list would show with the same filter, oldest first (the CSV export). */
    public List<Inspection> all(Caller caller, String opd, Boolean openFindings) {
        return list(caller, opd, openFindings, PageRequest.of(0, EXPORT_LIMIT, Sort.by("inspectedOn", "_id")))
                .getContent();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(region.region().timeZone()));
    }
}
