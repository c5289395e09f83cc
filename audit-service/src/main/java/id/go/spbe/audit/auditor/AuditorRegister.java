package id.go.spbe.audit.auditor;

import id.go.spbe.audit.auditor.domain.Auditor;
import id.go.spbe.audit.auditor.domain.AuditorDetails;
import id.go.spbe.audit.auditor.domain.AuditorType;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** The auditor register (AU3): Dinas records and maintains it; engagements ask it who may audit whom. */
@Service
public class AuditorRegister {

    private final AuditorRepository auditors;
    private final MongoTemplate mongo;
    private final OpdReferences opds;
    private final ChangeHistoryLog histories;
    private final Clock clock;

    AuditorRegister(AuditorRepository auditors, MongoTemplate mongo, OpdReferences opds, ChangeHistoryLog histories,
            Clock clock) {
        this.auditors = auditors;
        this.mongo = mongo;
        this.opds = opds;
        this.histories = histories;
        this.clock = clock;
    }

    public Auditor register(Caller caller, AuditorDetails details) {
        requireKnownOpd(details);
        return auditors.save(Auditor.register(details, caller.username(), clock.instant()));
    }

    public Auditor update(Caller caller, String id, AuditorDetails details, boolean active, String ifMatch) {
        Auditor auditor = get(id);
        ETags.checkIfMatch(ifMatch, auditor.version());
        requireKnownOpd(details);
        return auditor.update(details, active, caller.username(), clock.instant()) ? auditors.save(auditor) : auditor;
    }

    public Auditor get(String id) {
        return auditors.findById(id).orElseThrow(() -> new NotFoundException("auditor", id));
    }

    public List<Auditor> all(List<String> ids) {
        return auditors.findAllById(ids);
    }

    public Page<Auditor> list(AuditorType type, Boolean active, String homeOpd, Pageable page) {
        Criteria criteria = new Criteria();
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        if (active != null) {
            criteria = criteria.and("active").is(active);
        }
        if (homeOpd != null) {
            criteria = criteria.and("homeOpd").is(homeOpd);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Auditor.class);
        return new PageImpl<>(mongo.find(query.with(page), Auditor.class), page, total);
    }

    public ChangeHistoryLog.VerifiedHistory history(String id) {
        return histories.of(get(id));
    }

    private void requireKnownOpd(AuditorDetails details) {
        if (details.homeOpd() != null) {
            opds.requireKnown(details.homeOpd());
        }
    }
}
