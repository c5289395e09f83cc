package id.go.spbe.audit.plan.domain;

/**
 * What an object of the audit universe is, and which inventory tells this service about it. Applications come from
 * the application register (AU5, AU6); the infrastructure objects follow the regulation's parts of "Infrastruktur
 * SPBE" (RL p18(1), p23(4)): each data center (Pusat Data), the region's WAN (Jaringan Antar OPD, run by Dinas up to
 * the OPD routers, RL p23(6)a) and each OPD's LAN (Jaringan Intra OPD, RL p23(6)b-c, p24(2)) — AU4, AU6.
 */
public enum ObjectKind {
    APPLICATION(ObjectType.APPLICATION, "app-registry-service"),
    DATA_CENTER(ObjectType.INFRASTRUCTURE, "datacenter-service"),
    WAN(ObjectType.INFRASTRUCTURE, "network-service"),
    LAN(ObjectType.INFRASTRUCTURE, "network-service");

    private final ObjectType type;
    private final String source;

    ObjectKind(ObjectType type, String source) {
        this.type = type;
        this.source = source;
    }

    public ObjectType type() {
        return type;
    }

    /** The service whose inventory feeds objects of this kind. */
    public String source() {
        return source;
    }
}
