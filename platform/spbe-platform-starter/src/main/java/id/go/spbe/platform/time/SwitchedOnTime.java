package id.go.spbe.platform.time;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The stretches of a window in which something was switched on, from the history of its switches — an uptime
 * monitor is measured only while it probes: the months it was paused count neither as monitored time nor as downtime.
 * Read models of two services (audit's pulled uptime evidence, monev's indicator 16) measure availability this way.
 */
public final class SwitchedOnTime {

    /** From {@code at} on, the thing was on or off (a configuration event). */
    public record Switch(Instant at, boolean on) {
    }

    /** A half-open stretch [start, end). */
    public record Stretch(Instant start, Instant end) {

        public long millis() {
            return Duration.between(start, end).toMillis();
        }
    }

    private final List<Stretch> stretches;

    private SwitchedOnTime(List<Stretch> stretches) {
        this.stretches = stretches;
    }

    /** The on-stretches of [from, until) given the switches in any order (repeats harmless). */
    public static SwitchedOnTime within(Collection<Switch> switches, Instant from, Instant until) {
        List<Switch> ordered = switches.stream().sorted(Comparator.comparing(Switch::at)).toList();
        List<Stretch> parts = new ArrayList<>();
        Instant onSince = null;
        for (Switch change : ordered) {
            if (change.on() && onSince == null) {
                onSince = change.at();
            } else if (!change.on() && onSince != null) {
                add(parts, onSince, change.at(), from, until);
                onSince = null;
            }
        }
        if (onSince != null) {
            add(parts, onSince, until, from, until);
        }
        return new SwitchedOnTime(List.copyOf(parts));
    }

    public List<Stretch> stretches() {
        return stretches;
    }

    /** How long it was on inside the window. */
    public long millis() {
        return stretches.stream().mapToLong(Stretch::millis).sum();
    }

    /** How much of [since, endedAt) — an outage; open when {@code endedAt} is null — fell while it was on. */
    public long overlapMillis(Instant since, @Nullable Instant endedAt) {
        long inside = 0;
        for (Stretch part : stretches) {
            Instant start = later(part.start(), since);
            Instant end = endedAt == null ? part.end() : earlier(part.end(), endedAt);
            inside += end.isAfter(start) ? Duration.between(start, end).toMillis() : 0;
        }
        return inside;
    }

    private static void add(List<Stretch> parts, Instant start, Instant end, Instant from, Instant until) {
        Instant a = later(start, from);
        Instant b = earlier(end, until);
        if (b.isAfter(a)) {
            parts.add(new Stretch(a, b));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
