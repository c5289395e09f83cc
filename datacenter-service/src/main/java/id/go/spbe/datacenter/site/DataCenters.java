package id.go.spbe.datacenter.site;

import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.datacenter.site.domain.DataCenterDetails;
import id.go.spbe.datacenter.site.domain.SiteRole;
import id.go.spbe.datacenter.site.domain.UpstreamLink;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The region's data centers (D1, D9). Dinas maintains them (the controller requires the role); everyone signed in
 * reads them: they are shared infrastructure, not an OPD's records.
 */
@Service
public class DataCenters {

    private final DataCenterRepository dataCenters;
    private final Clock clock;

    DataCenters(DataCenterRepository dataCenters, Clock clock) {
        this.dataCenters = dataCenters;
        this.clock = clock;
    }

    public DataCenter register(Caller caller, String code, DataCenterDetails details) {
        if (dataCenters.existsById(code)) {
            throw new StateConflictException("Pusat data '" + code + "' sudah terdaftar.");
        }
        requireSingleMain(code, details.role());
        DataCenter dc = DataCenter.register(code, details, drSites(), caller.username(), clock.instant());
        try {
            return dataCenters.insert(dc);
        } catch (DuplicateKeyException raced) {
            throw new StateConflictException("Pusat data '" + code + "' sudah terdaftar.");
        }
    }

    public DataCenter update(Caller caller, String code, DataCenterDetails details, String ifMatch) {
        DataCenter dc = get(code);
        ETags.checkIfMatch(ifMatch, dc.version());
        requireSingleMain(code, details.role());
        return dc.update(details, drSites(), caller.username(), clock.instant()) ? dataCenters.save(dc) : dc;
    }

    public DataCenter recordLinkStatus(Caller caller, String code, UpstreamLink.Upstream upstream,
            UpstreamLink.LinkStatus status, String note, String ifMatch) {
        DataCenter dc = get(code);
        ETags.checkIfMatch(ifMatch, dc.version());
        dc.recordLinkStatus(upstream, status, note, caller.username(), clock.instant());
        return dataCenters.save(dc);
    }

    public DataCenter get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Pusat data", code));
    }

    public Optional<DataCenter> find(String code) {
        return Optional.ofNullable(code).flatMap(dataCenters::findById);
    }

    public Page<DataCenter> list(Pageable page) {
        return dataCenters.findAll(page);
    }

    /** The region's main data center, where VPS run unless Dinas places them elsewhere. */
    public Optional<DataCenter> main() {
        return dataCenters.findByRole(SiteRole.MAIN).stream().findFirst();
    }

    /** D1: the region runs one shared main data center; others are disaster-recovery sites (D9). */
    private void requireSingleMain(String code, SiteRole role) {
        if (role == SiteRole.MAIN && dataCenters.findByRole(SiteRole.MAIN).stream()
                .anyMatch(other -> !other.code().equals(code))) {
            throw new RuleViolationException("D1", "Daerah sudah memiliki pusat data utama; pusat data lain "
                    + "didaftarkan sebagai situs pemulihan bencana (DISASTER_RECOVERY).");
        }
    }

    private Set<String> drSites() {
        return dataCenters.findByRole(SiteRole.DISASTER_RECOVERY).stream().map(DataCenter::code)
                .collect(Collectors.toSet());
    }
}
