package id.go.spbe.network.lan;

import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One line per OPD of the directory: who runs its LAN and how far its inventory is (N3, N9), so Dinas sees at a
 * glance which LANs are empty or lack the BYOD acknowledgement. Pages over the OPD read model, not over stored
 * LANs, so an OPD without any record yet is listed too.
 */
@Service
public class LanDirectory {

    private final MongoOperations mongo;
    private final OpdReferences opds;
    private final Clock clock;

    LanDirectory(MongoOperations mongo, OpdReferences opds, Clock clock) {
        this.mongo = mongo;
        this.opds = opds;
        this.clock = clock;
    }

    public record LanSummary(OpdReference opd, LanSteward steward, Lan lan) {
    }

    public Page<LanSummary> list(Caller caller, String opd, Pageable page) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        Query query = Query.query(Criteria.where("active").is(true));
        if (scope != null) {
            query.addCriteria(Criteria.where("_id").is(scope));
        }
        List<OpdReference> opds = mongo.find(Query.of(query).with(page), OpdReference.class);
        Map<String, Lan> lans = opds.isEmpty() ? Map.of() : mongo.find(Query.query(Criteria.where("_id")
                .in(opds.stream().map(OpdReference::code).toList())), Lan.class).stream()
                .collect(Collectors.toMap(Lan::opdCode, Function.identity()));
        List<LanSummary> items = opds.stream().map(o -> new LanSummary(o, LanSteward.of(o.mandiriTik()),
                lans.getOrDefault(o.code(), Lan.of(o.code(), clock.instant())))).toList();
        return PageableExecutionUtils.getPage(items, page, () -> mongo.count(query, OpdReference.class));
    }
}
