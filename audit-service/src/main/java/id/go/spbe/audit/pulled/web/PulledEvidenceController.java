package id.go.spbe.audit.pulled.web;

import id.go.spbe.audit.common.HistoryResponse;
import id.go.spbe.audit.pulled.ServiceEvidenceRegister;
import id.go.spbe.audit.pulled.domain.EvidenceSource;
import id.go.spbe.audit.pulled.domain.PulledEvidence;
import id.go.spbe.audit.pulled.domain.ServiceEvidence;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Backups;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Changes;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.HeadlineFigure;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.LanDiagrams;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Scope;
import id.go.spbe.audit.pulled.domain.ServiceEvidence.Uptime;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Evidence from other services in an audit (issue 12): the live view of one source (backups, uptime, LAN diagrams,
 * change tickets) for the audited OPD and object over a review period, and the records the audit's team or Dinas
 * pulled into the audit (immutable; 409 once the audit is COMPLETED or CANCELLED). Read by whoever sees the audit —
 * Dinas, coordinators, its team, the audited OPD's operator (its own operational data); another OPD or an unassigned
 * auditor 404; integration clients and evaluators 403.
 */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Bukti dari Layanan Lain", description = "Backup, uptime, LAN diagram and change-ticket evidence from "
        + "the other services, live and pulled into an audit")
class PulledEvidenceController {

    private static final String AUDIT = "/{auditId:[0-9a-f-]{36}}";
    private static final String PULLED = AUDIT + "/pulled-evidence";
    private static final String ONE = PULLED + "/{id:[0-9a-f-]{36}}";
    private static final Set<String> SORTABLE = Set.of("pulledAt", "source");

    /** What to pull: the source and the review period (both dates optional: the audit's default period). */
    record PullRequest(@NotNull EvidenceSource source, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /**
     * One source's view: figures per source (one of backups, uptime, lanDiagrams, changes is set) with their rows,
     * and the headline figures in Bahasa Indonesia.
     */
    record EvidenceView(EvidenceSource source, String sourceLabel, String producer, LocalDate from, LocalDate to,
            Scope scope, @Nullable Instant dataAsOf, List<HeadlineFigure> headline, @Nullable Backups backups,
            @Nullable Uptime uptime, @Nullable LanDiagrams lanDiagrams, @Nullable Changes changes,
            boolean rowsTruncated) {

        static EvidenceView of(ServiceEvidence e) {
            return new EvidenceView(e.source(), e.source().label(), e.source().producer(), e.from(), e.to(),
                    e.scope(), e.dataAsOf(), e.headline(), e.backups(), e.uptime(), e.lanDiagrams(), e.changes(),
                    e.rowsTruncated());
        }
    }

    /** A pulled record in a list: who pulled what, when, and its headline figures (the rows are in the detail). */
    record PulledEvidenceSummary(String id, String auditId, EvidenceSource source, String sourceLabel,
            LocalDate from, LocalDate to, String linkedTo, @Nullable Instant dataAsOf, List<HeadlineFigure> headline,
            int rows, String pulledBy, Instant pulledAt) {

        static PulledEvidenceSummary of(PulledEvidence p) {
            ServiceEvidence e = p.evidence();
            return new PulledEvidenceSummary(p.id(), p.auditId(), p.source(), p.source().label(), e.from(), e.to(),
                    e.scope().linkedTo(), e.dataAsOf(), e.headline(), e.rowCount(), p.pulledBy(), p.pulledAt());
        }
    }

    /** A pulled record with the frozen view, rows included. */
    record PulledEvidenceResponse(String id, String auditId, String pulledBy, Instant pulledAt,
            EvidenceView evidence) {

        static PulledEvidenceResponse of(PulledEvidence p) {
            return new PulledEvidenceResponse(p.id(), p.auditId(), p.pulledBy(), p.pulledAt(),
                    EvidenceView.of(p.evidence()));
        }
    }

    private final ServiceEvidenceRegister register;

    PulledEvidenceController(ServiceEvidenceRegister register) {
        this.register = register;
    }

    @GetMapping(AUDIT + "/service-evidence/{source}")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Live view of one source for the audit", description = "BACKUPS (VPS in scope, runs, "
            + "successful and off-site runs, last success, VPS without a successful backup), UPTIME (monitors, "
            + "outages overlapping the period, downtime, availability against each monitor's SLO), LAN_DIAGRAMS "
            + "(the OPD's yearly diagrams: status, late, overdue, the task and submission on record), CHANGES "
            + "(PERUBAHAN tickets: opened, approved, implemented, implemented without approval). Period from–to "
            + "(dates; default the 12 months before the planned start up to the audit's end or today; from after "
            + "to, or more than 5 years: 400). At most " + ServiceEvidence.MAX_ROWS + " rows (rowsTruncated).")
    EvidenceView liveServiceEvidence(@PathVariable String auditId, @PathVariable EvidenceSource source,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        return EvidenceView.of(register.live(caller, auditId, source, from, to));
    }

    @PostMapping(PULLED)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.AUDITOR})
    @ProblemResponses({409})
    @Operation(summary = "Pull one source's view into the audit (its team or Dinas)", description = "Freezes the "
            + "live view (figures, rows, the read model's data-as-of time) with who pulled it and when, while the "
            + "audit is PLANNED, IN_PROGRESS or REPORTING (409 after). Emits PulledEvidenceRecorded (figures only).")
    ResponseEntity<PulledEvidenceResponse> pullServiceEvidence(@PathVariable String auditId,
            @Valid @RequestBody PullRequest request, Caller caller) {
        PulledEvidence p = register.pull(caller, auditId, request.source(), request.from(), request.to());
        return ResponseEntity.created(Locations.of("/api/v1/audits/" + auditId + "/pulled-evidence", p.id()))
                .eTag(ETags.of(p.version())).body(PulledEvidenceResponse.of(p));
    }

    @GetMapping(PULLED)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Evidence pulled into the audit", description = "Filter source; newest first unless "
            + "sorted (pulledAt, source). Headline figures only; the rows are in each record.")
    PageResponse<PulledEvidenceSummary> listPulledEvidence(@PathVariable String auditId,
            @RequestParam(required = false) EvidenceSource source, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        var pageable = PageRequests.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "pulledAt"));
        return PageResponse.of(register.ofAudit(caller, auditId, source, pageable), PulledEvidenceSummary::of);
    }

    @GetMapping(ONE)
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "One pulled record with its rows, and its ETag")
    ResponseEntity<PulledEvidenceResponse> getPulledEvidence(@PathVariable String auditId, @PathVariable String id,
            Caller caller) {
        PulledEvidence p = register.get(caller, auditId, id);
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(PulledEvidenceResponse.of(p));
    }

    @GetMapping(ONE + "/history")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.OPD_OPERATOR})
    @Operation(summary = "Tamper-evident change history of a pulled record (SEC1)")
    HistoryResponse pulledEvidenceHistory(@PathVariable String auditId, @PathVariable String id, Caller caller) {
        return HistoryResponse.of(register.history(caller, auditId, id));
    }
}
