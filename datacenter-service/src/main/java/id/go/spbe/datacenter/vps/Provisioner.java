package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.vps.domain.VpsSpec;

/**
 * Where a hypervisor API would plug in (D4). The regulation assumes none: Dinas staff set the machine up and record
 * it, which is what {@link ManualProvisioner} does. An implementation for a real platform (Proxmox, OpenStack…)
 * would create the machine from the order and answer its host name and address; the credentials it creates are
 * handed to the OPD out of band and never returned here.
 */
public interface Provisioner {

    /**
     * @param vpsId             the request being provisioned
     * @param dataCenter        where it was approved
     * @param requestedHostname what the staff typed (manual) or proposes (automated)
     * @param requestedIp       likewise
     */
    record Order(String vpsId, String opd, String dataCenter, VpsSpec spec, String requestedHostname,
            String requestedIp) {
    }

    /** The machine as it exists. */
    record Machine(String hostname, String ipAddress) {
    }

    Machine provision(Order order);
}
