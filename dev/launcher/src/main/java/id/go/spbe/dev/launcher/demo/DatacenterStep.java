package id.go.spbe.dev.launcher.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Pusat Data of Kota Denpasar (datacenter-service, D1–D6, D9): the main data center at Diskominfo and its
 * disaster-recovery site with DR targets; the OS image catalogue; VPS requests of the health and education offices in every workflow state
 * (submitted, approved, active with a pending resize, rejected with a reason); uptime monitors; backup policies with
 * reported runs and a restore test. Needs the applications of {@link ApplicationsStep} (their platform ids).
 *
 * <p>Monitors are probed by the service itself, and the demo stack must only ever reach loopback addresses: every
 * target here is on 127.0.0.1 — the gateway's and datacenter-service's health endpoints (UP), and a closed port
 * (DOWN, so the outage view has something real to show).
 */
final class DatacenterStep implements DemoStep {

    static final String SITES = "pusat data";
    static final String VPS = "VPS";
    static final String MONITORS = "pemantau";
    static final String BACKUPS = "kebijakan cadangan";
    static final String RACKS = "rak";
    static final String PLACEMENTS = "sistem di luar pusat data";
    static final String DATASETS = "dataset pusat data";
    static final String CONSENTS = "persetujuan pengelolaan data";
    static final String OS_IMAGES = "image OS";

    static final String MAIN = "PD-DENPASAR";
    static final String DR = "PD-DRC";
    static final String DINKES = "operator.dinkes";
    static final String DISDIK = "operator.disdik";

    /** A VPS request of the demo and the state it is walked to. */
    enum Target {
        SUBMITTED, REJECTED, APPROVED, ACTIVE
    }

    record PlannedVps(String inventoryId, String by, int vcpu, int ramGib, int diskGib, String osImage,
            String purpose, Target target) {
    }

    static final List<PlannedVps> VPS_PLAN = List.of(
            new PlannedVps("22", DINKES, 4, 8, 200, "ubuntu-22.04",
                    "Server SIKDA Generik untuk pencatatan layanan 11 puskesmas se-Kota Denpasar.", Target.ACTIVE),
            new PlannedVps("134", DINKES, 2, 4, 100, "debian-12",
                    "Aplikasi distribusi obat UPT Farmasi ke puskesmas dan pustu.", Target.APPROVED),
            new PlannedVps("10", DINKES, 2, 4, 60, "ubuntu-24.04",
                    "Pelaporan RPKAM kesehatan lingkungan dari sanitarian puskesmas.", Target.SUBMITTED),
            new PlannedVps("20", DINKES, 2, 4, 50, "rocky-9",
                    "Cermin lokal SIHA untuk rekap kasus HIV/AIDS tingkat kota.", Target.REJECTED),
            new PlannedVps("182", DISDIK, 2, 4, 80, "ubuntu-24.04",
                    "Cekas: penyusunan RKAS sekolah negeri jenjang SD dan SMP.", Target.SUBMITTED));

    static final String REJECT_REASON = "SIHA dijalankan dan di-hosting Kementerian Kesehatan (aplikasi pusat); data "
            + "kota dapat diunduh dari SIHA. VPS daerah hanya untuk aplikasi yang dikelola OPD.";

    private final String gatewayUrl;
    private final String datacenterUrl;
    private final Duration readModelPatience;

    /** The stack's own gateway and data-center service (DemoLoader.steps), which the demo monitors probe. */
    DatacenterStep(String gatewayUrl, String datacenterUrl, Duration readModelPatience) {
        this.gatewayUrl = gatewayUrl;
        this.datacenterUrl = datacenterUrl;
        this.readModelPatience = readModelPatience;
    }

    @Override
    public String name() {
        return "pusat data / data center";
    }

    @Override
    public void load(DemoContext ctx) {
        dataCenters(ctx);
        racks(ctx);
        osImages(ctx);
        Optional<String> activeVps = vpsRequests(ctx);
        monitors(ctx);
        backups(ctx, activeVps);
        outside(ctx);
        custody(ctx);
    }

    // --- D4: the OS image catalogue the VPS requests below choose from (vendors' published end-of-support dates),
    // and one image retired because its vendor support ended.

    record PlannedImage(String code, String name, String version, String family, String endOfSupport) {
    }

    static final List<PlannedImage> OS_CATALOGUE = List.of(
            new PlannedImage("ubuntu-24.04", "Ubuntu Server", "24.04 LTS", "LINUX", "2029-04-30"),
            new PlannedImage("ubuntu-22.04", "Ubuntu Server", "22.04 LTS", "LINUX", "2027-04-30"),
            new PlannedImage("debian-12", "Debian", "12 (bookworm)", "LINUX", "2028-06-30"),
            new PlannedImage("rocky-9", "Rocky Linux", "9", "LINUX", "2032-05-31"),
            new PlannedImage("almalinux-9", "AlmaLinux OS", "9", "LINUX", "2032-05-31"),
            new PlannedImage("windows-server-2022", "Windows Server", "2022 Standard", "WINDOWS", "2031-10-14"),
            new PlannedImage("centos-7", "CentOS Linux", "7", "LINUX", "2024-06-30"));

    static final String RETIRED_IMAGE = "centos-7";

    private static void osImages(DemoContext ctx) {
        for (PlannedImage image : OS_CATALOGUE) {
            try {
                DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/os-images", Map.of("code", image.code(),
                        "name", image.name(), "version", image.version(), "family", image.family(), "endOfSupport",
                        image.endOfSupport())), "add");
                if (image.code().equals(RETIRED_IMAGE)) {
                    DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/os-images/" + image.code() + "/retire",
                            Map.of("reason", "Dukungan vendor berakhir 30 Juni 2024; gunakan Rocky Linux 9 atau "
                                    + "AlmaLinux OS 9.")), "retire");
                }
                ctx.report().loaded(OS_IMAGES);
            } catch (DemoFailure e) {
                ctx.report().failed("image " + image.code(), e.getMessage());
            }
        }
    }

    // --- D3: racks of the main site (reservations are for Mandiri TIK OPD only, which the demo region designates none).

    private static void racks(DemoContext ctx) {
        for (String name : List.of("R01", "R02")) {
            try {
                DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/racks",
                        Map.of("dataCenter", MAIN, "name", name, "heightU", 42, "maxPowerKw", 6.0)), "register");
                ctx.report().loaded(RACKS);
            } catch (DemoFailure e) {
                ctx.report().failed("rak " + name, e.getMessage());
            }
        }
    }

    // --- D8, D7: the health office registers its TB patient dataset on SITT (classified RAHASIA) and lets Dinas test
    // restores of SITT and read the dataset's record for a year (where the profile requires it, Dinas is refused
    // without this consent: 403 D7). The OPD acts itself, so the order against the backup step does not matter.

    private void custody(DemoContext ctx) {
        try {
            String sitt = ctx.applicationId("69").orElseThrow(() -> new DemoFailure("aplikasi SITT tidak terdaftar"));
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("name", "Register pasien TB");
            dataset.put("systemKind", "APPLICATION");
            dataset.put("systemId", sitt);
            dataset.put("classification", "RAHASIA");
            dataset.put("owner", "Bidang Pencegahan dan Pengendalian Penyakit");
            dataset.put("description", "Data pasien tuberkulosis dan pengobatannya dari puskesmas se-Kota Denpasar.");
            DemoApi.expect(whileUnknown(() -> ctx.api().post(DINKES, "/api/v1/datasets", dataset), readModelPatience),
                    "dataset");
            ctx.report().loaded(DATASETS);
            Instant now = Instant.now();
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("actions", List.of("RESTORE_TEST", "DATASET_ACCESS"));
            consent.put("targets", List.of(Map.of("kind", "APPLICATION", "id", sitt)));
            consent.put("validFrom", now.minus(1, ChronoUnit.DAYS).toString().substring(0, 10));
            consent.put("validUntil", now.plus(365, ChronoUnit.DAYS).toString().substring(0, 10));
            consent.put("letterNumber", "800/417/DINKES/2026");
            consent.put("notes", "Uji pemulihan cadangan SITT dan akses register pasien TB oleh Dinas Kominfo.");
            DemoApi.expect(ctx.api().post(DINKES, "/api/v1/custody-consents", consent), "consent");
            ctx.report().loaded(CONSENTS);
        } catch (DemoFailure e) {
            ctx.report().failed("dataset dan persetujuan pengelolaan data (DINKES)", e.getMessage());
        }
    }

    // --- D2: a system the health office runs outside the data center (flagged where placement is mandatory).

    private static void outside(DemoContext ctx) {
        try {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("name", "Server laboratorium UPTD Labkesda");
            form.put("location", "OPD_PREMISES");
            form.put("locationDetail", "Ruang server UPTD Laboratorium Kesehatan Daerah, Denpasar");
            DemoApi.expect(ctx.api().post(DINKES, "/api/v1/placements/declared", form), "declare");
            ctx.report().loaded(PLACEMENTS);
        } catch (DemoFailure e) {
            ctx.report().failed("sistem di luar pusat data (DINKES)", e.getMessage());
        }
    }

    // --- D1, D9: the DR site first, since the main site's DR targets must name a registered DR site.

    private void dataCenters(DemoContext ctx) {
        register(ctx, DR, site("Pusat Pemulihan Bencana (DRC) Kota Denpasar", "DISASTER_RECOVERY",
                "Gedung arsip Pemerintah Kota Denpasar, Denpasar Utara", capacity(64, 256, 20_000, 42, 8.0, 4.0, 1.5),
                List.of(link("PROVINCIAL", "Jaringan intra pemerintah Provinsi Bali", "CONNECTED", 500)), List.of()));
        List<Map<String, Object>> targets = new java.util.ArrayList<>();
        drTarget(ctx, "156", "Web Portal Kota Denpasar", 60, 240).ifPresent(targets::add);
        drTarget(ctx, "74", "TNDE (Tata Naskah Dinas Elektronik)", 30, 120).ifPresent(targets::add);
        drTarget(ctx, "172", "SIMAK DIHATI", 240, 480).ifPresent(targets::add);
        register(ctx, MAIN, site("Pusat Data Kota Denpasar", "MAIN",
                "Diskominfos Kota Denpasar, Graha Sewaka Dharma, Jl. Majapahit No. 1, Lumintang",
                capacity(256, 2048, 100_000, 168, 40.0, 4.0, 1.5),
                List.of(link("PROVINCIAL", "Pusat Data Provinsi Bali", "CONNECTED", 1000),
                        link("NATIONAL", "Pusat Data Nasional (PDN)", "PLANNED", null)), targets));
    }

    private static void register(DemoContext ctx, String code, Map<String, Object> site) {
        try {
            DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/data-centers",
                    Map.of("code", code, "dataCenter", site)), "register");
            ctx.report().loaded(SITES);
        } catch (DemoFailure e) {
            ctx.report().failed("pusat data " + code, e.getMessage());
        }
    }

    static Map<String, Object> site(String name, String role, String address, Map<String, Object> capacity,
            List<Map<String, Object>> links, List<Map<String, Object>> drTargets) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("role", role);
        form.put("address", address);
        form.put("capacity", capacity);
        form.put("links", links);
        form.put("drTargets", drTargets);
        return form;
    }

    static Map<String, Object> capacity(int vcpu, int ramGib, int diskGib, int rackUnits, double powerKw,
            double vcpuOvercommit, double ramOvercommit) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("vcpu", vcpu);
        c.put("ramGib", ramGib);
        c.put("diskGib", diskGib);
        c.put("rackUnits", rackUnits);
        c.put("powerKw", powerKw);
        c.put("vcpuOvercommit", vcpuOvercommit);
        c.put("ramOvercommit", ramOvercommit);
        return c;
    }

    private static Map<String, Object> link(String upstream, String name, String status, Integer mbps) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("upstream", upstream);
        l.put("name", name);
        l.put("status", status);
        if (mbps != null) {
            l.put("bandwidthMbps", mbps);
        }
        return l;
    }

    private static Optional<Map<String, Object>> drTarget(DemoContext ctx, String inventoryId, String name, int rpo,
            int rto) {
        return ctx.applicationId(inventoryId).map(id -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("systemKind", "APPLICATION");
            t.put("systemId", id);
            t.put("systemName", name);
            t.put("rpoMinutes", rpo);
            t.put("rtoMinutes", rto);
            t.put("replicaSite", DR);
            return t;
        });
    }

    // --- D4: each request walked to its state by the role the workflow asks for. Returns the active VPS's id.

    private Optional<String> vpsRequests(DemoContext ctx) {
        Optional<String> active = Optional.empty();
        for (PlannedVps p : VPS_PLAN) {
            String item = "VPS untuk id_app " + p.inventoryId() + " (menuju " + p.target() + ")";
            try {
                String id = walk(ctx, p);
                ctx.report().loaded(VPS);
                if (p.target() == Target.ACTIVE) {
                    active = Optional.of(id);
                }
            } catch (DemoFailure e) {
                ctx.report().failed(item, e.getMessage());
            }
        }
        return active;
    }

    private String walk(DemoContext ctx, PlannedVps p) {
        DemoApi api = ctx.api();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("applicationId", applicationId(ctx, p.inventoryId()));
        form.put("vcpu", p.vcpu());
        form.put("ramGib", p.ramGib());
        form.put("diskGib", p.diskGib());
        form.put("osImage", p.osImage());
        form.put("purpose", p.purpose());
        // The service learns applications from app-registry's events: a fresh one may not have arrived yet (422 A1).
        String id = DemoApi.expect(whileUnknown(() -> api.post(p.by(), "/api/v1/vps-requests", form),
                readModelPatience), "request").string("id");
        String path = "/api/v1/vps-requests/" + id;
        switch (p.target()) {
            case SUBMITTED -> {
                return id;
            }
            case REJECTED -> {
                DemoApi.expect(api.post(DemoContext.DINAS, path + "/reject", Map.of("reason", REJECT_REASON)),
                        "reject");
                return id;
            }
            default -> DemoApi.expect(api.post(DemoContext.DINAS, path + "/approve",
                    Map.of("dataCenter", MAIN, "note", "Kapasitas tersedia; sesuai kuota OPD.")), "approve");
        }
        if (p.target() == Target.APPROVED) {
            return id;
        }
        Map<String, Object> provision = new LinkedHashMap<>();
        provision.put("hostname", "sikda.pd.denpasarkota.go.id");
        provision.put("ipAddress", "10.61.20.11");
        provision.put("handover", Map.of("handedTo", "Pengelola TI Dinas Kesehatan", "method", "IN_PERSON"));
        DemoApi.expect(api.post(DemoContext.DINAS, path + "/provision", provision), "provision");
        DemoApi.expect(api.post(p.by(), path + "/activate", null), "activate");
        DemoApi.expect(api.post(p.by(), path + "/request-resize", Map.of("vcpu", 6, "ramGib", 12, "diskGib", 300,
                "reason", "Penambahan 4 puskesmas pembantu mulai tahun depan.")), "request-resize");
        return id;
    }

    private static String applicationId(DemoContext ctx, String inventoryId) {
        return ctx.applicationId(inventoryId)
                .orElseThrow(() -> new DemoFailure("aplikasi id_app " + inventoryId + " tidak terdaftar"));
    }

    /**
     * Repeats a call while the service answers 422 A1 (the application is not in its read model yet), for at most
     * {@code patience}; any other answer is returned at once.
     */
    static DemoApi.Reply whileUnknown(Supplier<DemoApi.Reply> call, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            DemoApi.Reply reply = call.get();
            boolean unknown = reply.status() == 422 && "A1".equals(String.valueOf(reply.json().get("obligation")));
            if (!unknown || Instant.now().isAfter(deadline)) {
                return reply;
            }
            try {
                Thread.sleep(Math.min(1000, Math.max(1, patience.toMillis() / 10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reply;
            }
        }
    }

    // --- D3: loopback targets only (see the class comment).

    private void monitors(DemoContext ctx) {
        monitor(ctx, DemoContext.DINAS, "Gerbang API SPBE", gatewayUrl + "/actuator/health", "156", 99.9, true);
        monitor(ctx, DemoContext.DINAS, "Layanan Pusat Data (datacenter-service)", datacenterUrl + "/actuator/health",
                "154", 99.5, false);
        monitor(ctx, DINKES, "SITT — server aplikasi (port ditutup: contoh gangguan)", "tcp://127.0.0.1:9", "69",
                99.0, false);
    }

    private void monitor(DemoContext ctx, String by, String name, String target, String inventoryId, double slo,
            boolean maintenance) {
        try {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("name", name);
            form.put("target", target);
            ctx.applicationId(inventoryId).ifPresent(id -> form.put("applicationId", id));
            form.put("intervalSeconds", 60);
            form.put("failureThreshold", 3);
            form.put("sloPercent", slo);
            String id = DemoApi.expect(whileUnknown(() -> ctx.api().post(by, "/api/v1/monitors", form),
                    readModelPatience), "configure").string("id");
            if (maintenance) {
                Instant from = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
                DemoApi.expect(ctx.api().post(by, "/api/v1/monitors/" + id + "/maintenance-windows", Map.of(
                        "from", from.toString(), "until", from.plus(2, ChronoUnit.HOURS).toString(),
                        "reason", "Pembaruan sertifikat TLS dan patch keamanan gerbang API.")), "maintenance");
            }
            ctx.report().loaded(MONITORS);
        } catch (DemoFailure e) {
            ctx.report().failed("pemantau '" + name + "'", e.getMessage());
        }
    }

    // --- D6: a policy per protected system, runs reported by Dinas (a machine client in real use), a restore test.

    private void backups(DemoContext ctx, Optional<String> activeVps) {
        Instant today = Instant.now().truncatedTo(ChronoUnit.HOURS);
        policy(ctx, DINKES, "APPLICATION", ctx.applicationId("69"), "SITT", true,
                today.minus(3, ChronoUnit.HOURS), "SUCCESS", true);
        policy(ctx, DemoContext.DINAS, "APPLICATION", ctx.applicationId("74"), "TNDE", false,
                today.minus(5, ChronoUnit.HOURS), "FAILED", false);
        activeVps.ifPresent(id -> ctx.report().note("demo: kebijakan cadangan VPS " + id
                + " dibuat otomatis oleh datacenter-service saat VPS aktif (D6)"));
    }

    private void policy(DemoContext ctx, String by, String kind, Optional<String> systemId, String name,
            boolean offsite, Instant runStartedAt, String result, boolean restoreTest) {
        try {
            String system = systemId.orElseThrow(() -> new DemoFailure("aplikasi " + name + " tidak terdaftar"));
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("systemKind", kind);
            form.put("systemId", system);
            form.put("frequencyHours", 24);
            form.put("retentionDays", 30);
            form.put("rpoHours", 24);
            form.put("offsiteCopy", offsite);
            if (!by.equals(DINKES)) {
                form.put("opd", "DISKOMINFO");
            }
            String policyId = DemoApi.expect(whileUnknown(() -> ctx.api().post(by, "/api/v1/backup-policies", form),
                    readModelPatience), "define").string("id");
            DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/backup-runs",
                    run(policyId, runStartedAt, result, offsite)), "report run");
            if (restoreTest) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("testedOn", runStartedAt.toString().substring(0, 10));
                test.put("durationMinutes", 35);
                test.put("result", "PASSED");
                test.put("notes", "Pemulihan basis data SITT ke server uji; data pasien TB lengkap dan terbaca.");
                DemoApi.expect(ctx.api().post(by, "/api/v1/backup-policies/" + policyId + "/restore-tests", test),
                        "restore test");
            }
            ctx.report().loaded(BACKUPS);
        } catch (DemoFailure e) {
            ctx.report().failed("kebijakan cadangan " + name, e.getMessage());
        }
    }

    /** A run as a backup system reports it: a successful one with size and SHA-256 (422 D6 otherwise). */
    static Map<String, Object> run(String policyId, Instant startedAt, String result, boolean offsite) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("policyId", policyId);
        run.put("startedAt", startedAt.toString());
        if ("SUCCESS".equals(result)) {
            run.put("durationSeconds", 540);
            run.put("sizeBytes", 3_221_225_472L);
            run.put("checksum", sha256(policyId + startedAt));
        } else {
            run.put("durationSeconds", 30);
            run.put("sizeBytes", 0);
            run.put("message", "Koneksi ke server cadangan terputus (timeout).");
        }
        run.put("result", result);
        run.put("offsite", offsite);
        return run;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
