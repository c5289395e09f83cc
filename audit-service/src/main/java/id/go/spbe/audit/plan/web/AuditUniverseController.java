package id.go.spbe.audit.plan.web;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.audit.plan.InfrastructureInventory;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ComponentType;
import id.go.spbe.audit.plan.domain.InfrastructureComponent;
import id.go.spbe.audit.plan.domain.ObjectKind;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

    private static final Set<String> SORTABLE = Set.of("name", "opd", "enteredOn", "applicationClass", "objectKind");

    /** One audit kind an object owes (or owed: closed obligations stay as history, with why they closed). */
    record ObjectObligation(String id, AuditKind kind, String obligation, ObligationStatus status,
            LocalDate dueDate, @Nullable LocalDate lastAuditedOn, boolean neverAudited,
            @Nullable String scheduledAuditId, @Nullable LocalDate closedOn, @Nullable String closedReason) {

        static ObjectObligation of(AuditObligation o) {
            return new ObjectObligation(o.id(), o.kind(), o.obligation(), o.status(), o.dueDate(),
                    o.lastAuditedOn(), o.neverAudited(), o.scheduledAuditId(), o.closedOn(), o.closedReason());
        }
    }

    /**
     * What an infrastructure object's audit covers: the inventory items of one type in use now (e.g. the VPS a data
     * center hosts, a LAN's sites, the WAN's circuits) and how many of them were decommissioned.
     */
    record ObjectComponents(ComponentType type, int inUse, int decommissioned) {
    }

    /**
     * An object of the universe. {@code inScope}: it owes at least one audit now; {@code neverAudited}: one of those
     * has never been done. {@code objectKind}/{@code source}: what it is and whose inventory it comes from;
     * {@code components}: what an infrastructure object is made of (empty for applications).
     */
    record AuditUniverseObject(String id, ObjectType objectType, @Nullable String name, String opd,
            @Nullable String applicationClass, boolean active, LocalDate enteredOn, @Nullable LocalDate retiredOn,
            boolean inScope, boolean neverAudited, List<ObjectObligation> obligations, ObjectKind objectKind,
            String source, @Nullable String retiredReason, List<ObjectComponents> components) {

        static AuditUniverseObject of(AuditObject object, List<AuditObligation> owed,
                List<InfrastructureComponent> parts) {
            List<AuditObligation> sorted = owed.stream().sorted(Comparator.comparing(AuditObligation::kind))
                    .toList();
            List<AuditObligation> open = sorted.stream().filter(o -> o.status() == ObligationStatus.ACTIVE)
                    .toList();
            return new AuditUniverseObject(object.id(), object.type(), object.name(), object.opd(),
                    object.applicationClass(), object.active(), object.enteredOn(), object.retiredOn(),
                    !open.isEmpty(), open.stream().anyMatch(AuditObligation::neverAudited),
                    sorted.stream().map(ObjectObligation::of).toList(), object.kind(), object.kind().source(),
                    object.retiredReason(), components(parts));
        }

        private static List<ObjectComponents> components(List<InfrastructureComponent> parts) {
            Map<ComponentType, List<InfrastructureComponent>> byType = new EnumMap<>(ComponentType.class);
            parts.forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
            return byType.entrySet().stream().map(e -> new ObjectComponents(e.getKey(),
                    (int) e.getValue().stream().filter(InfrastructureComponent::inUse).count(),
                    (int) e.getValue().stream().filter(InfrastructureComponent::decommissioned).count())).toList();
        }
    }

    private final AuditPlanner planner;
    private final InfrastructureInventory inventory;

    AuditUniverseController(AuditPlanner planner, InfrastructureInventory inventory) {
        this.planner = planner;
        this.inventory = inventory;
    }

    @GetMapping
    @ProblemResponses(422) // G1: an opd filter naming no OPD of the directory
    @Operation(summary = "The audit universe",
            description = "Objects with their obligations: applications, data centers, the WAN, OPD LANs (with what "
                    + "they are made of); operators see their own OPD. Filters opd, active, objectKind; sort by "
                    + "name, opd, enteredOn, applicationClass or objectKind.")
    PageResponse<AuditUniverseObject> objects(@RequestParam(required = false) String opd,
            @RequestParam(required = false) Boolean active, @RequestParam(required = false) ObjectKind objectKind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        Page<AuditObject> objects = planner.objects(caller, opd, active, objectKind,
                PageRequests.of(page, size, sort, SORTABLE, Sort.by("name")));
        Map<String, List<AuditObligation>> owed = planner.obligationsOf(objects.map(AuditObject::id).getContent())
                .stream().collect(Collectors.groupingBy(AuditObligation::applicationId));
        Map<String, List<InfrastructureComponent>> parts = inventory.componentsOf(objects.map(AuditObject::id)
                .getContent());
        return PageResponse.of(objects, o -> AuditUniverseObject.of(o, owed.getOrDefault(o.id(), List.of()),
                parts.getOrDefault(o.id(), List.of())));
    }
}
