package id.go.spbe.audit.pulled;

import id.go.spbe.audit.engagement.EngagementAccess;
import id.go.spbe.audit.engagement.EngagementWorkflow;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.pulled.domain.EvidenceSource;
import id.go.spbe.audit.pulled.domain.PulledEvidence;
import id.go.spbe.audit.pulled.domain.ServiceEvidence;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Evidence from other services in an engagement (issue 12: "evidence pulled from other services where they exist —
 * backup compliance, uptime reports, LAN diagram snapshots, change tickets"). Whoever sees the audit — Dinas,
 * coordinators, its team, the audited OPD's operator (its own operational data) — reads each source's live view over a
 * review period and the records pulled into the audit; the team (lead or members) or Dinas pull a view into the audit
 * as an immutable record while it is PLANNED, IN_PROGRESS or REPORTING (409 after).
 */
@Service
public class ServiceEvidenceRegister {

    /** The longest review period a view covers. */
    static final int MAX_PERIOD_YEARS = 5;

    private final EngagementWorkflow engagements;
    private final OperationsViews views;
    private final PulledEvidenceRepository pulled;
    private final MongoTemplate mongo;
    private final ChangeHistoryLog histories;
    private final ZoneId zone;
    private final Clock clock;

    ServiceEvidenceRegister(EngagementWorkflow engagements, OperationsViews views, PulledEvidenceRepository pulled,
            MongoTemplate mongo, ChangeHistoryLog histories, RegionProfile region, Clock clock) {
        this.engagements = engagements;
        this.views = views;
        this.pulled = pulled;
        this.mongo = mongo;
        this.histories = histories;
        this.zone = region.region() == null || region.region().timeZone() == null ? ZoneId.of("Asia/Jakarta")
                : region.region().timeZone();
        this.clock = clock;
    }

    /** The live view of {@code source} for the audit (404 for whoever does not see the audit). */
    public ServiceEvidence live(Caller caller, String auditId, EvidenceSource source, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Engagement audit = engagements.get(caller, auditId);
        return view(audit, source, from, to);
    }

    /** Freezes the live view into the audit: the team or Dinas, while the audit is still being worked. */
    public PulledEvidence pull(Caller caller, String auditId, EvidenceSource source, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Engagement audit = engagements.get(caller, auditId);
        if (!EngagementAccess.mayAudit(caller, audit)) {
            throw new AccessDeniedException("evidence is pulled into an audit by its team or Dinas");
        }
        if (audit.status() == EngagementStatus.COMPLETED || audit.status() == EngagementStatus.CANCELLED) {
            throw new StateConflictException("Audit berstatus " + audit.status() + "; bukti dari layanan lain tidak "
                    + "dapat ditambahkan lagi.");
        }
        ServiceEvidence evidence = view(audit, source, from, to);
        return pulled.save(PulledEvidence.record(audit.id(), audit.auditedOpd(), evidence, caller.username(),
                clock.instant()));
    }

    public Page<PulledEvidence> ofAudit(Caller caller, String auditId, @Nullable EvidenceSource source,
            Pageable page) {
        Engagement audit = engagements.get(caller, auditId);
        Criteria criteria = Criteria.where("auditId").is(audit.id());
        if (source != null) {
            criteria = criteria.and("source").is(source);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, PulledEvidence.class);
        return new PageImpl<>(mongo.find(query.with(page), PulledEvidence.class), page, total);
    }

    public PulledEvidence get(Caller caller, String auditId, String id) {
        Engagement audit = engagements.get(caller, auditId);
        return pulled.findById(id).filter(p -> p.auditId().equals(audit.id()))
                .orElseThrow(() -> new NotFoundException("pulled evidence", id));
    }

    public ChangeHistoryLog.VerifiedHistory history(Caller caller, String auditId, String id) {
        return histories.of(get(caller, auditId, id));
    }

    /** Every record pulled into {@code audit}, oldest first (for its report; the caller was checked there). */
    public List<PulledEvidence> recordedIn(Engagement audit) {
        return pulled.findByAuditIdOrderByPulledAtAsc(audit.id());
    }

    private ServiceEvidence view(Engagement audit, EvidenceSource source, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate start = from != null ? from : audit.plannedStart().minusMonths(12);
        LocalDate end = to;
        if (end == null) {
            LocalDate auditEnd = audit.completedOn() != null ? audit.completedOn() : audit.plannedEnd();
            end = auditEnd.isBefore(today) ? auditEnd : today;
            if (end.isBefore(start)) {
                end = start;
            }
        }
        if (end.isBefore(start)) {
            throw new InvalidRequestException("from", "Awal periode (from " + start + ") tidak boleh setelah akhir "
                    + "periode (to " + end + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) > 366L * MAX_PERIOD_YEARS) {
            throw new InvalidRequestException("to", "Periode tinjauan paling lama " + MAX_PERIOD_YEARS + " tahun.");
        }
        return views.view(source, audit.auditedOpd(), audit.objectId(), audit.objectName(), start, end, zone,
                clock.instant());
    }
}
