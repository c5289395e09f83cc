package id.go.spbe.servicedesk.sla;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.sla.domain.BusinessCalendar;
import id.go.spbe.servicedesk.sla.domain.BusinessHours;
import id.go.spbe.servicedesk.sla.domain.CalendarDay;
import id.go.spbe.servicedesk.sla.domain.DayKind;
import id.go.spbe.servicedesk.sla.domain.HolidayCsv;
import id.go.spbe.servicedesk.sla.domain.NonWorkingDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The business calendar (S5): the profile's time zone, the configured working hours and the non-working days kept
 * in the database. The days are seeded at start-up from the SKB 3 Menteri lists shipped in
 * {@code resources/calendar} (a date already present — edited or removed by Dinas — is left alone) and edited by
 * Dinas afterwards; every clock is recomputed with the calendar as it is now.
 */
@Service
public class BusinessCalendars implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendars.class);

    private final CalendarDayRepository days;
    private final RegionProfile region;
    private final BusinessHours hours;
    private final Clock clock;

    BusinessCalendars(CalendarDayRepository days, RegionProfile region, SlaProperties properties, Clock clock) {
        this.days = days;
        this.region = region;
        this.clock = clock;
        Map<DayOfWeek, BusinessHours.Window> windows = new EnumMap<>(DayOfWeek.class);
        properties.hours().forEach((day, text) -> windows.put(day, BusinessHours.Window.parse(text)));
        this.hours = new BusinessHours(windows);
    }

    public BusinessCalendar current() {
        Map<LocalDate, NonWorkingDay> nonWorking = days.findByRemovedFalse().stream()
                .map(CalendarDay::asNonWorkingDay)
                .collect(Collectors.toMap(NonWorkingDay::date, Function.identity(), (a, b) -> a));
        return new BusinessCalendar(zone(), hours, nonWorking);
    }

    public ZoneId zone() {
        return region.region().timeZone();
    }

    public BusinessHours hours() {
        return hours;
    }

    public Page<CalendarDay> list(int year, Pageable page) {
        return days.findByDateBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year + 1, 1, 1), page);
    }

    public CalendarDay get(LocalDate date) {
        return days.findById(date.toString()).orElseThrow(() -> new NotFoundException("Hari libur", date.toString()));
    }

    /** Dinas adds or changes a non-working day. */
    public CalendarDay put(Caller caller, LocalDate date, String name, DayKind kind, String ifMatch) {
        requireDinas(caller);
        var existing = days.findById(date.toString());
        if (existing.isEmpty()) {
            return days.insert(CalendarDay.of(date, name, kind, "Dinas", caller.username(), clock.instant()));
        }
        CalendarDay day = existing.get();
        ETags.checkIfMatch(ifMatch, day.version());
        return day.change(name, kind, caller.username(), clock.instant()) ? days.save(day) : day;
    }

    /** Dinas removes a day: it becomes a working day again, and stays removed across restarts. */
    public CalendarDay remove(Caller caller, LocalDate date, String ifMatch) {
        requireDinas(caller);
        CalendarDay day = get(date);
        ETags.checkIfMatch(ifMatch, day.version());
        day.remove(caller.username(), clock.instant());
        return days.save(day);
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:calendar/*.csv")) {
                try (InputStream in = file.getInputStream()) {
                    for (NonWorkingDay d : HolidayCsv.read(in)) {
                        if (!days.existsById(d.date().toString())) {
                            try {
                                days.insert(CalendarDay.of(d.date(), d.name(), d.kind(), "SKB 3 Menteri ("
                                        + file.getFilename() + ")", "system", clock.instant()));
                                added++;
                            } catch (DuplicateKeyException raced) {
                                // another replica seeded it first
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped holiday lists", e);
        }
        log.info("Business calendar: {} non-working day(s) seeded, time zone {}", added, zone());
    }

    private static void requireDinas(Caller caller) {
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("Dinas keeps the business calendar");
        }
    }
}
