package id.go.spbe.audit.plan.web;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ObjectType;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit universe (AU4–AU6): every object the inventories told this service about, in scope or not, active or
 * decommissioned, with what it owes. New objects show as never audited.
 */
@RestController
@RequestMapping("/api/v1/audit-plan/objects")
@Tag(name = "Rencana Audit TIK", description = "Audits due per year (obligations AU4, AU5, AU6)")
class AuditUniverseController {

    private static final Set<String> SORTABLE = Set.of("name", "opd", "enteredOn", "applicationClass");

    /** One audit kind an object owes (or owed: closed obligations stay as history). */
    record ObjectObligation(String id, AuditKind kind, String obligation, ObligationStatus status,
            LocalDate dueDate, @Nullable LocalDate lastAuditedOn, boolean neverAudited,
            @Nullable String scheduledAuditId) {

        static ObjectObligation of(AuditObligation o) {
            return new ObjectObligation(o.id(), o.kind(), o.obligation(), o.status(), o.dueDate(),
                    o.lastAuditedOn(), o.neverAudited(), o.scheduledAuditId());
        }
    }

    /**
     * An object of the universe. {@code inScope}: it owes at least one audit now; {@code neverAudited}: one of those
     * has never been done.
     */
    record AuditUniverseObject(String id, ObjectType objectType, @Nullable String name, String opd,
            @Nullable String applicationClass, boolean active, LocalDate enteredOn, @Nullable LocalDate retiredOn,
            boolean inScope, boolean neverAudited, List<ObjectObligation> obligations) {

        static AuditUniverseObject of(AuditObject object, List<AuditObligation> owed) {
            List<AuditObligation> sorted = owed.stream().sorted(Comparator.comparing(AuditObligation::kind))
                    .toList();
            List<AuditObligation> open = sorted.stream().filter(o -> o.status() == ObligationStatus.ACTIVE)
                    .toList();
            return new AuditUniverseObject(object.id(), object.type(), object.name(), object.opd(),
                    object.applicationClass(), object.active(), object.enteredOn(), object.retiredOn(),
                    !open.isEmpty(), open.stream().anyMatch(AuditObligation::neverAudited),
                    sorted.stream().map(ObjectObligation::of).toList());
        }
    }

    private final AuditPlanner planner;

    AuditUniverseController(AuditPlanner planner) {
        this.planner = planner;
    }

    @GetMapping
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "The audit universe",
            description = "Objects with their obligations; operators see their own OPD. Filters opd, active; sort by "
                    + "name, opd, enteredOn or applicationClass.")
    PageResponse<AuditUniverseObject> objects(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        Page<AuditObject> objects = planner.objects(caller, opd, active,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("name")));
        Map<String, List<AuditObligation>> owed = planner.obligationsOf(objects.map(AuditObject::id).getContent())
                .stream().collect(Collectors.groupingBy(AuditObligation::applicationId));
        return PageResponse.of(objects, o -> AuditUniverseObject.of(o, owed.getOrDefault(o.id(), List.of())));
    }
}
