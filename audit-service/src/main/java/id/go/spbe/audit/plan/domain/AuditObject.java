package id.go.spbe.audit.plan.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One object of the audit universe: this service's own record of an application (from app-registry's events) or,
 * later, of an infrastructure asset. It is kept after decommissioning ({@code active = false}), so the history of
 * its audits stays readable.
 *
 * @param enteredOn    the day it entered the universe (registration, in the region's time zone)
 * @param retiredOn    the day it was decommissioned; {@code null} while active
 * @param lastChangeAt when the inventory last told us something about it (stale events are ignored)
 */
@Document("audit_objects")
public record AuditObject(@Id String id, ObjectType type, String name, String opd, String applicationClass,
        boolean active, LocalDate enteredOn, LocalDate retiredOn, Instant lastChangeAt) {

    public static AuditObject application(String id, String name, String opd, String applicationClass,
            LocalDate enteredOn, Instant at) {
        return new AuditObject(id, ObjectType.APPLICATION, name, opd, applicationClass, true, enteredOn, null, at);
    }

    public AuditObject reclassified(String newName, String newOpd, String newClass, Instant at) {
        return new AuditObject(id, type, newName == null ? name : newName, newOpd == null ? opd : newOpd,
                newClass == null ? applicationClass : newClass, active, enteredOn, retiredOn, at);
    }

    public AuditObject decommissioned(LocalDate on, Instant at) {
        return new AuditObject(id, type, name, opd, applicationClass, false, enteredOn, on, at);
    }
}
