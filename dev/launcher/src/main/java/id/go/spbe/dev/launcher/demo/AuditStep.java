package id.go.spbe.dev.launcher.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ICT audits of the demo region (audit-service, AU1–AU9): the auditor register (AU3: the internal team by decree,
 * a certified external auditor, an external body whose certificate has expired), a scheduled application audit of
 * the health office's SITT taken from the audit plan, a security audit of SIHA in progress with two findings (one in
 * remediation, one verified and closed) and evidence requests (one provided, one waiting), electronic
 * certificates (AU9: valid, expiring within 30 days, expired) where the profile monitors them, and a security
 * assessment of DINKES by Dinas with one open finding (AU8).
 *
 * <p>Needs {@link ApplicationsStep}: the plan is built by audit-service from app-registry's events, so this step
 * waits (briefly) until the plan holds the applications' obligations; without them the audits are planned ad hoc.
 */
final class AuditStep implements DemoStep {

    static final String AUDITORS = "auditor";
    static final String AUDITS = "audit";
    static final String FINDINGS = "temuan audit";
    static final String EVIDENCE = "permintaan bukti";
    static final String WORKPAPERS = "kertas kerja audit";
    static final String PULLED = "bukti dari layanan lain";
    static final String CERTIFICATES = "sertifikat elektronik";
    static final String ASSESSMENTS = "penilaian keamanan";

    /** The realm's auditor: the internal team's lead, so the auditor user sees and runs the audits (AU3). */
    static final String AUDITOR = "auditor";
    static final String DINKES = "DINKES";
    /** SITT (tuberculosis register) and SIHA (HIV register): Aplikasi Khusus of the health office. */
    static final String SITT = "69";
    static final String SIHA = "20";

    private final Duration planPatience;
    private final Duration planPause;
    /** Set once the plan stayed without an awaited obligation: later audits do not wait again. */
    private boolean planSilent;

    AuditStep() {
        this(Duration.ofSeconds(60), Duration.ofSeconds(2));
    }

    AuditStep(Duration planPatience, Duration planPause) {
        this.planPatience = planPatience;
        this.planPause = planPause;
    }

    @Override
    public String name() {
        return "audit TIK / ICT audits";
    }

    @Override
    public void load(DemoContext ctx) {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8)); // WITA, Denpasar
        Map<String, String> auditors = registerAuditors(ctx, today);
        String lead = auditors.get("lead");
        String external = auditors.get("external");
        String member = auditors.get("member");

        List<Map<String, Object>> team = new ArrayList<>();
        if (lead != null) {
            team.add(member(lead, true));
        }
        if (external != null) {
            team.add(member(external, false));
        }

        scheduleApplicationAudit(ctx, today, team);
        String running = runSecurityAudit(ctx, today, member == null ? team : withMember(team, member));
        if (running != null) {
            findings(ctx, running, today);
            evidence(ctx, running, today);
            workpapers(ctx, running);
            pulledEvidence(ctx, running);
        }
        certificates(ctx, today);
        assessments(ctx, today);
    }

    /** A TeamMemberRequest. */
    static Map<String, Object> member(String auditorId, boolean lead) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("auditorId", auditorId);
        m.put("lead", lead);
        return m;
    }

    private static List<Map<String, Object>> withMember(List<Map<String, Object>> team, String member) {
        List<Map<String, Object>> all = new ArrayList<>(team);
        all.add(member(member, false));
        return all;
    }

    // --- AU3: the auditor register ---------------------------------------------------------------------------

    /** Registered auditors by role in the demo ("lead", "member", "external", "expired"). */
    Map<String, String> registerAuditors(DemoContext ctx, LocalDate today) {
        Map<String, String> ids = new LinkedHashMap<>();
        LocalDate decreed = today.minusMonths(3);
        Map<String, Object> decree = Map.of("number", "188.45/1127/HK/" + decreed.getYear(), "date",
                decreed.toString());
        register(ctx, ids, "lead", auditor("INTERNAL", "Ni Made Sari Dewi, S.Kom., M.T.", AUDITOR, "INSPEKTORAT",
                decree, null));
        register(ctx, ids, "member", auditor("INTERNAL", "I Gede Wirawan, S.T.", null, "DISKOMINFO", decree, null));
        register(ctx, ids, "external", auditor("EXTERNAL_AUDITOR", "Komang Adi Putra, CISA", null, null, null,
                Map.of("number", "CISA-24117853", "issuer", "ISACA", "expiresOn", today.plusYears(2).toString())));
        register(ctx, ids, "expired", auditor("EXTERNAL_BODY", "PT Audit Sistem Nusantara", null, null, null,
                Map.of("number", "LSSMKI-071/KAN/2021", "issuer", "Komite Akreditasi Nasional",
                        "expiresOn", today.minusMonths(4).toString())));
        return ids;
    }

    static Map<String, Object> auditor(String type, String name, String username, String homeOpd,
            Map<String, Object> decree, Map<String, Object> certificate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("name", name);
        if (username != null) {
            body.put("username", username);
        }
        if (homeOpd != null) {
            body.put("homeOpd", homeOpd);
        }
        if (decree != null) {
            body.put("decree", decree);
        }
        if (certificate != null) {
            body.put("certificate", certificate);
        }
        body.put("active", true);
        return body;
    }

    private static void register(DemoContext ctx, Map<String, String> ids, String role, Map<String, Object> body) {
        try {
            DemoApi.Reply reply = DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/auditors", body),
                    "register");
            ids.put(role, reply.string("id"));
            ctx.report().loaded(AUDITORS);
        } catch (DemoFailure e) {
            ctx.report().failed("auditor '" + body.get("name") + "'", e.getMessage());
        }
    }

    // --- engagements ------------------------------------------------------------------------------------------

    /** An application audit (AU5) of SITT from the plan, scheduled with its team, not started. */
    void scheduleApplicationAudit(DemoContext ctx, LocalDate today, List<Map<String, Object>> team) {
        String item = "audit aplikasi SITT (DINKES)";
        try {
            Map<String, Object> body = engagement(ctx, SITT, "APLIKASI", "Audit Aplikasi SITT Dinas Kesehatan "
                    + today.plusDays(30).getYear(), today.plusDays(30), today.plusDays(60), team);
            body.put("scope", List.of("GOVERNANCE_AND_MANAGEMENT", "FUNCTIONALITY", "PERFORMANCE"));
            DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/audits", body), "schedule");
            ctx.report().loaded(AUDITS);
        } catch (DemoFailure e) {
            ctx.report().failed(item, e.getMessage());
        }
    }

    /** A security audit (AU6) of SIHA, started by its lead auditor; returns its id. */
    String runSecurityAudit(DemoContext ctx, LocalDate today, List<Map<String, Object>> team) {
        String item = "audit keamanan SIHA (DINKES)";
        try {
            Map<String, Object> body = engagement(ctx, SIHA, "KEAMANAN", "Audit Keamanan SIHA Dinas Kesehatan "
                    + today.getYear(), today.minusDays(7), today.plusDays(21), team);
            body.put("scope", List.of("GOVERNANCE_AND_MANAGEMENT", "OTHER"));
            body.put("otherScope", "Pengujian kerentanan aplikasi web dan pengelolaan hak akses pengguna.");
            DemoApi.Reply scheduled = DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/audits", body),
                    "schedule");
            String id = scheduled.string("id");
            ctx.report().loaded(AUDITS);
            // The lead auditor starts it (Dinas could too); AU3 is checked again at the start.
            boolean auditorLeads = team.stream().anyMatch(m -> Boolean.TRUE.equals(m.get("lead")));
            String starter = auditorLeads ? AUDITOR : DemoContext.DINAS;
            DemoApi.expect(ctx.api().post(starter, "/api/v1/audits/" + id + "/start", null), "start");
            return id;
        } catch (DemoFailure e) {
            ctx.report().failed(item, e.getMessage());
            return null;
        }
    }

    /**
     * The schedule request for an application's audit: from its plan obligation when the plan has it (the plan is
     * fed by app-registry's events, so it is waited for), else ad hoc for the application's OPD.
     */
    private Map<String, Object> engagement(DemoContext ctx, String inventoryId, String kind, String title,
            LocalDate start, LocalDate end, List<Map<String, Object>> team) {
        String applicationId = ctx.applicationId(inventoryId)
                .orElseThrow(() -> new DemoFailure("aplikasi id_app " + inventoryId + " tidak terdaftar"));
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<String> planItem = awaitObligation(ctx, applicationId, kind);
        if (planItem.isPresent()) {
            body.put("planItemId", planItem.get());
        } else {
            planSilent = true;
            ctx.report().note("demo: rencana audit belum memuat " + kind + " untuk id_app " + inventoryId
                    + "; audit dijadwalkan ad hoc / plan lacks the obligation, scheduled ad hoc");
            body.put("kind", kind);
            body.put("auditedOpd", DINKES);
            body.put("objectId", applicationId);
            ctx.region().applications().stream().filter(a -> a.inventoryId().equals(inventoryId)).findFirst()
                    .ifPresent(a -> body.put("objectName", a.name()));
        }
        body.put("title", title);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        if (!team.isEmpty()) {
            body.put("team", team);
        }
        return body;
    }

    /** Polls the audit universe until the application's open obligation of this kind shows (or patience ends). */
    Optional<String> awaitObligation(DemoContext ctx, String applicationId, String kind) {
        Instant deadline = Instant.now().plus(planSilent ? Duration.ZERO : planPatience);
        while (true) {
            DemoApi.Reply reply = ctx.api().get(DemoContext.DINAS,
                    "/api/v1/audit-plan/objects?opd=" + DINKES + "&active=true&size=200");
            Optional<String> found = reply.ok() ? openObligation(DemoApi.items(reply), applicationId, kind)
                    : Optional.empty();
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            try {
                Thread.sleep(planPause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The id of the object's ACTIVE, not yet scheduled obligation of this kind, in a page of universe objects. */
    @SuppressWarnings("unchecked")
    static Optional<String> openObligation(List<Object> objects, String applicationId, String kind) {
        for (Object o : objects) {
            if (!(o instanceof Map<?, ?> object) || !applicationId.equals(object.get("id"))) {
                continue;
            }
            Object obligations = object.get("obligations");
            if (!(obligations instanceof List<?> list)) {
                continue;
            }
            for (Object ob : list) {
                Map<String, Object> obligation = (Map<String, Object>) ob;
                if (kind.equals(obligation.get("kind")) && "ACTIVE".equals(obligation.get("status"))
                        && obligation.get("scheduledAuditId") == null) {
                    return Optional.of(String.valueOf(obligation.get("id")));
                }
            }
        }
        return Optional.empty();
    }

    // --- AU7: findings ----------------------------------------------------------------------------------------

    /** Two findings: one the OPD is remediating, one resolved and verified by the lead auditor (closed). */
    void findings(DemoContext ctx, String auditId, LocalDate today) {
        String base = "/api/v1/audits/" + auditId + "/findings";
        String open = "temuan 'Hak akses admin SIHA tidak ditinjau'";
        try {
            String id = DemoApi.expect(ctx.api().post(AUDITOR, base, finding("Hak akses admin SIHA tidak ditinjau",
                    "HIGH", "Hak akses istimewa ditinjau paling sedikit setiap enam bulan (kebijakan keamanan SPBE "
                            + "Kota Denpasar).",
                    "Tujuh akun admin aktif; dua milik pegawai yang sudah mutasi. Tidak ada catatan peninjauan sejak "
                            + "aplikasi beroperasi.",
                    "Belum ada prosedur peninjauan hak akses dan penanggung jawabnya.",
                    "Data pasien HIV dapat diakses pihak yang tidak berwenang.",
                    "Nonaktifkan akun yang tidak diperlukan dan tetapkan peninjauan hak akses tiap semester.",
                    today.plusDays(45))), "record").string("id");
            ctx.report().loaded(FINDINGS);
            DemoApi.expect(ctx.api().post(AUDITOR, base + "/" + id + "/confirm",
                    Map.of("note", "Dikonfirmasi bersama pengelola aplikasi.")), "confirm");
            DemoApi.expect(ctx.api().post(DemoContext.actorFor(DINKES), base + "/" + id + "/start-remediation",
                    Map.of("note", "Akun mutasi sedang dinonaktifkan; SOP peninjauan disusun.")), "start remediation");
        } catch (DemoFailure e) {
            ctx.report().failed(open, e.getMessage());
        }
        String closed = "temuan 'Sertifikat TLS SIHA kedaluwarsa'";
        try {
            String id = DemoApi.expect(ctx.api().post(AUDITOR, base, finding("Sertifikat TLS SIHA kedaluwarsa",
                    "MEDIUM", "Layanan daring menggunakan sertifikat TLS yang berlaku.",
                    "Sertifikat TLS situs SIHA berakhir dua minggu sebelum pemeriksaan.",
                    "Pembaruan sertifikat tidak dipantau.",
                    "Peramban menampilkan peringatan; pengguna terbiasa mengabaikan peringatan keamanan.",
                    "Perbarui sertifikat dan pasang pemantauan masa berlaku.", today.plusDays(14))), "record")
                    .string("id");
            ctx.report().loaded(FINDINGS);
            String operator = DemoContext.actorFor(DINKES);
            DemoApi.expect(ctx.api().post(operator, base + "/" + id + "/confirm", Map.of()), "confirm");
            DemoApi.expect(ctx.api().post(operator, base + "/" + id + "/start-remediation", Map.of()),
                    "start remediation");
            DemoApi.expect(ctx.api().post(operator, base + "/" + id + "/resolve",
                    Map.of("note", "Sertifikat diperbarui; pemantauan masa berlaku aktif.")), "resolve");
            DemoApi.expect(ctx.api().post(AUDITOR, base + "/" + id + "/verify",
                    Map.of("note", "Diperiksa ulang: sertifikat berlaku sampai tahun depan.")), "verify");
        } catch (DemoFailure e) {
            ctx.report().failed(closed, e.getMessage());
        }
    }

    static Map<String, Object> finding(String title, String severity, String criterion, String condition,
            String cause, String effect, String recommendation, LocalDate dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("severity", severity);
        body.put("criterion", criterion);
        body.put("condition", condition);
        body.put("cause", cause);
        body.put("effect", effect);
        body.put("recommendation", recommendation);
        body.put("ownerOpd", DINKES);
        body.put("dueDate", dueDate.toString());
        return body;
    }

    // --- AU2: evidence requests -------------------------------------------------------------------------------

    /** The lead auditor asks DINKES for two pieces of evidence; the operator answers one with document ids. */
    void evidence(DemoContext ctx, String auditId, LocalDate today) {
        String base = "/api/v1/audits/" + auditId + "/evidence-requests";
        try {
            String id = DemoApi.expect(ctx.api().post(AUDITOR, base, Map.of("title",
                    "Laporan uji penetrasi SIHA terakhir", "purpose",
                    "Menilai kerentanan yang sudah diketahui dan tindak lanjutnya.", "dueDate",
                    today.plusDays(7).toString())), "ask").string("id");
            ctx.report().loaded(EVIDENCE);
            String documentId = platformDocumentOf(ctx, SIHA).orElseThrow(() -> new DemoFailure(
                    "SIHA belum punya dokumen platform untuk dijadikan bukti"));
            DemoApi.expect(ctx.api().post(DemoContext.actorFor(DINKES), base + "/" + id + "/provide",
                    Map.of("documentIds", List.of(documentId), "note",
                            "Laporan uji terakhir, dari dokumen platform aplikasi SIHA.")), "provide");
        } catch (DemoFailure e) {
            ctx.report().failed("permintaan bukti 'Laporan uji penetrasi SIHA'", e.getMessage());
        }
        try {
            DemoApi.expect(ctx.api().post(AUDITOR, base, Map.of("title", "Daftar akun pengguna dan hak aksesnya",
                    "purpose", "Mencocokkan akun aktif dengan pegawai yang bertugas.", "dueDate",
                    today.plusDays(14).toString())), "ask");
            ctx.report().loaded(EVIDENCE);
        } catch (DemoFailure e) {
            ctx.report().failed("permintaan bukti 'Daftar akun pengguna'", e.getMessage());
        }
    }

    // --- working papers (the team's own record; the audited OPD does not see them) --------------------------

    /** The lead auditor records a working paper for the governance scope item of the running SIHA audit. */
    void workpapers(DemoContext ctx, String auditId) {
        try {
            DemoApi.expect(ctx.api().post(AUDITOR, "/api/v1/audits/" + auditId + "/workpapers", Map.of("title",
                    "Wawancara pengelola SIHA tentang pengelolaan hak akses", "scopeArea",
                    "GOVERNANCE_AND_MANAGEMENT", "notes", "Hak akses admin ditinjau tidak berkala; belum ada SOP "
                            + "peninjauan akun. Ditindaklanjuti sebagai temuan 'Hak akses admin SIHA tidak ditinjau'.")),
                    "workpaper");
            ctx.report().loaded(WORKPAPERS);
        } catch (DemoFailure e) {
            ctx.report().failed("kertas kerja 'Wawancara pengelola SIHA'", e.getMessage());
        }
    }

    /**
     * The lead auditor pulls the health office's backup compliance (from the data-center step's runs, which reach
     * audit-service through its own consumer) into the running SIHA audit, over the default review period.
     */
    void pulledEvidence(DemoContext ctx, String auditId) {
        try {
            DemoApi.expect(ctx.api().post(AUDITOR, "/api/v1/audits/" + auditId + "/pulled-evidence",
                    Map.of("source", "BACKUPS")), "pulled evidence");
            ctx.report().loaded(PULLED);
        } catch (DemoFailure e) {
            ctx.report().failed("bukti dari layanan lain (pencadangan)", e.getMessage());
        }
    }

    // --- AU8: security assessments ----------------------------------------------------------------------------

    /** Dinas scanned DINKES's SIHA server last week and recorded a finding the DINKES operator has yet to remedy. */
    void assessments(DemoContext ctx, LocalDate today) {
        try {
            String id = DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/security-assessments", Map.of(
                    "opd", DINKES, "type", "VULNERABILITY_ASSESSMENT", "title", "Pemindaian kerentanan server SIHA",
                    "scope", "Server aplikasi SIHA dan basis datanya di pusat data", "plannedOn",
                    today.minusDays(7).toString())), "plan").string("id");
            DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/security-assessments/" + id + "/findings",
                    Map.of("title", "TLS 1.0 masih diterima server SIHA", "severity", "HIGH", "description",
                            "Pemindaian menemukan protokol TLS 1.0 dan 1.1 aktif pada port 443.", "recommendation",
                            "Matikan TLS 1.0 dan 1.1; izinkan hanya TLS 1.2 ke atas.", "dueDate",
                            today.plusDays(30).toString())), "finding");
            ctx.report().loaded(ASSESSMENTS);
        } catch (DemoFailure e) {
            ctx.report().failed("penilaian keamanan 'Pemindaian kerentanan server SIHA'", e.getMessage());
        }
    }

    // --- AU9: electronic certificates -------------------------------------------------------------------------

    /** One valid, one expiring within 30 days, one expired; skipped (noted) where the profile does not monitor. */
    void certificates(DemoContext ctx, LocalDate today) {
        List<Map<String, Object>> planned = List.of(
                certificate("dr. Ni Luh Putu Ayu Sri", DINKES, "4F1A9C27D3B80E65", today.minusMonths(10),
                        today.plusMonths(14)),
                certificate("I Made Suardana, S.Kep.", DINKES, "0A77E1B94C2D6F03", today.minusMonths(23),
                        today.plusDays(20)),
                certificate("Ir. Ketut Budiarsa", "DISKOMINFO", "7C3E5B1F09A2D448", today.minusYears(2),
                        today.minusDays(12)));
        for (Map<String, Object> body : planned) {
            String user = DINKES.equals(body.get("opdCode")) ? DemoContext.actorFor(DINKES) : DemoContext.DINAS;
            DemoApi.Reply reply = ctx.api().post(user, "/api/v1/certificates", body);
            if (notMonitored(reply)) {
                ctx.report().note("demo: profil tidak memantau sertifikat elektronik (AU9), dilewati / the profile "
                        + "does not monitor electronic certificates, skipped");
                return;
            }
            if (reply.ok()) {
                ctx.report().loaded(CERTIFICATES);
            } else {
                ctx.report().failed("sertifikat '" + body.get("holder") + "'", reply.problem());
            }
        }
    }

    /** audit-service answers every certificate operation with 422 AU9 where the region has no legal basis. */
    static boolean notMonitored(DemoApi.Reply reply) {
        return reply.status() == 422 && "AU9".equals(reply.string("obligation"));
    }

    static Map<String, Object> certificate(String holder, String opd, String serial, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holder", holder);
        body.put("opdCode", opd);
        body.put("issuer", "CN=OSD BSrE, O=Badan Siber dan Sandi Negara, C=ID");
        body.put("serialNumber", serial);
        body.put("notBefore", from.atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toString());
        body.put("notAfter", to.atTime(23, 59, 59).toInstant(ZoneOffset.ofHours(8)).toString());
        body.put("keyUsage", List.of("DIGITAL_SIGNATURE", "NON_REPUDIATION"));
        return body;
    }

    /**
     * Evidence names platform documents (AU2): the operator answers with a document the application already holds in
     * the repository (the demo applications come with their documents), the first version found.
     */
    static Optional<String> platformDocumentOf(DemoContext ctx, String inventoryId) {
        return ctx.applicationId(inventoryId).flatMap(applicationId -> {
            DemoApi.Reply reply = ctx.api().get(DemoContext.actorFor(DINKES),
                    "/api/v1/applications/" + applicationId + "/documents");
            return reply.ok() ? firstFileId(reply.body()) : Optional.empty();
        });
    }

    private static Optional<String> firstFileId(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("fileId") instanceof String id) {
                return Optional.of(id);
            }
            for (Object value : map.values()) {
                Optional<String> found = firstFileId(value);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object value : list) {
                Optional<String> found = firstFileId(value);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
