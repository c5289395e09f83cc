package id.go.spbe.datacenter.vps.domain;

/**
 * Asked by the aggregate, once the step itself is allowed, whether the data center and the OPD's quota have room for
 * {@code extra} (D4); throws the rule violation when not.
 */
@FunctionalInterface
public interface RoomCheck {

    void require(String dataCenter, int extraVcpu, int extraRamGib, int extraDiskGib);
}
