package id.go.spbe.dev.launcher.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers Kota Denpasar's perangkat daerah (POST /api/v1/opds, Dinas only). The seeded OPDs keep their codes (the
 * demo users belong to them) and take the region's names (PUT with the ETag just read); an OPD already registered
 * (409) is left as it is.
 */
final class OpdStructureStep implements DemoStep {

    static final String KIND = "OPD";

    @Override
    public String name() {
        return "struktur OPD / OPD structure";
    }

    @Override
    public void load(DemoContext ctx) {
        DemoApi api = ctx.api();
        for (DemoOpd opd : ctx.region().opds()) {
            String item = "OPD " + opd.code();
            try {
                if (opd.seeded()) {
                    rename(api, opd);
                    ctx.report().loaded(KIND);
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", opd.code());
                body.put("name", opd.name());
                body.put("kind", opd.kind());
                body.put("dinas", false);
                body.put("parentCode", opd.parent().isEmpty() ? null : opd.parent());
                DemoApi.Reply reply = api.post(DemoContext.DINAS, "/api/v1/opds", body);
                if (reply.status() == 409) {
                    continue; // registered before (e.g. by hand); the directory's entry wins
                }
                DemoApi.expect(reply, "register");
                ctx.report().loaded(KIND);
            } catch (DemoFailure e) {
                ctx.report().failed(item, e.getMessage());
            }
        }
    }

    /** Gives a seeded OPD the region's name, keeping everything else of its entry. */
    private static void rename(DemoApi api, DemoOpd opd) {
        DemoApi.Reply current = DemoApi.expect(api.get(DemoContext.DINAS, "/api/v1/opds/" + opd.code()), "read");
        if (opd.name().equals(current.string("name"))) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", opd.name());
        body.put("kind", current.string("kind"));
        body.put("dinas", current.json().get("dinas"));
        body.put("active", current.json().get("active"));
        body.put("parentCode", current.string("parentCode"));
        body.put("mandiriTik", current.json().get("mandiriTik"));
        DemoApi.expect(api.put(DemoContext.DINAS, "/api/v1/opds/" + opd.code(), body, current.etag()), "rename");
    }
}
