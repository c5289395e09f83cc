package id.go.spbe.dev.launcher.demo;

import id.go.spbe.dev.launcher.demo.DemoApplication.TargetStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the inventory's applications and walks each through the workflow to its demo state, each step by the
 * role the platform requires: the owner OPD's operator (or Dinas for OPDs without a demo operator) registers,
 * submits, deposits documents and records tests; Dinas recommends, rejects and activates; the coordination team
 * approves shared use (A11). A step refused by the platform is reported and the application stays where it got.
 */
final class ApplicationsStep implements DemoStep {

    static final String KIND = "aplikasi";
    static final String DOCUMENTS = "dokumen";

    @Override
    public String name() {
        return "aplikasi dan alur kerja / applications and workflow";
    }

    @Override
    public void load(DemoContext ctx) {
        for (DemoApplication app : ctx.region().applications()) {
            String[] status = {null};
            try {
                walk(ctx, app, status);
                ctx.report().loaded(KIND);
            } catch (DemoFailure e) {
                ctx.report().failed("aplikasi '" + app.name() + "' (id_app " + app.inventoryId() + ", menuju "
                        + app.target() + (status[0] == null ? "" : ", kini " + status[0]) + ")", e.getMessage());
            }
        }
        ctx.region().skipped().forEach(s -> ctx.report().failed("aplikasi " + s, "dilewati / skipped"));
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        ctx.region().applications().forEach(a -> ctx.applicationStatus(a.inventoryId())
                .ifPresent(s -> byStatus.merge(s, 1, Integer::sum)));
        ctx.report().detail(KIND, String.join(", ", byStatus.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()));
    }

    private static void walk(DemoContext ctx, DemoApplication app, String[] status) {
        DemoApi api = ctx.api();
        String actor = DemoContext.actorFor(app.ownerOpd());
        TargetStatus target = app.target();

        DemoApi.Reply reply = DemoApi.expect(api.post(actor, "/api/v1/applications", form(app, ctx.profile())),
                "register");
        String id = reply.string("id");
        String path = "/api/v1/applications/" + id;
        status[0] = reply.string("status");
        ctx.registered(app.inventoryId(), id, status[0]);

        if (target.reaches(TargetStatus.SUBMITTED)) {
            status[0] = step(ctx, app, api.post(actor, path + "/submit", null), "submit");
        }
        if (target == TargetStatus.REJECTED) {
            status[0] = step(ctx, app, api.post(DemoContext.DINAS, path + "/reject", Map.of("reason",
                    "Fungsi aplikasi tumpang tindih dengan aplikasi yang sudah ada; lengkapi analisis kebutuhan "
                            + "dan ajukan kembali.")), "reject");
            return;
        }
        if (target.reaches(TargetStatus.RECOMMENDED)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("note", "Sesuai arsitektur SPBE daerah.");
            if (app.central()) {
                // A4: a closed-source application needs Dinas's recorded consideration.
                body.put("closedSourceConsideration", "Aplikasi disediakan instansi pusat; kode sumber dikelola "
                        + "instansi pusat dan tidak tersedia bagi daerah.");
            }
            status[0] = step(ctx, app, api.post(DemoContext.DINAS, path + "/recommend", body), "recommend");
        }
        if (target.reaches(TargetStatus.DEPOSITED)) {
            uploadDocuments(ctx, app, actor, path);
            status[0] = step(ctx, app, api.post(actor, path + "/deposit", null), "deposit");
        }
        if (target.reaches(TargetStatus.ACTIVE)) {
            DemoApi.expect(api.post(actor, path + "/test-results", Map.of("kind", "FUNCTIONAL",
                    "testedOn", LocalDate.now().minusDays(7).toString(), "passed", true,
                    "summary", "Uji fungsional seluruh fitur utama: lulus.")), "test result");
            DemoApi.expect(api.post(actor, path + "/stage", Map.of("stage", "IMPLEMENTATION")), "stage");
            status[0] = step(ctx, app, api.post(DemoContext.DINAS, path + "/activate", null), "activate");
            if (!app.userOpds().isEmpty()) {
                DemoApi.expect(api.post(DemoContext.COORDINATOR, path + "/shared-use-approval",
                        Map.of("note", "Dipakai bersama sesuai inventaris daerah.")), "shared-use approval");
            }
        }
        if (target == TargetStatus.DECOMMISSIONED) {
            status[0] = step(ctx, app, api.post(actor, path + "/decommission", Map.of("reason",
                    "Tercatat nonaktif pada inventaris aplikasi Kota Denpasar (2022).")), "decommission");
        }
    }

    /** Runs one workflow step and returns the status the platform reports after it. */
    private static String step(DemoContext ctx, DemoApplication app, DemoApi.Reply reply, String name) {
        String status = DemoApi.expect(reply, name).string("status");
        ctx.registered(app.inventoryId(), reply.string("id"), status);
        return status;
    }

    /** A7: the documents the regulation requires before deposit. */
    private static void uploadDocuments(DemoContext ctx, DemoApplication app, String actor, String path) {
        for (String kind : ctx.profile().requiredDocuments()) {
            DemoDocuments.DemoFile file = DemoDocuments.forKind(kind, app.name());
            DemoApi.expect(ctx.api().upload(actor, path + "/documents", Map.of("kind", kind), "file",
                    file.filename(), file.contentType(), file.content()), "upload " + kind);
            ctx.report().loaded(DOCUMENTS);
        }
    }

    /** The registration form from the inventory row (ApplicationForm of app-registry-service). */
    static Map<String, Object> form(DemoApplication app, RegionProfile profile) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", app.name());
        form.put("description", description(app, profile));
        if (!DemoContext.OPERATORS.containsKey(app.ownerOpd())) {
            form.put("ownerOpd", app.ownerOpd()); // Dinas registers for the OPD
        }
        form.put("applicationClass", profile.applicationClass(app.khusus(), 1 + app.userOpds().size()));
        form.put("userOpds", app.userOpds());
        form.put("serviceType", app.serviceType());
        form.put("functionDomains", List.of(app.functionDomain()));
        form.put("licence", app.central() ? Map.of("kind", "CLOSED_SOURCE") : Map.of("kind", "OPEN_SOURCE"));
        if (app.central()) {
            form.put("hosting", Map.of("kind", "INSTANSI_PUSAT"));
        }
        form.put("url", url(app, profile));
        form.put("developmentStatus", app.activeInInventory() ? "STABLE" : "OBSOLETE");
        return form;
    }

    /**
     * The application's address: its demo subdomain where it gets one, the inventory's own link when that lies on the
     * region's domain (A10), otherwise none (the link is kept in the description, as app-registry's import does).
     */
    static String url(DemoApplication app, RegionProfile profile) {
        String label = SubdomainsStep.LABELS.get(app.inventoryId());
        if (label != null && profile.domain() != null) {
            return "https://" + label + "." + profile.domain() + "/";
        }
        if (profile.withinDomain(app.link())) {
            return app.link().matches("(?i)^https?://.*") ? app.link() : "https://" + app.link();
        }
        return null;
    }

    static String description(DemoApplication app, RegionProfile profile) {
        List<String> parts = new ArrayList<>();
        if (app.description() != null) {
            parts.add(app.description());
        }
        if (!app.link().isEmpty() && !profile.withinDomain(app.link())) {
            parts.add("Alamat di inventaris asal: " + app.link());
        }
        parts.add("Sumber: inventaris aplikasi Pemerintah Kota Denpasar 2022, id_app " + app.inventoryId() + ".");
        String text = String.join("\n\n", parts);
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }
}
