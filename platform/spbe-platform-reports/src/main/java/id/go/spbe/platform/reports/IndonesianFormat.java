package id.go.spbe.platform.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and numbers as Indonesian official documents write them, available to templates as {@code fmt}:
 * {@code ${fmt.date(x)}} → "30 November 2026", {@code ${fmt.dateTime(t)}} → "30 November 2026 09.15 WITA",
 * {@code ${fmt.number(1234567)}} → "1.234.567", {@code ${fmt.decimal(12.5, 1)}} → "12,5",
 * {@code ${fmt.percent(0.875)}} → "87,5%". Times are shown in the region's zone (WIB, WITA, WIT).
 */
public final class IndonesianFormat {

    private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public IndonesianFormat(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH.mm", locale);
    }

    public ZoneId zone() {
        return zone;
    }

    /** "30 November 2026" (LocalDate, Instant, ZonedDateTime, OffsetDateTime); empty for null. */
    public String date(Object value) {
        TemporalAccessor at = temporal(value);
        return at == null ? "" : date.format(at);
    }

    /** "30 November 2026 09.15 WITA". */
    public String dateTime(Object value) {
        TemporalAccessor at = temporal(value);
        if (at == null) {
            return "";
        }
        if (value instanceof LocalDate) {
            return date.format(at);
        }
        return date.format(at) + " " + time.format(at) + " " + ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
    }

    /** Whole numbers with dot grouping: "1.234.567". */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Decimal comma: {@code decimal(12.5, 1)} → "12,5". */
    public String decimal(Number value, int digits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value instanceof BigDecimal ? value : value.doubleValue());
    }

    /** A ratio as a percentage with one decimal: 0.875 → "87,5%". */
    public String percent(Number ratio) {
        return ratio == null ? "" : decimal(ratio.doubleValue() * 100, 1) + "%";
    }

    private TemporalAccessor temporal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof TemporalAccessor accessor) {
            return accessor;
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }
}
