package id.go.spbe.dev.launcher.demo;

import java.util.List;

/**
 * One inventory application as the demo registers it: the inventory's facts mapped onto directory codes, plus the
 * workflow state the demo brings it to.
 *
 * @param inventoryId  {@code id_app} of the source inventory
 * @param khusus       the inventory's classification (Khusus, else Umum)
 * @param central      provided by a central government agency (x_kategori Pusat)
 * @param link         the address as the inventory has it, may be empty
 * @param userOpds     user OPDs other than the owner (the inventory names at most one)
 */
record DemoApplication(String inventoryId, String name, String description, String ownerOpd, List<String> userOpds,
        boolean khusus, boolean central, String link, boolean activeInInventory, TargetStatus target,
        String functionDomain, String serviceType) {

    /** The workflow states of an application (app-registry ApplicationStatus), in the order the demo walks them. */
    enum TargetStatus {
        DRAFT, SUBMITTED, REJECTED, RECOMMENDED, DEPOSITED, ACTIVE, DECOMMISSIONED;

        /** Whether an application bound for this state passes through {@code step} on the way. */
        boolean reaches(TargetStatus step) {
            if (this == REJECTED || step == REJECTED) {
                return step == this || step == SUBMITTED || step == DRAFT;
            }
            return ordinal() >= step.ordinal();
        }
    }
}
