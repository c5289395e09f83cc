package id.go.spbe.datacenter.colocation.domain;

import id.go.spbe.datacenter.colocation.domain.ColocationEvents.ColocationReleased;
import id.go.spbe.datacenter.colocation.domain.ColocationEvents.ColocationReserved;
import id.go.spbe.datacenter.colocation.domain.ColocationEvents.RackRegistered;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A rack of a data center and the colocation reservations in it (D3, D4). The reservations live in the rack's
 * document, so "no two active reservations share a unit" and "the rack's power budget holds" are decided on one
 * document under its optimistic lock: two concurrent reservations of the same units cannot both be written.
 */
@Document("racks")
@CompoundIndex(name = "reservation_id", def = "{'reservations.id': 1}")
@CompoundIndex(name = "reservation_opd", def = "{'reservations.opd': 1}")
public class Rack extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String dataCenter;
    private String name;
    private int heightU;
    private double maxPowerKw;
    private List<RackReservation> reservations = new ArrayList<>();
    private Instant registeredAt;

    Rack() {
    }

    public static Rack register(String dataCenter, String name, int heightU, double maxPowerKw, String by,
            Instant now) {
        Rack rack = new Rack();
        rack.id = dataCenter + "-" + name;
        rack.dataCenter = dataCenter;
        rack.name = name;
        rack.heightU = heightU;
        rack.maxPowerKw = maxPowerKw;
        rack.registeredAt = now;
        rack.raise(new RackRegistered(UUID.randomUUID(), now, rack.id, dataCenter, name, heightU, maxPowerKw, by));
        return rack;
    }

    /**
     * Reserves units for a Mandiri TIK OPD (checked by the caller, D4): inside the rack, overlapping no active
     * reservation (409), within the rack's power budget (422, D3).
     */
    public RackReservation reserve(String opd, int startU, int height, double powerKw, String purpose, String by,
            Instant now) {
        if (startU < 1 || height < 1 || startU + height - 1 > heightU) {
            throw new RuleViolationException("D3", "Unit " + startU + "–" + (startU + height - 1)
                    + " berada di luar rak " + name + " (1–" + heightU + " U).");
        }
        Optional<RackReservation> clash = reservations.stream().filter(RackReservation::active)
                .filter(r -> r.overlaps(startU, height)).findFirst();
        if (clash.isPresent()) {
            throw new StateConflictException("Unit " + startU + "–" + (startU + height - 1) + " rak " + name
                    + " bertumpang tindih dengan reservasi U" + clash.get().startU() + "–" + clash.get().endU()
                    + ".");
        }
        double drawn = reservations.stream().filter(RackReservation::active).mapToDouble(RackReservation::powerKw)
                .sum();
        if (drawn + powerKw > maxPowerKw + 1e-9) {
            throw new RuleViolationException("D3", "Daya rak " + name + " tidak mencukupi: terpakai " + drawn
                    + " kW + " + powerKw + " kW melebihi batas " + maxPowerKw + " kW.");
        }
        RackReservation reservation = new RackReservation(UUID.randomUUID().toString(), opd, startU, height, powerKw,
                purpose, RackReservation.Status.ACTIVE, by, now, null, null, null);
        reservations.add(reservation);
        raise(new ColocationReserved(UUID.randomUUID(), now, id, dataCenter, reservation.id(), opd, startU, height,
                powerKw, purpose, by));
        return reservation;
    }

    /** Frees the units; the reservation stays as RELEASED with who, when and why. */
    public RackReservation release(String reservationId, String reason, String by, Instant now) {
        RackReservation current = reservation(reservationId)
                .orElseThrow(() -> new NotFoundException("Kolokasi", reservationId));
        if (!current.active()) {
            throw new StateConflictException("Reservasi kolokasi ini sudah dilepas.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("D4", "Alasan pelepasan kolokasi wajib diisi.");
        }
        RackReservation released = current.released(by, now, reason.trim());
        reservations.set(reservations.indexOf(current), released);
        raise(new ColocationReleased(UUID.randomUUID(), now, id, dataCenter, reservationId, current.opd(),
                current.startU(), current.heightU(), released.releaseReason(), by));
        return released;
    }

    public Optional<RackReservation> reservation(String reservationId) {
        return reservations.stream().filter(r -> r.id().equals(reservationId)).findFirst();
    }

    /** The active reservation holding unit {@code u}, if any. */
    public Optional<RackReservation> holderOf(int u) {
        return reservations.stream().filter(RackReservation::active).filter(r -> r.overlaps(u, 1)).findFirst();
    }

    public String id() {
        return id;
    }

    public String dataCenter() {
        return dataCenter;
    }

    public String name() {
        return name;
    }

    public int heightU() {
        return heightU;
    }

    public double maxPowerKw() {
        return maxPowerKw;
    }

    public List<RackReservation> reservations() {
        return List.copyOf(reservations);
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
