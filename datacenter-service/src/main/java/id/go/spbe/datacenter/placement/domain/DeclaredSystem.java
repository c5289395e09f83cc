package id.go.spbe.datacenter.placement.domain;

import id.go.spbe.datacenter.placement.domain.PlacementEvents.PlacementDeclared;
import id.go.spbe.datacenter.placement.domain.PlacementEvents.PlacementWithdrawn;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * A system an OPD declares it runs outside the regional data center (D2), with where it runs. Whether that is a
 * finding depends on the region's profile, read when the register is shown; the declaration event carries the
 * obligation as it stood then, for consumers that record findings.
 */
@Document("declared_systems")
public class DeclaredSystem extends AggregateRoot {

    /** Where the system runs instead. */
    public enum Location {
        OPD_PREMISES, PROVINCIAL_DATA_CENTER, NATIONAL_DATA_CENTER, COMMERCIAL_CLOUD, VENDOR_HOSTING, OTHER
    }

    public enum Status {
        DECLARED, WITHDRAWN
    }

    @Id
    private String id;
    @Indexed
    private String opd;
    private String name;
    private String applicationId;
    private Location location;
    private String locationDetail;
    @Indexed
    private Status status;
    private String declaredBy;
    private Instant declaredAt;
    private String withdrawReason;
    private Instant withdrawnAt;

    DeclaredSystem() {
    }

    public static DeclaredSystem declare(String opd, String name, String applicationId, Location location,
            String locationDetail, String obligation, String by, Instant now) {
        DeclaredSystem s = new DeclaredSystem();
        s.id = UUID.randomUUID().toString();
        s.opd = opd;
        s.name = name.trim();
        s.applicationId = applicationId;
        s.location = location;
        s.locationDetail = locationDetail == null || locationDetail.isBlank() ? null : locationDetail.trim();
        s.status = Status.DECLARED;
        s.declaredBy = by;
        s.declaredAt = now;
        s.raise(new PlacementDeclared(UUID.randomUUID(), now, s.id, opd, s.name, applicationId, location.name(),
                s.locationDetail, obligation, by));
        return s;
    }

    public void withdraw(String reason, String by, Instant now) {
        if (status == Status.WITHDRAWN) {
            throw new StateConflictException("Sistem ini sudah ditarik dari daftar.");
        }
        status = Status.WITHDRAWN;
        withdrawReason = reason.trim();
        withdrawnAt = now;
        raise(new PlacementWithdrawn(UUID.randomUUID(), now, id, opd, withdrawReason, by));
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

    public String applicationId() {
        return applicationId;
    }

    public Location location() {
        return location;
    }

    public String locationDetail() {
        return locationDetail;
    }

    public Status status() {
        return status;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public String withdrawReason() {
        return withdrawReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
