package id.go.spbe.monev.competency;

import id.go.spbe.monev.competency.domain.Competency;
import id.go.spbe.monev.competency.domain.CompetencyGap;
import id.go.spbe.monev.competency.domain.IctStaff;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The ICT staff competency register of Dinas (M5): Dinas admins keep it (the endpoints admit them only for writes);
 * the staff belong to a Dinas OPD (the caller's). Reads are region-wide roles' and Dinas's (personal data: names).
 */
@Service
public class CompetencyRegister {

    private final IctStaffRepository staff;
    private final MongoTemplate mongo;
    private final CompetencyRules rules;
    private final OpdReferences opds;
    private final Clock clock;
    private final ZoneId zone;

    CompetencyRegister(IctStaffRepository staff, MongoTemplate mongo, CompetencyRules rules, OpdReferences opds,
            Clock clock, RegionProfile region) {
        this.staff = staff;
        this.mongo = mongo;
        this.rules = rules;
        this.opds = opds;
        this.clock = clock;
        this.zone = region.region() == null || region.region().timeZone() == null ? ZoneId.of("Asia/Jakarta")
                : region.region().timeZone();
    }

    /** M5 is about Dinas's own staff: the caller's OPD must be the directory's Dinas (G1). */
    public IctStaff register(Caller caller, String name, String position, List<Competency> competencies) {
        String dinas = requireDinas(caller);
        return staff.insert(IctStaff.register(dinas, name, position, competencies, caller.username(),
                clock.instant()));
    }

    public IctStaff update(Caller caller, String id, String name, String position, List<Competency> competencies,
            String ifMatch) {
        IctStaff member = get(id);
        ETags.checkIfMatch(ifMatch, member.version());
        member.update(name, position, competencies, caller.username(), clock.instant());
        return staff.save(member);
    }

    public IctStaff leave(Caller caller, String id, String ifMatch) {
        IctStaff member = get(id);
        ETags.checkIfMatch(ifMatch, member.version());
        member.leave(caller.username(), clock.instant());
        return staff.save(member);
    }

    public IctStaff get(String id) {
        return staff.findById(id).orElseThrow(() -> new NotFoundException("Staf TIK", id));
    }

    public Page<IctStaff> list(Boolean active, Pageable pageable) {
        Query query = new Query();
        if (active != null) {
            query.addCriteria(Criteria.where("active").is(active));
        }
        long total = mongo.count(query, IctStaff.class);
        List<IctStaff> page = mongo.find(Query.of(query).with(pageable), IctStaff.class);
        return PageableExecutionUtils.getPage(page, pageable, () -> total);
    }

    /** M5: required vs present per role on the region's today, over every active staff member of the register. */
    public List<CompetencyGap.Line> gap() {
        return CompetencyGap.of(rules.required(), staff.findAll().stream().filter(IctStaff::active).toList(),
                today());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private String requireDinas(Caller caller) {
        if (caller.opd() == null || !opds.requireKnown(caller.opd()).dinas()) {
            throw new RuleViolationException("M5", "Register kompetensi SDM TIK adalah milik Dinas; akun ini tidak "
                    + "terhubung ke OPD Dinas di direktori.");
        }
        return caller.opd();
    }
}
