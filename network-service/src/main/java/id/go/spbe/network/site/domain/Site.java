package id.go.spbe.network.site.domain;

import id.go.spbe.network.site.domain.SiteEvents.SiteRegistered;
import id.go.spbe.network.site.domain.SiteEvents.SiteUpdated;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A place where an OPD is on the intra-government network (N1): an office, a branch, a UPTD. An OPD has one or more;
 * sub-units that the directory lists as OPDs of their own have their own sites, so the sites follow the OPD tree.
 * Sites that interconnect the region with the provincial or central government network carry those uplinks.
 */
@Document("sites")
public class Site extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String opdCode;
    private String name;
    private String address;
    private Double latitude;
    private Double longitude;
    private List<Uplink> uplinks = new ArrayList<>();
    private String registeredBy;
    private Instant registeredAt;
    private String updatedBy;
    private Instant updatedAt;

    Site() {
    }

    public static Site register(String opdCode, SiteDetails details, String actor, Instant now) {
        Site site = new Site();
        site.id = UUID.randomUUID().toString();
        site.opdCode = opdCode;
        site.apply(details);
        site.registeredBy = actor;
        site.registeredAt = now;
        site.raise(new SiteRegistered(UUID.randomUUID(), now, site.id, opdCode, site.name, site.address,
                site.latitude, site.longitude, site.uplinks));
        return site;
    }

    public void update(SiteDetails details, String actor, Instant now) {
        apply(details);
        updatedBy = actor;
        updatedAt = now;
        raise(new SiteUpdated(UUID.randomUUID(), now, id, opdCode, name, address, latitude, longitude, uplinks));
    }

    /** The site as it is now. */
    public SiteTerms terms() {
        return new SiteTerms(id, opdCode, name, uplinks);
    }

    /** Whether the site may have looked different at {@code instant}: only an update at or after it changes it. */
    public boolean changedSince(Instant instant) {
        return updatedAt != null && !updatedAt.isBefore(instant);
    }

    private void apply(SiteDetails details) {
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw new RuleViolationException("N1", "Koordinat diisi lengkap (lintang dan bujur) atau tidak sama "
                    + "sekali.");
        }
        Set<String> circuits = new HashSet<>();
        for (Uplink uplink : details.uplinks()) {
            if (uplink.circuitId() != null && !circuits.add(uplink.network() + "/" + uplink.circuitId())) {
                throw new RuleViolationException("N1", "Sirkuit " + uplink.circuitId() + " ke jaringan "
                        + uplink.network() + " disebut dua kali.");
            }
        }
        name = details.name().strip();
        address = details.address();
        latitude = details.latitude();
        longitude = details.longitude();
        uplinks = new ArrayList<>(details.uplinks());
    }

    public String id() {
        return id;
    }

    public String opdCode() {
        return opdCode;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public List<Uplink> uplinks() {
        return List.copyOf(uplinks);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
