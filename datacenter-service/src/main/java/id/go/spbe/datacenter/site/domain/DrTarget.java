package id.go.spbe.datacenter.site.domain;

/**
 * The disaster-recovery target of one critical system run in the data center (D9): how much data may be lost (RPO)
 * and how long recovery may take (RTO), and the site the system is replicated to.
 *
 * @param systemKind  what is protected: a registered application or a VPS
 * @param systemId    its id (application id of the register, or VPS request id)
 * @param replicaSite code of the disaster-recovery data center holding the replica
 */
public record DrTarget(SystemKind systemKind, String systemId, String systemName, int rpoMinutes, int rtoMinutes,
        String replicaSite) {

    public enum SystemKind {
        APPLICATION, VPS
    }
}
