package id.go.spbe.audit.plan.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One object of the audit universe: this service's own record of an application (from app-registry's events) or of
 * an infrastructure object (a data center, the WAN, an OPD's LAN — from datacenter's and network's events). It is
 * kept after decommissioning ({@code active = false}), so the history of its audits stays readable.
 *
 * @param enteredOn     the day it entered the universe (registration, in the region's time zone)
 * @param retiredOn     the day it was decommissioned; {@code null} while active
 * @param lastChangeAt  when the inventory last told us something about it (stale events are ignored)
 * @param objectKind    application, data center, WAN or LAN; {@code null} in documents written before
 *                      infrastructure objects existed (applications)
 * @param retiredReason why it left the universe, for the closed obligations
 */
@Document("audit_objects")
public record AuditObject(@Id String id, ObjectType type, String name, String opd, String applicationClass,
        boolean active, LocalDate enteredOn, LocalDate retiredOn, Instant lastChangeAt, ObjectKind objectKind,
        String retiredReason) {

    @PersistenceCreator
    public AuditObject {
    }

    public AuditObject(String id, ObjectType type, String name, String opd, String applicationClass, boolean active,
            LocalDate enteredOn, LocalDate retiredOn, Instant lastChangeAt) {
        this(id, type, name, opd, applicationClass, active, enteredOn, retiredOn, lastChangeAt,
                type == ObjectType.APPLICATION ? ObjectKind.APPLICATION : null, null);
    }

    public static AuditObject application(String id, String name, String opd, String applicationClass,
            LocalDate enteredOn, Instant at) {
        return new AuditObject(id, ObjectType.APPLICATION, name, opd, applicationClass, true, enteredOn, null, at,
                ObjectKind.APPLICATION, null);
    }

    public static AuditObject infrastructure(String id, ObjectKind kind, String name, String opd,
            LocalDate enteredOn, Instant at) {
        if (kind.type() != ObjectType.INFRASTRUCTURE) {
            throw new IllegalArgumentException(kind + " is not infrastructure");
        }
        return new AuditObject(id, ObjectType.INFRASTRUCTURE, name, opd, null, true, enteredOn, null, at, kind, null);
    }

    /** The kind; documents from before infrastructure objects are applications. */
    public ObjectKind kind() {
        if (objectKind != null) {
            return objectKind;
        }
        return type == ObjectType.INFRASTRUCTURE ? ObjectKind.DATA_CENTER : ObjectKind.APPLICATION;
    }

    public AuditObject reclassified(String newName, String newOpd, String newClass, Instant at) {
        return new AuditObject(id, type, newName == null ? name : newName, newOpd == null ? opd : newOpd,
                newClass == null ? applicationClass : newClass, active, enteredOn, retiredOn, at, objectKind,
                retiredReason);
    }

    public AuditObject decommissioned(LocalDate on, Instant at) {
        return decommissioned(on, at, null);
    }

    public AuditObject decommissioned(LocalDate on, Instant at, String reason) {
        return new AuditObject(id, type, name, opd, applicationClass, false, enteredOn, on, at, objectKind, reason);
    }

    /** An infrastructure object whose source is in use again (a new WAN circuit, devices back in a LAN). */
    public AuditObject reactivated(String newName, String newOpd, Instant at) {
        return new AuditObject(id, type, newName, newOpd, applicationClass, true, enteredOn, null, at, objectKind,
                null);
    }

    /** Whether name or owner differ from {@code other}'s (the rest is history). */
    public boolean describedAs(String otherName, String otherOpd) {
        return Objects.equals(name, otherName) && Objects.equals(opd, otherOpd);
    }
}
