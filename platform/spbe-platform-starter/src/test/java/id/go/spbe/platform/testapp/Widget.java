package id.go.spbe.platform.testapp;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/** A test aggregate: created, renamed, archived; raises an event per change. */
@Document("widgets")
public class Widget extends AggregateRoot {

    @Id
    private String id;
    private String opd;
    private String name;
    private boolean archived;

    @EventType(value = "id.go.spbe.test.widget.changed.v1", topic = "spbe.platform-test.widget.v1")
    public record WidgetChanged(UUID eventId, Instant occurredAt, String aggregateId, String opdCode, String name,
            String change) implements DomainEvent {
    }

    /** A change made by background work for a named person: the event says who. */
    @EventType(value = "id.go.spbe.test.widget.reassigned.v1", topic = "spbe.platform-test.widget.v1")
    public record WidgetReassigned(UUID eventId, Instant occurredAt, String aggregateId, String opdCode,
            String reassignedBy) implements DomainEvent {

        @Override
        public String actor() {
            return reassignedBy;
        }
    }

    Widget() {
    }

    public static Widget create(String opd, String name) {
        if (name.equalsIgnoreCase("duplikat")) {
            throw new RuleViolationException("G5", "Nama widget terindikasi duplikat.");
        }
        Widget widget = new Widget();
        widget.id = UUID.randomUUID().toString();
        widget.opd = opd;
        widget.name = name;
        widget.raise(new WidgetChanged(UUID.randomUUID(), Instant.now(), widget.id, opd, name, "CREATED"));
        return widget;
    }

    public void rename(String newName) {
        if (archived) {
            throw new StateConflictException("Widget sudah diarsipkan.");
        }
        name = newName;
        raise(new WidgetChanged(UUID.randomUUID(), Instant.now(), id, opd, name, "RENAMED"));
    }

    /** Background work acting for {@code person}, outside any request. */
    public void reassign(String person) {
        raise(new WidgetReassigned(UUID.randomUUID(), Instant.now(), id, opd, person));
    }

    void archive() {
        archived = true;
        raise(new WidgetChanged(UUID.randomUUID(), Instant.now(), id, opd, name, "ARCHIVED"));
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public String name() {
        return name;
    }
}
