package id.go.spbe.servicedesk.lanchange.web;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.lanchange.LanChangeCitation;
import id.go.spbe.servicedesk.lanchange.LanChangeCitations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The LAN change reports (N7, network-service) that cite a change as their authorisation (S6), as network-service
 * published them. Read-only here: the reports live in network-service ({@code /api/v1/lan-changes/{id}}).
 */
@RestController
@Tag(name = "Manajemen perubahan", description = "Changes: request, analysis, approval, development, "
        + "implementation, monitoring and evaluation (obligation S6)")
class LanChangeCitationController {

    private static final Set<String> SORTABLE = Set.of("reportedAt", "performedOn");

    private final LanChangeCitations citations;

    LanChangeCitationController(LanChangeCitations citations) {
        this.citations = citations;
    }

    /** One LAN change report citing the change. */
    record LanChangeCitationView(String reportId, String opd, String what, LocalDate performedOn,
            long fromRevision, long toRevision, String reportedBy, Instant reportedAt,
            LanChangeCitation.Status status, @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt) {

        static LanChangeCitationView of(LanChangeCitation c) {
            return new LanChangeCitationView(c.id(), c.opdCode(), c.what(), c.performedOn(), c.fromRevision(),
                    c.toRevision(), c.reportedBy(), c.reportedAt(), c.status(), c.acknowledgedBy(),
                    c.acknowledgedAt());
        }
    }

    @GetMapping("/api/v1/changes/{id:[0-9a-fA-F-]+}/lan-changes")
    @Operation(summary = "LAN change reports that cite this change as their authorisation (S6, N7)",
            description = "Copied from network-service's LanChangeReported/LanChangeAcknowledged events, so a "
                    + "report appears shortly after it is filed. Whoever may read the change may read them; another "
                    + "OPD's change, or a ticket that is not a change, is a 404. Sort: reportedAt (default, newest "
                    + "first), performedOn.")
    PageResponse<LanChangeCitationView> list(@PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(citations.of(caller, id, PageRequests.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "reportedAt").and(Sort.by("_id")))), LanChangeCitationView::of);
    }
}
