package id.go.spbe.dev.launcher.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link DemoStep} works with: the API, the region's data and profile, the report, and what earlier steps
 * made.
 */
public final class DemoContext {

    /** Registers any OPD's applications, decides for Dinas; belongs to DISKOMINFO. */
    static final String DINAS = "admin.dinas";
    /** The coordination team (A11 shared-use approval). */
    static final String COORDINATOR = "sekda";
    /** The OPD operators of the dev realm, by OPD; other OPDs' items are entered by Dinas. */
    static final Map<String, String> OPERATORS = Map.of("DINKES", "operator.dinkes", "DISDIK", "operator.disdik");

    private final DemoApi api;
    private final DemoRegion region;
    private final RegionProfile profile;
    private final DemoReport report;
    private final Map<String, String> applicationIds = new HashMap<>();
    private final Map<String, String> applicationStatus = new HashMap<>();

    DemoContext(DemoApi api, DemoRegion region, RegionProfile profile, DemoReport report) {
        this.api = api;
        this.region = region;
        this.profile = profile;
        this.report = report;
    }

    public DemoApi api() {
        return api;
    }

    DemoRegion region() {
        return region;
    }

    RegionProfile profile() {
        return profile;
    }

    public DemoReport report() {
        return report;
    }

    /** Who enters an OPD's data: its operator where the realm has one, else Dinas (which may act for any OPD). */
    static String actorFor(String opd) {
        return OPERATORS.getOrDefault(opd, DINAS);
    }

    void registered(String inventoryId, String applicationId, String status) {
        applicationIds.put(inventoryId, applicationId);
        applicationStatus.put(inventoryId, status);
    }

    /** The platform id of an inventory application the applications step registered. */
    public Optional<String> applicationId(String inventoryId) {
        return Optional.ofNullable(applicationIds.get(inventoryId));
    }

    /** Its status as the last workflow reply said. */
    public Optional<String> applicationStatus(String inventoryId) {
        return Optional.ofNullable(applicationStatus.get(inventoryId));
    }
}
