package id.go.spbe.datacenter.osimage.domain;

import id.go.spbe.datacenter.osimage.domain.OsImageEvents.OsImageAdded;
import id.go.spbe.datacenter.osimage.domain.OsImageEvents.OsImageRetired;
import id.go.spbe.datacenter.osimage.domain.OsImageEvents.OsImageUpdated;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An OS image (template) of the Pusat Data's catalogue that a VPS can be provisioned from (D4: Dinas provides the VPS
 * "beserta konfigurasi"). Identified by its code, which VPS requests name; never deleted, only retired, so a VPS
 * provisioned from it keeps naming a known image.
 */
@Document("os_images")
public class OsImage extends AggregateRoot {

    public enum Family {
        LINUX, WINDOWS, BSD, OTHER
    }

    public enum Status {
        ACTIVE, RETIRED
    }

    @Id
    private String code;
    private String name;
    /** The release, e.g. "24.04 LTS" ({@code version} is the optimistic lock's). */
    private String release;
    private Family family;
    private LocalDate endOfSupport;
    @Indexed
    private Status status;
    private String addedBy;
    private Instant addedAt;
    private Instant updatedAt;
    private String retireReason;
    private String retiredBy;
    private Instant retiredAt;

    OsImage() {
    }

    public static OsImage add(String code, String name, String version, Family family, LocalDate endOfSupport,
            String by, Instant now) {
        OsImage i = new OsImage();
        i.code = code;
        i.name = name.trim();
        i.release = version.trim();
        i.family = family;
        i.endOfSupport = endOfSupport;
        i.status = Status.ACTIVE;
        i.addedBy = by;
        i.addedAt = now;
        i.updatedAt = now;
        i.raise(new OsImageAdded(UUID.randomUUID(), now, code, i.name, i.release, family.name(), endOfSupport, by));
        return i;
    }

    /** Corrects the description; a retired image is history and stays as it was (409). */
    public void update(String newName, String newVersion, Family newFamily, LocalDate newEndOfSupport, String by,
            Instant now) {
        if (status == Status.RETIRED) {
            throw new StateConflictException("Image " + code + " sudah dipensiunkan dan tidak diubah lagi.");
        }
        List<String> changed = new ArrayList<>();
        if (!name.equals(newName.trim())) {
            changed.add("name");
        }
        if (!release.equals(newVersion.trim())) {
            changed.add("version");
        }
        if (family != newFamily) {
            changed.add("family");
        }
        if (!Objects.equals(endOfSupport, newEndOfSupport)) {
            changed.add("endOfSupport");
        }
        if (changed.isEmpty()) {
            return;
        }
        name = newName.trim();
        release = newVersion.trim();
        family = newFamily;
        endOfSupport = newEndOfSupport;
        updatedAt = now;
        raise(new OsImageUpdated(UUID.randomUUID(), now, code, changed, name, release, family.name(), endOfSupport,
                by));
    }

    /** No new VPS is requested from a retired image; VPS already running on it are not touched. */
    public void retire(String reason, String by, Instant now) {
        if (status == Status.RETIRED) {
            throw new StateConflictException("Image " + code + " sudah dipensiunkan.");
        }
        status = Status.RETIRED;
        retireReason = reason.trim();
        retiredBy = by;
        retiredAt = now;
        updatedAt = now;
        raise(new OsImageRetired(UUID.randomUUID(), now, code, retireReason, by));
    }

    /** Whether the vendor's support ended before {@code today} (no end date: supported). */
    public boolean supportEnded(LocalDate today) {
        return endOfSupport != null && endOfSupport.isBefore(today);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String release() {
        return release;
    }

    public Family family() {
        return family;
    }

    public LocalDate endOfSupport() {
        return endOfSupport;
    }

    public Status status() {
        return status;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String retireReason() {
        return retireReason;
    }

    public String retiredBy() {
        return retiredBy;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
