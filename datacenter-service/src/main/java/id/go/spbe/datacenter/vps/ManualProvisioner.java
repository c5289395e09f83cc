package id.go.spbe.datacenter.vps;

import org.springframework.stereotype.Component;

/**
 * Dinas staff provisioned the machine by hand and record what they set up: the machine is what they typed. A
 * hypervisor-backed {@link Provisioner} replaces it as a {@code @Primary} bean.
 */
@Component
class ManualProvisioner implements Provisioner {

    @Override
    public Machine provision(Order order) {
        return new Machine(order.requestedHostname(), order.requestedIp());
    }
}
