package id.go.spbe.datacenter.vps.domain;

/** The machine an OPD asks for: virtual CPUs, memory and disk in GiB, and an OS image of the configured catalogue. */
public record VpsSpec(int vcpu, int ramGib, int diskGib, String osImage) {

    /** The same machine with other resources (a resize keeps the OS image). */
    public VpsSpec resizedTo(int newVcpu, int newRamGib, int newDiskGib) {
        return new VpsSpec(newVcpu, newRamGib, newDiskGib, osImage);
    }
}
