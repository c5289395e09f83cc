package id.go.spbe.audit.pulled.domain;

/**
 * The other services' operational data an engagement can draw on (issue 12: "evidence pulled from other services
 * where they exist"): backup compliance and uptime from datacenter-service (D6, D3), the OPD's yearly LAN diagrams
 * from network-service (N6), change tickets from servicedesk-service (S6).
 */
public enum EvidenceSource {
    BACKUPS("Kepatuhan pencadangan", "datacenter-service"),
    UPTIME("Ketersediaan layanan (uptime)", "datacenter-service"),
    LAN_DIAGRAMS("Diagram LAN tahunan", "network-service"),
    CHANGES("Tiket perubahan", "servicedesk-service");

    private final String label;
    private final String producer;

    EvidenceSource(String label, String producer) {
        this.label = label;
        this.producer = producer;
    }

    /** The name in Bahasa Indonesia, as the screen and the report print it. */
    public String label() {
        return label;
    }

    public String producer() {
        return producer;
    }
}
