package id.go.spbe.servicedesk.alerts.domain;

import id.go.spbe.servicedesk.ticket.domain.Level;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The shared scales of the event-to-ticket mapping (README "Automatic tickets"): a finding's severity is its impact;
 * how soon something falls due is its urgency. Priority then follows the desk's impact × urgency matrix.
 */
public final class AlertRules {

    /** Longest ticket title the API accepts. */
    static final int TITLE_MAX = 200;

    private AlertRules() {
    }

    /** CRITICAL and HIGH findings are high impact, MEDIUM medium, LOW (and anything unknown) low. */
    public static Level impactOfSeverity(String severity) {
        if (severity == null) {
            return Level.SEDANG;
        }
        return switch (severity) {
            case "CRITICAL", "HIGH" -> Level.TINGGI;
            case "MEDIUM" -> Level.SEDANG;
            default -> Level.RENDAH;
        };
    }

    /**
     * Urgency from the days left until {@code due}, counted at consumption ({@code now}): past or within 7 days
     * TINGGI, within 30 days SEDANG, later RENDAH. No date: SEDANG.
     */
    public static Level urgencyOfDue(LocalDate due, Instant now) {
        if (due == null) {
            return Level.SEDANG;
        }
        return urgencyOfDaysLeft(ChronoUnit.DAYS.between(now.atZone(ZoneOffset.UTC).toLocalDate(), due));
    }

    public static Level urgencyOfDaysLeft(long daysLeft) {
        if (daysLeft <= 7) {
            return Level.TINGGI;
        }
        return daysLeft <= 30 ? Level.SEDANG : Level.RENDAH;
    }

    /** "10 menit", "1 jam 5 menit", "2 hari 3 jam", "45 detik": an outage's length for the people reading it. */
    public static String duration(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toMinutes() == 0) {
            return d.toSeconds() + " detik";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" hari ");
        }
        if (hours > 0) {
            text.append(hours).append(" jam ");
        }
        if (minutes > 0 && days == 0) {
            text.append(minutes).append(" menit ");
        }
        return text.toString().trim();
    }

    static String title(String text) {
        String t = text.strip();
        return t.length() <= TITLE_MAX ? t : t.substring(0, TITLE_MAX - 1) + "…";
    }

    static LocalDate dateOf(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
