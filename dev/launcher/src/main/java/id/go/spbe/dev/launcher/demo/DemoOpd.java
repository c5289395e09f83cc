package id.go.spbe.dev.launcher.demo;

/**
 * One perangkat daerah of the demo structure. {@code unit} is the source inventory's own OPD code (tb_opd), empty
 * where the inventory does not name the OPD; {@code code} is the directory code the platform uses.
 */
record DemoOpd(String unit, String code, String kind, String parent, String name) {

    /** The starting OPDs app-registry-service seeds (application.yml), which the demo users belong to. */
    static final java.util.Set<String> SEEDED = java.util.Set.of("DISKOMINFO", "DINKES", "DISDIK", "UPTD-LABKESDA");

    boolean seeded() {
        return SEEDED.contains(code);
    }
}
