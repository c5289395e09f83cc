package id.go.spbe.audit.plan.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One audit an application owes: which kind, by when, and which obligation requires it. Its id is derived from the
 * application and kind, so planning the same registration twice yields the same obligation (idempotent consumer).
 */
@Document("audit_obligations")
@CompoundIndex(name = "opd_due", def = "{'opd': 1, 'dueDate': 1}")
public record AuditObligation(@Id String id, String applicationId, String applicationName, String opd,
        String applicationClass, AuditKind kind, String obligation, LocalDate basisDate, LocalDate dueDate,
        Instant plannedAt) {

    /**
     * The audits a newly registered application owes under {@code regulation}: an application audit (AU5) and a
     * security audit (AU6) when its class is in scope, each due within the cycle from the registration date in the
     * region's time zone.
     */
    public static List<AuditObligation> forRegisteredApplication(String applicationId, String name, String opd,
            String applicationClass, Instant registeredAt, AuditRegulation regulation, ZoneId zone, Instant now) {
        LocalDate basis = registeredAt.atZone(zone).toLocalDate();
        LocalDate due = basis.plusYears(regulation.cycleYears());
        List<AuditObligation> owed = new ArrayList<>();
        if (regulation.applicationClasses().contains(applicationClass)) {
            owed.add(new AuditObligation(applicationId + ":" + AuditKind.APLIKASI, applicationId, name, opd,
                    applicationClass, AuditKind.APLIKASI, "AU5", basis, due, now));
        }
        if (regulation.securityApplicationClasses().contains(applicationClass)) {
            owed.add(new AuditObligation(applicationId + ":" + AuditKind.KEAMANAN, applicationId, name, opd,
                    applicationClass, AuditKind.KEAMANAN, "AU6", basis, due, now));
        }
        return owed;
    }
}
