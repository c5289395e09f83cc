package id.go.spbe.dev.launcher.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Subdomains of the region's domain (A10): Dinas allocates names for three running applications, taking the label
 * each had under denpasarkota.go.id in the inventory, and the health office's operator asks for its website's name,
 * which stays REQUESTED for Dinas to decide in the demo.
 */
final class SubdomainsStep implements DemoStep {

    static final String KIND = "subdomain";

    /** Inventory id_app → label (e-Kinerja, JDIH, Smart Arsip). */
    static final Map<String, String> LABELS = Map.of("73", "ekinerja", "121", "jdih", "83", "smartarsip");

    static final String OPD_SITE_LABEL = "dinkes";

    @Override
    public String name() {
        return "subdomain";
    }

    @Override
    public void load(DemoContext ctx) {
        LABELS.forEach((inventoryId, label) -> {
            String item = "subdomain " + label;
            try {
                String applicationId = ctx.applicationId(inventoryId)
                        .orElseThrow(() -> new DemoFailure("aplikasi id_app " + inventoryId + " tidak terdaftar"));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("label", label);
                body.put("purpose", "APLIKASI");
                body.put("applicationId", applicationId);
                DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/subdomains", body), "allocate");
                ctx.report().loaded(KIND);
            } catch (DemoFailure e) {
                ctx.report().failed(item, e.getMessage());
            }
        });
        try {
            DemoApi.expect(ctx.api().post(DemoContext.actorFor("DINKES"), "/api/v1/subdomains",
                    Map.of("label", OPD_SITE_LABEL, "purpose", "SITUS_OPD", "opd", "DINKES")), "request");
            ctx.report().loaded(KIND);
        } catch (DemoFailure e) {
            ctx.report().failed("subdomain " + OPD_SITE_LABEL, e.getMessage());
        }
    }
}
