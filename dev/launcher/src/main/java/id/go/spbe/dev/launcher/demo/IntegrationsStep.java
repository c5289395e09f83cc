package id.go.spbe.dev.launcher.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Integrations between the demo's applications (A13): two recorded by Dinas between running applications of
 * different OPDs, and one proposed by the health office's operator that waits for the hospital's answer.
 */
final class IntegrationsStep implements DemoStep {

    static final String KIND = "integrasi";

    /** provider and consumer are inventory id_app values. */
    record Planned(String provider, String consumer, String kind, String purpose, String data, String by) {
    }

    static final List<Planned> PLANNED = List.of(
            new Planned("166", "27", "API", "Verifikasi NIK pemohon izin terhadap data kependudukan (SIAK).",
                    "NIK, nama, alamat", DemoContext.DINAS),
            new Planned("172", "73", "DATA_EXCHANGE", "Data pegawai untuk penilaian kinerja harian.",
                    "NIP, jabatan, unit kerja", DemoContext.DINAS),
            new Planned("11", "69", "API", "Rujukan pasien tuberkulosis dari RSUD ke pencatatan SITT Dinas Kesehatan.",
                    "nomor rujukan, diagnosis", "operator.dinkes"));

    @Override
    public String name() {
        return "integrasi / integrations";
    }

    @Override
    public void load(DemoContext ctx) {
        for (Planned p : PLANNED) {
            String item = "integrasi id_app " + p.provider() + " → " + p.consumer();
            try {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("providerApplicationId", id(ctx, p.provider()));
                body.put("consumerApplicationId", id(ctx, p.consumer()));
                body.put("kind", p.kind());
                body.put("purpose", p.purpose());
                body.put("dataExchanged", p.data());
                DemoApi.expect(ctx.api().post(p.by(), "/api/v1/integrations", body), "record");
                ctx.report().loaded(KIND);
            } catch (DemoFailure e) {
                ctx.report().failed(item, e.getMessage());
            }
        }
    }

    private static String id(DemoContext ctx, String inventoryId) {
        return ctx.applicationId(inventoryId)
                .orElseThrow(() -> new DemoFailure("aplikasi id_app " + inventoryId + " tidak terdaftar"));
    }
}
