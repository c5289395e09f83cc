package id.go.spbe.datacenter.colocation;

import id.go.spbe.datacenter.colocation.domain.Rack;
import id.go.spbe.datacenter.colocation.domain.RackReservation;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.datacenter.site.CapacityLedger;
import id.go.spbe.datacenter.site.CapacityLock;
import id.go.spbe.datacenter.site.DataCenters;
import id.go.spbe.datacenter.site.domain.Allocation;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Racks and colocation (D3, D4): Dinas registers racks; the units of a rack are reserved for Mandiri TIK OPD (where
 * the profile reserves own servers to them), overlap-free per rack and within the rack's and the data center's power
 * and rack-unit capacity. Everyone signed in sees which unit belongs to which OPD; the purpose only who may see the
 * OPD.
 */
@Service
public class Colocations {

    /** A reservation with the rack it is in. */
    public record Placed(Rack rack, RackReservation reservation) {
    }

    private final RackRepository racks;
    private final DataCenters dataCenters;
    private final CapacityLedger capacity;
    private final CapacityLock lock;
    private final OpdReferences opds;
    private final DatacenterRegulation regulation;
    private final Clock clock;

    Colocations(RackRepository racks, DataCenters dataCenters, CapacityLedger capacity, CapacityLock lock,
            OpdReferences opds, DatacenterRegulation regulation, Clock clock) {
        this.racks = racks;
        this.dataCenters = dataCenters;
        this.capacity = capacity;
        this.lock = lock;
        this.opds = opds;
        this.regulation = regulation;
        this.clock = clock;
    }

    public Rack registerRack(Caller caller, String dataCenter, String name, int heightU, double maxPowerKw) {
        if (dataCenters.find(dataCenter).isEmpty()) {
            throw new RuleViolationException("D1", "Pusat data '" + dataCenter + "' tidak terdaftar.");
        }
        Rack rack = Rack.register(dataCenter, name, heightU, maxPowerKw, caller.username(), clock.instant());
        try {
            return racks.insert(rack);
        } catch (DuplicateKeyException exists) {
            throw new StateConflictException("Rak " + name + " sudah terdaftar di pusat data " + dataCenter + ".");
        }
    }

    public Rack rack(String id) {
        return racks.findById(id).orElseThrow(() -> new NotFoundException("Rak", id));
    }

    public List<Rack> racksOf(String dataCenter) {
        return racks.findByDataCenterOrderByNameAsc(dataCenter);
    }

    /** D4: reserves units for {@code requestedOpd} (Dinas) or the caller's own OPD, which must be Mandiri TIK. */
    public Placed reserve(Caller caller, String rackId, String requestedOpd, int startU, int heightU, double powerKw,
            String purpose, String ifMatch) {
        String opd = requestedOpd != null ? requestedOpd : caller.opd();
        if (opd == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: pemohon tidak terikat pada satu OPD.");
        }
        caller.requireActsFor(opd);
        regulation.requireMayColocate(opds.requireKnown(opd));
        return lock.underLock(() -> {
            Rack rack = rack(rackId);
            ETags.checkIfMatch(ifMatch, rack.version());
            capacity.requireRoomFor(rack.dataCenter(), new Allocation(0, 0, 0, heightU, powerKw));
            RackReservation reservation = rack.reserve(opd, startU, heightU, powerKw, purpose.trim(),
                    caller.username(), clock.instant());
            return new Placed(racks.save(rack), reservation);
        });
    }

    /** The owner OPD's operators or Dinas release a reservation, with a reason. */
    public Placed release(Caller caller, String reservationId, String reason, String ifMatch) {
        Placed placed = get(caller, reservationId);
        boolean owner = caller.hasRole(Roles.OPD_OPERATOR) && placed.reservation().opd().equals(caller.opd());
        if (!owner && !caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only the owner OPD or Dinas releases a colocation");
        }
        Rack rack = placed.rack();
        ETags.checkIfMatch(ifMatch, rack.version());
        RackReservation released = rack.release(reservationId, reason, caller.username(), clock.instant());
        return new Placed(racks.save(rack), released);
    }

    /** One reservation; another OPD's is a 404. */
    public Placed get(Caller caller, String reservationId) {
        return racks.findByReservationId(reservationId)
                .flatMap(rack -> rack.reservation(reservationId).map(r -> new Placed(rack, r)))
                .filter(p -> caller.maySee(p.reservation().opd()))
                .orElseThrow(() -> new NotFoundException("Kolokasi", reservationId));
    }

    /** The caller's OPD's reservations, or any/the named OPD's for region-wide roles. */
    public Page<Placed> list(Caller caller, String opd, RackReservation.Status status, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        Stream<Rack> candidates = scope == null ? racks.findAll().stream()
                : racks.findByReservationOpd(scope).stream();
        List<Placed> all = candidates.flatMap(rack -> rack.reservations().stream().map(r -> new Placed(rack, r)))
                .filter(p -> scope == null || p.reservation().opd().equals(scope))
                .filter(p -> status == null || p.reservation().status() == status)
                .sorted(Comparator.comparing((Placed p) -> p.reservation().reservedAt()).reversed()
                        .thenComparing(p -> p.reservation().id()))
                .toList();
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }
}
