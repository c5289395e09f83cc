package id.go.spbe.datacenter.site.domain;

import id.go.spbe.datacenter.site.domain.DataCenterEvents.DataCenterLinkStatusChanged;
import id.go.spbe.datacenter.site.domain.DataCenterEvents.DataCenterRegistered;
import id.go.spbe.datacenter.site.domain.DataCenterEvents.DataCenterUpdated;
import id.go.spbe.datacenter.site.domain.DataCenterEvents.LinkState;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A data center of the region, run by Dinas (D1): the shared main site or the disaster-recovery site (D9), with its
 * installed capacity and overcommit ratios, its links to the provincial and national data centers, and — on the main
 * site — the disaster-recovery target of each critical system it runs.
 */
@Document("data_centers")
public class DataCenter extends AggregateRoot {

    @Id
    private String code;
    private String name;
    private SiteRole role;
    private String address;
    private Capacity capacity;
    private List<UpstreamLink> links = new ArrayList<>();
    private List<DrTarget> drTargets = new ArrayList<>();
    private String registeredBy;
    private Instant registeredAt;
    private String updatedBy;
    private Instant updatedAt;

    DataCenter() {
    }

    /**
     * Registers a data center.
     *
     * @param drSites codes of the region's disaster-recovery sites, which DR targets must name (D9)
     */
    public static DataCenter register(String code, DataCenterDetails details, Set<String> drSites, String by,
            Instant now) {
        DataCenter dc = new DataCenter();
        dc.code = code;
        dc.apply(details, drSites);
        dc.registeredBy = by;
        dc.registeredAt = now;
        dc.updatedBy = by;
        dc.updatedAt = now;
        Capacity c = dc.capacity;
        dc.raise(new DataCenterRegistered(UUID.randomUUID(), now, code, dc.name, dc.role, c.vcpu(), c.ramGib(),
                c.diskGib(), c.rackUnits(), c.powerKw(), c.vcpuOvercommit(), c.ramOvercommit(),
                LinkState.of(dc.links), by));
        return dc;
    }

    /** Replaces the form data; returns false (no write, no event) when nothing changed. */
    public boolean update(DataCenterDetails details, Set<String> drSites, String by, Instant now) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(name, details.name())) {
            changed.add("name");
        }
        if (role != details.role()) {
            changed.add("role");
        }
        if (!Objects.equals(address, details.address())) {
            changed.add("address");
        }
        if (!Objects.equals(capacity, details.capacity())) {
            changed.add("capacity");
        }
        if (!Objects.equals(links, details.links())) {
            changed.add("links");
        }
        if (!Objects.equals(drTargets, details.drTargets())) {
            changed.add("drTargets");
        }
        if (changed.isEmpty()) {
            return false;
        }
        apply(details, drSites);
        updatedBy = by;
        updatedAt = now;
        raise(new DataCenterUpdated(UUID.randomUUID(), now, code, name, role, changed, capacity.vcpu(),
                capacity.ramGib(), capacity.diskGib(), capacity.rackUnits(), capacity.powerKw(),
                capacity.vcpuOvercommit(), capacity.ramOvercommit(), LinkState.of(links), drTargets.size(), by));
        return true;
    }

    /**
     * D1: the link to {@code upstream} is now {@code status}, as Dinas (or, later, a probe) observed it. The link must
     * have been recorded; a status it already has is a 409.
     */
    public void recordLinkStatus(UpstreamLink.Upstream upstream, UpstreamLink.LinkStatus status, String note,
            String by, Instant now) {
        UpstreamLink current = links.stream().filter(l -> l.upstream() == upstream).findFirst()
                .orElseThrow(() -> new RuleViolationException("D1", "Pusat data " + code + " belum mencatat "
                        + "keterhubungan ke pusat data " + upstream + "."));
        if (current.status() == status) {
            throw new StateConflictException("Keterhubungan ke " + upstream + " sudah berstatus " + status + ".");
        }
        String cleanNote = note == null || note.isBlank() ? current.note() : note.trim();
        links.set(links.indexOf(current), new UpstreamLink(upstream, current.name(), status,
                current.bandwidthMbps(), cleanNote, now));
        updatedBy = by;
        updatedAt = now;
        raise(new DataCenterLinkStatusChanged(UUID.randomUUID(), now, code, upstream, current.status(), status,
                note == null || note.isBlank() ? null : note.trim(), by));
    }

    private void apply(DataCenterDetails details, Set<String> drSites) {
        Set<UpstreamLink.Upstream> upstreams = new HashSet<>();
        for (UpstreamLink link : details.links()) {
            if (!upstreams.add(link.upstream())) {
                throw new RuleViolationException("D1", "Keterhubungan ke pusat data " + link.upstream()
                        + " dicatat lebih dari sekali.");
            }
        }
        if (details.role() == SiteRole.DISASTER_RECOVERY && !details.drTargets().isEmpty()) {
            throw new RuleViolationException("D9", "Target pemulihan bencana dicatat pada pusat data utama tempat "
                    + "sistem berjalan, bukan pada situs DR.");
        }
        Set<String> systems = new HashSet<>();
        for (DrTarget target : details.drTargets()) {
            if (!systems.add(target.systemKind() + ":" + target.systemId())) {
                throw new RuleViolationException("D9", "Sistem " + target.systemId()
                        + " memiliki lebih dari satu target pemulihan bencana.");
            }
            if (target.replicaSite().equals(code) || !drSites.contains(target.replicaSite())) {
                throw new RuleViolationException("D9", "Situs replika '" + target.replicaSite() + "' untuk sistem "
                        + target.systemId() + " bukan pusat pemulihan bencana (DISASTER_RECOVERY) yang terdaftar.");
            }
        }
        name = details.name();
        role = details.role();
        address = details.address();
        capacity = details.capacity();
        links = new ArrayList<>(details.links());
        drTargets = new ArrayList<>(details.drTargets());
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public SiteRole role() {
        return role;
    }

    public String address() {
        return address;
    }

    public Capacity capacity() {
        return capacity;
    }

    public List<UpstreamLink> links() {
        return List.copyOf(links);
    }

    public List<DrTarget> drTargets() {
        return List.copyOf(drTargets);
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
