package id.go.spbe.servicedesk.sla.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The desk's working hours per weekday, in the region's local time. A weekday without hours (Saturday, Sunday) is a
 * weekend day.
 */
public record BusinessHours(Map<DayOfWeek, Window> days) {

    /** One day's opening hours, {@code start} before {@code end}. */
    public record Window(LocalTime start, LocalTime end) {

        public Window {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
            }
        }

        /** Parses {@code 08:00-16:00}. */
        public static Window parse(String text) {
            String[] parts = text.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("working hours look like 08:00-16:00, not " + text);
            }
            return new Window(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        }
    }

    public BusinessHours {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working weekday");
        }
        days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    /** The hours of {@code day}, or null on a weekend day. */
    public Window on(DayOfWeek day) {
        return days.get(day);
    }
}
