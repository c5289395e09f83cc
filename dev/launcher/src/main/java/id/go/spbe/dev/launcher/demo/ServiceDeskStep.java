package id.go.spbe.dev.launcher.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The service desk of Kota Denpasar (S1–S3, S5–S8): Dinas names the health office's Tier 1 technician (the education
 * office has none yet, so its tickets go to Tier 2 and the coverage view flags it: S2); the two offices' operators
 * open tickets that the desk then takes through every state the screens show — new, taken, waiting for the
 * requester, escalated to Tier 2 with a reason (S3), resolved, closed and rated — plus a security incident straight at
 * Tier 2 with its evidence checklist under way (S8), a change waiting for Dinas's approval (S6) and an approved one
 * that NetworkStep's LAN change report cites (S6, N7); Tier 2 publishes
 * three knowledge articles in Bahasa Indonesia and Tier 1 drafts one from a resolved ticket (S7).
 * <p>
 * Needs the applications step (tickets about an application name a registered one of the requester's OPD). The
 * service learns applications from app-registry's events, so a ticket refused as naming an unknown application
 * (422 S1) is retried for a short while before it is reported.
 */
final class ServiceDeskStep implements DemoStep {

    static final String TICKETS = "tiket layanan";
    static final String ARTICLES = "artikel pengetahuan";
    static final String ROSTERS = "daftar Tier 1";
    static final String TIER2_ROSTERS = "roster Tier 2";

    static final String TIER1_DINKES = "tier1.dinkes";
    static final String TIER2 = "tier2.dinas";
    /** The approved change NetworkStep's LAN change report cites (S6 ↔ N7). */
    static final String LAN_CHANGE_TITLE = "Pasang access point di lantai 2 gedung Dinas Kesehatan";

    /** Where the demo leaves a ticket. */
    enum Outcome {
        NEW, TAKEN, WAITING, ESCALATED, RESOLVED, CLOSED, SECURITY, CHANGE_AWAITING_APPROVAL, CHANGE_APPROVED
    }

    /** One ticket as the requester opens it and where the desk takes it; {@code app}: name an application of its OPD. */
    record Planned(String opd, String type, String category, String title, String description, String impact,
            String urgency, String site, String reportedBy, boolean app, Outcome outcome) {

        String requester() {
            return DemoContext.actorFor(opd);
        }

        /** The TicketForm the service expects (blank optional fields left out). */
        Map<String, Object> form(String applicationId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            body.put("category", category);
            body.put("title", title);
            body.put("description", description);
            body.put("impact", impact);
            body.put("urgency", urgency);
            if (applicationId != null) {
                body.put("affectedApplicationId", applicationId);
            }
            if (site != null) {
                body.put("affectedSite", site);
            }
            if (reportedBy != null) {
                body.put("reportedBy", reportedBy);
            }
            return body;
        }
    }

    static final List<Planned> PLANNED = List.of(
            new Planned("DINKES", "GANGGUAN", "APLIKASI", "SIMPUS sangat lambat saat jam pelayanan pagi",
                    "Sejak pukul 08.00 WITA pencarian rekam medis di SIMPUS butuh lebih dari satu menit. Antrean "
                            + "pasien menumpuk di loket pendaftaran.",
                    "SEDANG", "TINGGI", "UPTD Puskesmas I Denpasar Barat", null, true, Outcome.NEW),
            new Planned("DINKES", "KELUHAN", "APLIKASI", "Warga tidak menerima notifikasi jadwal vaksinasi",
                    "Keluhan warga lewat kanal pengaduan Dinas Kesehatan: pendaftaran vaksinasi berhasil, tetapi "
                            + "pesan jadwal tidak pernah diterima.",
                    "SEDANG", "SEDANG", null, "Ni Made Sukerti (warga Denpasar Timur)", true, Outcome.TAKEN),
            new Planned("DINKES", "PERMINTAAN", "AKUN_DAN_AKSES", "Akun baru untuk dua bidan Puskesmas I Denpasar Timur",
                    "Mohon dibuatkan akun aplikasi untuk dua bidan yang baru bertugas mulai bulan ini.",
                    "RENDAH", "SEDANG", "UPTD Puskesmas I Denpasar Timur", null, false, Outcome.WAITING),
            new Planned("DINKES", "GANGGUAN", "JARINGAN", "Koneksi internet Labkesda putus total",
                    "Seluruh komputer di UPTD Laboratorium Kesehatan Daerah tidak dapat mengakses internet maupun "
                            + "aplikasi di pusat data sejak siang ini.",
                    "TINGGI", "TINGGI", "UPTD Laboratorium Kesehatan Daerah", null, false, Outcome.ESCALATED),
            new Planned("DINKES", "GANGGUAN", "PERANGKAT", "Printer loket pendaftaran tidak mencetak kartu berobat",
                    "Printer di loket pendaftaran menampilkan lampu kedip oranye dan tidak mencetak.",
                    "RENDAH", "SEDANG", "UPTD Puskesmas I Denpasar Barat", null, false, Outcome.RESOLVED),
            new Planned("DINKES", "KELUHAN", "APLIKASI", "Laporan bulanan tidak dapat diunduh",
                    "Tombol unduh laporan bulanan kunjungan pasien menghasilkan berkas kosong.",
                    "SEDANG", "RENDAH", null, null, true, Outcome.CLOSED),
            new Planned("DINKES", "GANGGUAN", "KEAMANAN", "Situs Dinas Kesehatan menampilkan iklan judi daring",
                    "Halaman depan situs Dinas Kesehatan berisi tautan judi daring yang tidak pernah kami pasang. "
                            + "Perangkat belum diubah apa pun.",
                    "TINGGI", "TINGGI", "Situs web Dinas Kesehatan", null, false, Outcome.SECURITY),
            new Planned("DINKES", "PERUBAHAN", "APLIKASI", "Tambah modul antrean daring di SIMPUS",
                    "Permohonan perubahan: pasien dapat mengambil nomor antrean dari ponsel sebelum datang.",
                    "SEDANG", "RENDAH", null, null, true, Outcome.CHANGE_AWAITING_APPROVAL),
            new Planned("DINKES", "PERUBAHAN", "JARINGAN", LAN_CHANGE_TITLE,
                    "Permohonan perubahan: ruang rapat dan pelayanan baru di lantai 2 membutuhkan Wi-Fi staf dan tamu; "
                            + "satu access point baru disambungkan ke acc-sw-lt2.",
                    "RENDAH", "SEDANG", "Gedung Dinas Kesehatan lantai 2", null, false, Outcome.CHANGE_APPROVED),
            new Planned("DISDIK", "GANGGUAN", "JARINGAN", "Wi-Fi ruang guru SMP Negeri 3 Denpasar tidak tersambung",
                    "Titik akses di ruang guru menyala tetapi perangkat tidak mendapat alamat IP.",
                    "SEDANG", "SEDANG", "SMP Negeri 3 Denpasar", null, false, Outcome.NEW),
            new Planned("DISDIK", "PERMINTAAN", "AKUN_DAN_AKSES", "Reset kata sandi operator Dapodik sekolah",
                    "Operator Dapodik SD Negeri 1 Sumerta lupa kata sandi dan terkunci setelah tiga kali salah.",
                    "RENDAH", "TINGGI", "SD Negeri 1 Sumerta", null, false, Outcome.RESOLVED),
            new Planned("DISDIK", "KELUHAN", "APLIKASI", "Nilai rapor semester tidak tersimpan",
                    "Keluhan wali kelas: nilai yang sudah disimpan hilang saat halaman dibuka kembali.",
                    "SEDANG", "SEDANG", null, "Wali kelas VII-B SMP Negeri 1 Denpasar", true, Outcome.WAITING));

    /** A published article: title, category and body in Bahasa Indonesia. */
    record Article(String title, String category, String body) {
    }

    static final List<Article> ARTICLES_PUBLISHED = List.of(
            new Article("Memulihkan koneksi internet kantor yang putus", "JARINGAN",
                    "1. Periksa lampu ONT/modem: bila LOS merah, kabel serat terputus — hubungi Tier 2 Diskominfo.\n"
                            + "2. Bila lampu normal, mulai ulang router kantor dan tunggu 3 menit.\n"
                            + "3. Pastikan komputer mendapat alamat IP (ipconfig / ip addr). Bila 169.254.x.x, "
                            + "layanan DHCP router bermasalah.\n4. Catat jam putus dan nyala untuk laporan SLA."),
            new Article("Mengatur ulang kata sandi akun aplikasi daerah", "AKUN_DAN_AKSES",
                    "Akun yang terkunci setelah tiga kali salah sandi dibuka oleh Tier 1 OPD melalui menu "
                            + "Pengguna → Buka kunci. Kata sandi sementara dikirim ke surel dinas pengguna, bukan lewat "
                            + "pesan singkat. Pengguna wajib menggantinya saat masuk pertama kali."),
            new Article("Langkah awal saat situs OPD diretas", "KEAMANAN",
                    "Jangan matikan atau menghapus apa pun di server. Segera buka tiket kategori Keamanan: tiket "
                            + "langsung ditangani Tier 2 Diskominfo. Catat waktu temuan, alamat halaman yang berubah "
                            + "dan tangkapan layar. Tier 2 mengisolasi server, menyalin log dan citra disk sebelum "
                            + "pemulihan dari cadangan."));

    /** How long the service may take to learn a just-registered application from app-registry's events. */
    static final Duration APPLICATION_PATIENCE = Duration.ofSeconds(30);
    static final Duration RETRY_PAUSE = Duration.ofSeconds(3);

    @Override
    public String name() {
        return "layanan TIK / service desk";
    }

    @Override
    public void load(DemoContext ctx) {
        setRosters(ctx);
        Map<String, Integer> reached = new TreeMap<>();
        String resolvedForArticle = null;
        for (Planned p : PLANNED) {
            try {
                Map<String, Object> ticket = open(ctx, p);
                String status = advance(ctx, p, ticket);
                reached.merge(status, 1, Integer::sum);
                ctx.report().loaded(TICKETS);
                if (p.outcome() == Outcome.RESOLVED && "DINKES".equals(p.opd())) {
                    resolvedForArticle = string(ticket, "id");
                }
            } catch (DemoFailure e) {
                ctx.report().failed("tiket '" + p.title() + "'", e.getMessage());
            }
        }
        if (!reached.isEmpty()) {
            ctx.report().detail(TICKETS, String.join(", ",
                    reached.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        publishArticles(ctx);
        if (resolvedForArticle != null) {
            try {
                DemoApi.expect(ctx.api().post(TIER1_DINKES, "/api/v1/tickets/" + resolvedForArticle
                        + "/knowledge-article", Map.of()), "draft from ticket");
                ctx.report().loaded(ARTICLES);
            } catch (DemoFailure e) {
                ctx.report().failed("artikel dari tiket " + resolvedForArticle, e.getMessage());
            }
        }
    }

    /** DINKES gets its Tier 1 technician; DISDIK is left without one on purpose (flagged on the coverage view). */
    private static void setRosters(DemoContext ctx) {
        DemoApi.Reply coverage = ctx.api().get(DemoContext.DINAS, "/api/v1/tier1-roster/coverage");
        if (coverage.ok() && "false".equals(String.valueOf(coverage.json().get("tiered")))) {
            // A service-centre profile (S2): one central desk, no per-OPD Tier 1 to name.
            ctx.report().note("demo: wilayah pusat layanan tanpa Tier 1 per OPD / service-centre region, no rosters");
            setTier2Roster(ctx);
            return;
        }
        try {
            Map<String, Object> technician = new LinkedHashMap<>();
            technician.put("username", TIER1_DINKES);
            technician.put("name", "I Ketut Wirawan");
            technician.put("phone", "0361 224 512");
            // where the desk's notifications reach him besides the inbox (the dev run's mail catcher shows them)
            technician.put("email", "tier1.dinkes@denpasar.spbe.local");
            DemoApi.expect(ctx.api().put(DemoContext.DINAS, "/api/v1/tier1-roster/DINKES",
                    Map.of("technicians", List.of(technician)), null), "set roster");
            ctx.report().loaded(ROSTERS);
        } catch (DemoFailure e) {
            ctx.report().failed("daftar Tier 1 DINKES", e.getMessage());
        }
        setTier2Roster(ctx);
    }

    /**
     * Dinas names its Tier 2 agent, so the Tier 2 queue's notifications reach a person's inbox and address rather
     * than the desk mailbox (also the one desk of a service-centre region, worked by Tier 2 agents).
     */
    private static void setTier2Roster(DemoContext ctx) {
        try {
            Map<String, Object> agent = new LinkedHashMap<>();
            agent.put("username", TIER2);
            agent.put("name", "Agen Tier 2 Diskominfo");
            agent.put("email", "tier2.dinas@denpasar.spbe.local");
            agent.put("active", true);
            DemoApi.expect(ctx.api().put(DemoContext.DINAS, "/api/v1/tier2-roster",
                    Map.of("agents", List.of(agent)), null), "set Tier 2 roster");
            ctx.report().loaded(TIER2_ROSTERS);
        } catch (DemoFailure e) {
            ctx.report().failed("roster Tier 2", e.getMessage());
        }
    }

    /** Opens the ticket as its OPD's operator; retries while the service has not yet heard of the application. */
    private static Map<String, Object> open(DemoContext ctx, Planned p) {
        String applicationId = p.app() ? applicationFor(ctx, p.opd()).orElse(null) : null;
        Map<String, Object> form = p.form(applicationId);
        if (p.app() && applicationId == null) {
            // No application of this OPD was registered: the ticket is still worth showing, as "other".
            form.put("category", "LAINNYA");
        }
        long deadline = System.nanoTime() + APPLICATION_PATIENCE.toNanos();
        while (true) {
            DemoApi.Reply reply = ctx.api().post(p.requester(), "/api/v1/tickets", form);
            if (reply.ok()) {
                return reply.json();
            }
            boolean unknownApplication = reply.status() == 422 && "S1".equals(reply.string("obligation"))
                    && applicationId != null;
            if (!unknownApplication || System.nanoTime() > deadline) {
                throw new DemoFailure("open → " + reply.problem());
            }
            pause(RETRY_PAUSE);
        }
    }

    /** Takes the ticket through the desk to its planned state; returns the status it reached. */
    private static String advance(DemoContext ctx, Planned p, Map<String, Object> ticket) {
        String id = string(ticket, "id");
        String path = "/api/v1/tickets/" + id;
        String agent = "TIER1".equals(string(ticket, "tier")) ? TIER1_DINKES : TIER2;
        Map<String, Object> last = ticket;
        switch (p.outcome()) {
            case NEW -> {
            }
            case TAKEN -> {
                step(ctx, agent, path + "/take", null);
                last = step(ctx, agent, path + "/comments", Map.of("text",
                        "Terima kasih, laporan sudah kami terima dan sedang diperiksa bersama pengelola aplikasi.",
                        "internal", false));
                last = ticket(ctx, agent, path);
            }
            case WAITING -> {
                step(ctx, agent, path + "/take", null);
                last = step(ctx, agent, path + "/request-information", Map.of("question",
                        "Mohon kirimkan nama lengkap, NIP dan tangkapan layar pesan galat yang muncul."));
            }
            case ESCALATED -> {
                step(ctx, agent, path + "/take", null);
                step(ctx, agent, path + "/comments", Map.of("text",
                        "Router kantor sudah dimulai ulang, lampu LOS pada ONT tetap merah.", "internal", true));
                attachLog(ctx, agent, path);
                if (TIER1_DINKES.equals(agent)) {
                    last = step(ctx, agent, path + "/escalate", Map.of("reason",
                            "Lampu LOS merah: kemungkinan serat optik ke Labkesda putus; perlu tim jaringan Dinas."));
                }
            }
            case RESOLVED, CLOSED -> {
                step(ctx, agent, path + "/take", null);
                last = step(ctx, agent, path + "/resolve", Map.of("resolutionNote", p.outcome() == Outcome.RESOLVED
                        ? "Penyebab diketahui dan sudah diperbaiki; pengguna sudah dapat bekerja kembali."
                        : "Templat laporan diperbaiki; unduhan kini berisi data kunjungan bulan berjalan."));
                if (p.outcome() == Outcome.CLOSED) {
                    step(ctx, p.requester(), path + "/close", null);
                    last = step(ctx, p.requester(), path + "/satisfaction",
                            Map.of("score", 5, "comment", "Cepat ditangani, terima kasih."));
                }
            }
            case SECURITY -> {
                step(ctx, TIER2, path + "/take", null);
                List<Object> checklist = ticket.get("evidenceChecklist") instanceof List<?> l ? List.copyOf(l)
                        : List.of();
                if (!checklist.isEmpty() && checklist.get(0) instanceof Map<?, ?> first) {
                    last = step(ctx, TIER2, path + "/evidence/" + first.get("code") + "/secure", null);
                }
                step(ctx, TIER2, path + "/comments", Map.of("text",
                        "Server situs diisolasi dari jaringan publik; log akses sedang disalin.", "internal", true));
                last = ticket(ctx, TIER2, path);
            }
            case CHANGE_AWAITING_APPROVAL -> {
                step(ctx, agent, path + "/take", null);
                step(ctx, agent, "/api/v1/changes/" + id + "/analysis", Map.of("note",
                        "Modul antrean memakai basis data SIMPUS yang ada; tidak perlu server baru."));
                step(ctx, agent, "/api/v1/changes/" + id + "/approval", Map.of("note",
                        "Analisis selesai: perkiraan pengembangan dua minggu oleh pengembang SIMPUS."));
                last = ticket(ctx, agent, path);
            }
            case CHANGE_APPROVED -> {
                String change = "/api/v1/changes/" + id;
                step(ctx, agent, path + "/take", null);
                step(ctx, agent, change + "/analysis", Map.of("note",
                        "Satu access point baru pada VLAN staf dan tamu; switch acc-sw-lt2 masih punya port kosong."));
                step(ctx, agent, change + "/approval", Map.of("note",
                        "Analisis selesai: pemasangan setengah hari, tanpa pemadaman jaringan."));
                String approver = switch (String.valueOf(ticket(ctx, agent, change).get("approverRole"))) {
                    case "DINAS_ADMIN" -> DemoContext.DINAS;
                    case "COORDINATOR" -> DemoContext.COORDINATOR;
                    default -> null;
                };
                last = approver == null ? ticket(ctx, agent, change)
                        : step(ctx, approver, change + "/approve",
                                Map.of("note", "Disetujui; laporkan perubahan LAN-nya setelah terpasang."));
            }
        }
        return string(last, "status") != null ? string(last, "status") : string(last, "stage");
    }

    /** A short access log as evidence on the escalated network ticket (a text file: the service sniffs the bytes). */
    private static void attachLog(DemoContext ctx, String user, String path) {
        byte[] log = ("2026-11-30 11:02:14 WITA ping 10.20.0.1: Destination Host Unreachable\n"
                + "2026-11-30 11:02:20 WITA ONT LOS=merah PON=mati\n").getBytes(StandardCharsets.UTF_8);
        DemoApi.expect(ctx.api().upload(user, path + "/attachments", Map.of(), "file", "log-koneksi-labkesda.txt",
                "text/plain", log), "attach");
    }

    /** Tier 2 writes three drafts and publishes each with the ETag its draft was given (If-Match is required). */
    private static void publishArticles(DemoContext ctx) {
        for (Article a : ARTICLES_PUBLISHED) {
            try {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", a.title());
                body.put("body", a.body());
                body.put("category", a.category());
                DemoApi.Reply draft = DemoApi.expect(ctx.api().post(TIER2, "/api/v1/knowledge-articles", body),
                        "draft");
                DemoApi.expect(ctx.api().post(TIER2, "/api/v1/knowledge-articles/" + draft.string("id") + "/publish",
                        null, draft.etag()), "publish");
                ctx.report().loaded(ARTICLES);
            } catch (DemoFailure e) {
                ctx.report().failed("artikel '" + a.title() + "'", e.getMessage());
            }
        }
    }

    /** A registered, not decommissioned application the OPD owns (the first in inventory order), if any. */
    static Optional<String> applicationFor(DemoContext ctx, String opd) {
        List<String> candidates = new ArrayList<>();
        for (DemoApplication app : ctx.region().applications()) {
            if (opd.equals(app.ownerOpd()) && !"DECOMMISSIONED".equals(ctx.applicationStatus(app.inventoryId())
                    .orElse("DECOMMISSIONED"))) {
                ctx.applicationId(app.inventoryId()).ifPresent(candidates::add);
            }
        }
        return candidates.stream().findFirst();
    }

    private static Map<String, Object> step(DemoContext ctx, String user, String path, Object body) {
        return DemoApi.expect(ctx.api().post(user, path, body), path.substring(path.lastIndexOf('/') + 1)).json();
    }

    private static Map<String, Object> ticket(DemoContext ctx, String user, String path) {
        return DemoApi.expect(ctx.api().get(user, path), "read").json();
    }

    private static String string(Map<String, Object> json, String field) {
        Object v = json.get(field);
        return v == null ? null : v.toString();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }
}
