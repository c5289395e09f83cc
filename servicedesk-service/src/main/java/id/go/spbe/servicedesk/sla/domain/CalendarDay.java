package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.servicedesk.sla.domain.SlaEvents.CalendarDayChanged;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the business calendar (S5): a national holiday, cuti bersama or regional holiday on which the SLA
 * clocks stand still. Seeded from the SKB 3 Menteri lists shipped with the service and editable by Dinas; a removed
 * entry is kept as removed so the next start does not seed it again.
 */
@Document("calendar_days")
public class CalendarDay extends AggregateRoot {

    @Id
    private String id;
    private LocalDate date;
    private String name;
    private DayKind kind;
    private boolean removed;
    private String source;
    private Instant updatedAt;

    CalendarDay() {
    }

    public static CalendarDay of(LocalDate date, String name, DayKind kind, String source, String by, Instant now) {
        CalendarDay day = new CalendarDay();
        day.id = date.toString();
        day.date = date;
        day.name = name.trim();
        day.kind = kind;
        day.source = source;
        day.updatedAt = now;
        day.raise(new CalendarDayChanged(UUID.randomUUID(), now, date, day.name, kind, false, source, by));
        return day;
    }

    /** @return false when nothing changed */
    public boolean change(String newName, DayKind newKind, String by, Instant now) {
        if (!removed && name.equals(newName.trim()) && kind == newKind) {
            return false;
        }
        name = newName.trim();
        kind = newKind;
        removed = false;
        source = "Dinas";
        updatedAt = now;
        raise(new CalendarDayChanged(UUID.randomUUID(), now, date, name, kind, false, source, by));
        return true;
    }

    public void remove(String by, Instant now) {
        if (removed) {
            throw new StateConflictException("Tanggal " + date + " sudah dihapus dari kalender.");
        }
        removed = true;
        updatedAt = now;
        raise(new CalendarDayChanged(UUID.randomUUID(), now, date, name, kind, true, source, by));
    }

    public NonWorkingDay asNonWorkingDay() {
        return new NonWorkingDay(date, name, kind);
    }

    public String id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    public DayKind kind() {
        return kind;
    }

    public boolean removed() {
        return removed;
    }

    public String source() {
        return source;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
