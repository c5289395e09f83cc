package id.go.spbe.servicedesk.sla.web;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.sla.BusinessCalendars;
import id.go.spbe.servicedesk.sla.domain.CalendarDay;
import id.go.spbe.servicedesk.sla.domain.DayKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The business calendar the SLA clocks count in (S5): the region's time zone, the working hours, and the national
 * holidays, cuti bersama and regional holidays, seeded from the SKB 3 Menteri and edited by Dinas.
 */
@RestController
@Validated
@RequestMapping("/api/v1/business-calendar")
@Tag(name = "SLA", description = "SLA clocks, policies and the business calendar (obligation S5)")
class BusinessCalendarController {

    static final String DATE_PATH = "/days/{date:\\d{4}-\\d{2}-\\d{2}}";

    record CalendarResponse(String timeZone, Map<DayOfWeek, String> workingHours) {
    }

    record DayForm(@NotBlank @Size(max = 200) String name, @NotNull DayKind kind) {
    }

    /** {@code removed}: Dinas took the day out; it counts as a working day and is not seeded again. */
    record DayResponse(LocalDate date, String name, DayKind kind, boolean removed, String source,
            Instant updatedAt) {

        static DayResponse of(CalendarDay d) {
            return new DayResponse(d.date(), d.name(), d.kind(), d.removed(), d.source(), d.updatedAt());
        }
    }

    private final BusinessCalendars calendars;

    BusinessCalendarController(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(summary = "Time zone (from the regulation profile) and working hours")
    CalendarResponse calendar() {
        Map<DayOfWeek, String> hours = new TreeMap<>();
        calendars.hours().days().forEach((day, w) -> hours.put(day, w.start() + "-" + w.end()));
        return new CalendarResponse(calendars.zone().getId(), hours);
    }

    @GetMapping("/days")
    @Operation(summary = "Non-working days of a year, by date")
    PageResponse<DayResponse> days(@RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(calendars.list(year, PageRequests.of(page, size, sort, java.util.Set.of("date"),
                Sort.by("date"))), DayResponse::of);
    }

    @PutMapping(DATE_PATH)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Add or change a non-working day (Dinas)",
            description = "Every open ticket's clocks are recomputed with it. Emits CalendarDayChanged.")
    ResponseEntity<DayResponse> put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DayForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Caller caller) {
        CalendarDay day = calendars.put(caller, date, form.name(), form.kind(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(day.version())).body(DayResponse.of(day));
    }

    @DeleteMapping(DATE_PATH)
    @RolesAllowed(Roles.DINAS_ADMIN)
    @Operation(summary = "Make a non-working day a working day again (Dinas)",
            description = "The entry is kept as removed, so the seed does not bring it back. Emits "
                    + "CalendarDayChanged.")
    ResponseEntity<DayResponse> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        CalendarDay day = calendars.remove(caller, date, ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(day.version())).body(DayResponse.of(day));
    }
}
