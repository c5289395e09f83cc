package id.go.spbe.servicedesk.sla.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business time in the region's time zone (S5): working hours per weekday, minus national holidays, cuti bersama
 * and regional holidays. Pure arithmetic on instants; every SLA clock is measured with it. The same instants give
 * different business time in WIB and WIT, because the working day starts two hours earlier in UTC in WIT.
 */
public final class BusinessCalendar {

    /** No target is longer than ten years of calendar days; beyond that the calendar is broken. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final BusinessHours hours;
    private final Map<LocalDate, NonWorkingDay> days;
    /** Working windows per date, computed once: the zone arithmetic dominates recomputing many tickets. */
    private final Map<LocalDate, Instant[]> windows = new ConcurrentHashMap<>();
    private static final Instant[] CLOSED = new Instant[0];

    public BusinessCalendar(ZoneId zone, BusinessHours hours, Map<LocalDate, NonWorkingDay> nonWorkingDays) {
        this.zone = zone;
        this.hours = hours;
        this.days = Map.copyOf(nonWorkingDays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Business time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            Instant[] w = window(d);
            if (w == null) {
                continue;
            }
            Instant a = max(w[0], from);
            Instant b = min(w[1], to);
            if (a.isBefore(b)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of business time has passed from {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate d = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, d = d.plusDays(1)) {
            Instant[] w = window(d);
            if (w == null) {
                continue;
            }
            Instant a = max(w[0], start);
            if (!a.isBefore(w[1])) {
                continue;
            }
            Duration available = Duration.between(a, w[1]);
            if (available.compareTo(remaining) >= 0) {
                return a.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
        throw new IllegalStateException("no business time within " + MAX_DAYS + " days of " + start);
    }

    /** The stretches between {@code from} and {@code to} that are not business time, each with its reason. */
    public List<CalendarGap> gaps(Instant from, Instant to) {
        List<CalendarGap> gaps = new ArrayList<>();
        Instant cursor = from;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last) && cursor.isBefore(to);
                d = d.plusDays(1)) {
            Instant[] w = window(d);
            if (w == null || !w[1].isAfter(cursor)) {
                continue;
            }
            if (cursor.isBefore(w[0])) {
                Instant end = min(w[0], to);
                gaps.add(gap(cursor, end));
            }
            cursor = max(cursor, w[1]);
        }
        if (cursor.isBefore(to)) {
            gaps.add(gap(cursor, to));
        }
        return gaps;
    }

    /** Whether {@code date} has working hours (not a weekend day, not a holiday). */
    public boolean workingDay(LocalDate date) {
        return hours.on(date.getDayOfWeek()) != null && !days.containsKey(date);
    }

    private CalendarGap gap(Instant from, Instant to) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        Set<String> names = new LinkedHashSet<>();
        CalendarGap.Reason reason = CalendarGap.Reason.OUTSIDE_HOURS;
        boolean weekend = false;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            NonWorkingDay day = days.get(d);
            if (day != null) {
                names.add(d + " " + day.name());
                if (reason == CalendarGap.Reason.OUTSIDE_HOURS || day.kind() == DayKind.LIBUR_NASIONAL) {
                    reason = CalendarGap.Reason.valueOf(day.kind().name());
                }
            } else if (hours.on(d.getDayOfWeek()) == null) {
                weekend = true;
                names.add(d + " " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("id")));
            }
        }
        if (reason == CalendarGap.Reason.OUTSIDE_HOURS && weekend) {
            reason = CalendarGap.Reason.WEEKEND;
        }
        String description = names.isEmpty() ? "di luar jam kerja" : String.join("; ", names);
        return new CalendarGap(from, to, reason, description);
    }

    /** The working window of {@code date} as instants, or null when it is not a working day. */
    private Instant[] window(LocalDate date) {
        Instant[] w = windows.computeIfAbsent(date, this::computeWindow);
        return w.length == 0 ? null : w;
    }

    private Instant[] computeWindow(LocalDate date) {
        if (days.containsKey(date)) {
            return CLOSED;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        BusinessHours.Window w = hours.on(weekday);
        if (w == null) {
            return CLOSED;
        }
        return new Instant[] {date.atTime(w.start()).atZone(zone).toInstant(),
                date.atTime(w.end()).atZone(zone).toInstant()};
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
