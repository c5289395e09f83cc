package id.go.spbe.dev.launcher.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The yearly SPBE evaluation (monev-service, M1/M3) and Mandiri TIK assessments (G3) of the demo region:
 * <ul>
 * <li>last year's PermenPANRB 59/2020 evaluation, completed: every indicator proposed by the OPD holding its unit, a
 * few over-claims brought back by the evaluator in document review (with a comment), interview, final and locked.
 * The final levels are {@link #LEVELS}: index 2.6145, published by the service as 2.61 (Baik); the source publishes
 * 2.62, which its own data file calls consistent within 0.01;</li>
 * <li>this year's 59/2020 evaluation in self-assessment with the first two domains (indicators 1–20) filled;</li>
 * <li>this year's evaluation under the provisional Indeks Pemdi 2026 framework, opened and still empty (the screens
 * show such a framework as provisional);</li>
 * <li>two Mandiri TIK assessments where the profile names criteria: the health office passing (a proposal waiting for
 * the decree) and the education office not passing one criterion.</li>
 * </ul>
 * Needs the OPD directory ({@link OpdStructureStep}: SETDA-ORGANISASI and BAPPEDA hold the Bagian Organisasi and
 * Bappeda units where the profile assigns them indicators, M3). Which OPD answers for each indicator is read back from
 * the service, and each is proposed by the demo user of that OPD; an indicator of an OPD without a demo user is
 * reported, and last year's evaluation then stops in self-assessment (422 M1), also reported.
 */
final class EvaluationsStep implements DemoStep {

    static final String KIND = "evaluasi";
    static final String KIND_INDICATOR = "tingkat indikator";
    static final String KIND_MANDIRI = "penilaian Mandiri TIK";
    static final String EVALUATOR = "evaluator";
    static final String FRAMEWORK = "permenpanrb-59-2020";
    static final String PROVISIONAL_FRAMEWORK = "pemdi-2026";
    static final String BASE = "/api/v1/evaluations";

    /** The OPD holding each assessing unit (M3): Dinas is Diskominfo, the others from the Denpasar structure. */
    static final Map<String, String> UNITS = Map.of("DINAS", "DISKOMINFO", "BAGIAN_ORGANISASI", "SETDA-ORGANISASI",
            "BAPPEDA", "BAPPEDA");

    /**
     * Final levels of the 47 indicators of PermenPANRB 59/2020, in indicator order 1..47. No public source gives
     * Denpasar's per-indicator levels under 59/2020 (only its indexes: 3.33 in 2019, 3.19 in 2021), so these are the
     * closest published set: Kota Parepare 2023, computed index 2.6145, published 2.62 ("consistent within 0.01"),
     * predicate Baik. Source: github.com/uzyeu/admin @ 5751c2b884a8cc9f7eee6d65985de90665edf4d8,
     * database/seeders/InformasiIndikatorSeeder.php, as transcribed in ../shared/data/spbe-results/parepare-2023.csv
     * (trust low–medium: an intern app of Diskominfo Parepare, not checked against the official KemenPANRB report).
     */
    static final int[] LEVELS = {
        3, 3, 3, 3, 3, 3, 3, 2, 3, 3, // 1-10  aspect 1, kebijakan internal tata kelola
        1, 2, 1, 2, // 11-14 aspect 2, perencanaan strategis
        1, 4, 1, 2, // 15-18 aspect 3, teknologi informasi dan komunikasi
        1, 2, // 19-20 aspect 4, penyelenggara
        1, 1, 1, 1, 1, 1, 1, 1, // 21-28 aspect 5, penerapan manajemen
        1, 1, 1, // 29-31 aspect 6, audit TIK
        4, 4, 4, 4, 4, 4, 3, 3, 4, 3, // 32-41 aspect 7, layanan administrasi pemerintahan
        4, 3, 2, 4, 4, 4 // 42-47 aspect 8, layanan publik
    };

    /** Last year's self-assessment claims above the final level, which the evaluator brings back (indicator → claim). */
    static final Map<String, Integer> OVER_CLAIMS = Map.of("11", 2, "19", 2, "25", 2, "44", 3);

    /** This year: the first two domains (indicators 1–20) filled; improvements over last year (indicator → level). */
    static final int FILLED_THIS_YEAR = 20;
    static final Map<String, Integer> IMPROVED = Map.of("1", 4, "8", 3, "13", 2, "15", 2, "19", 2);

    /**
     * This year's claims for two indicators the platform's own data evidences (monev README "Evidence from
     * operations"): service management (28) and change management (27). The demo's tickets come from two OPDs and its
     * one change awaits approval, so the data supports level 1 for both and the screen flags these claims.
     */
    static final Map<String, Integer> EVIDENCED_CLAIMS = Map.of("27", 2, "28", 3);

    private final IntSupplier currentYear;

    EvaluationsStep() {
        // Denpasar keeps WITA (UTC+8)
        this(() -> LocalDate.now(ZoneId.of("Asia/Makassar")).getYear());
    }

    EvaluationsStep(IntSupplier currentYear) {
        this.currentYear = currentYear;
    }

    @Override
    public String name() {
        return "evaluasi SPBE / SPBE evaluation";
    }

    @Override
    public void load(DemoContext ctx) {
        int year = currentYear.getAsInt();
        completedLastYear(ctx, year - 1);
        inProgressThisYear(ctx, year);
        provisionalThisYear(ctx, year);
        mandiriTik(ctx);
    }

    /** The level last year's final result holds for an indicator ("1".."47"). */
    static int finalLevel(String no) {
        return LEVELS[Integer.parseInt(no) - 1];
    }

    /** What the unit claimed in last year's self-assessment: the final level, or the over-claim. */
    static int claimedLastYear(String no) {
        return OVER_CLAIMS.getOrDefault(no, finalLevel(no));
    }

    /** This year's proposal for one of the filled indicators, or null for one left open. */
    static Integer proposedThisYear(String no) {
        int n = Integer.parseInt(no);
        if (EVIDENCED_CLAIMS.containsKey(no)) {
            return EVIDENCED_CLAIMS.get(no);
        }
        if (n > FILLED_THIS_YEAR) {
            return null;
        }
        return IMPROVED.getOrDefault(no, finalLevel(no));
    }

    private void completedLastYear(DemoContext ctx, int year) {
        String item = "evaluasi " + year + " " + FRAMEWORK;
        String id = year + "-" + FRAMEWORK;
        try {
            if (!open(ctx, year, FRAMEWORK)) {
                return;
            }
            propose(ctx, id, year, EvaluationsStep::claimedLastYear);
            DemoApi.expect(ctx.api().post(DemoContext.DINAS, BASE + "/" + id + "/advance", Map.of("to",
                    "PENILAIAN_DOKUMEN", "note", "Penilaian mandiri " + year + " ditutup; semua indikator terisi.")),
                    "close self-assessment");
            OVER_CLAIMS.keySet().stream().sorted().forEach(no -> {
                try {
                    DemoApi.expect(ctx.api().post(EVALUATOR, BASE + "/" + id + "/indicators/" + no + "/adjust",
                            Map.of("level", finalLevel(no), "comment", "Bukti dukung belum menunjukkan penerapan "
                                    + "di seluruh perangkat daerah; tingkat disesuaikan pada penilaian dokumen.")),
                            "adjust");
                    ctx.report().loaded(KIND_INDICATOR);
                } catch (DemoFailure e) {
                    ctx.report().failed(item + " penyesuaian indikator " + no, e.getMessage());
                }
            });
            DemoApi.expect(ctx.api().post(EVALUATOR, BASE + "/" + id + "/advance",
                    Map.of("to", "INTERVIU", "note", "Interviu daring dengan Tim Koordinasi SPBE.")), "interview");
            DemoApi.expect(ctx.api().post(EVALUATOR, BASE + "/" + id + "/finalise",
                    Map.of("note", "Visitasi tidak dilakukan; hasil interviu final.")), "finalise");
            ctx.report().loaded(KIND);
        } catch (DemoFailure e) {
            ctx.report().failed(item, e.getMessage());
        }
    }

    private void inProgressThisYear(DemoContext ctx, int year) {
        String item = "evaluasi " + year + " " + FRAMEWORK;
        try {
            if (!open(ctx, year, FRAMEWORK)) {
                return;
            }
            propose(ctx, year + "-" + FRAMEWORK, year, EvaluationsStep::proposedThisYear);
            ctx.report().loaded(KIND);
        } catch (DemoFailure e) {
            ctx.report().failed(item, e.getMessage());
        }
    }

    private void provisionalThisYear(DemoContext ctx, int year) {
        try {
            if (open(ctx, year, PROVISIONAL_FRAMEWORK)) {
                ctx.report().loaded(KIND);
            }
        } catch (DemoFailure e) {
            ctx.report().failed("evaluasi " + year + " " + PROVISIONAL_FRAMEWORK, e.getMessage());
        }
    }

    /** How often a 422 G1 (an OPD the service's directory does not know yet) is tried again, a second apart. */
    static final int DIRECTORY_ATTEMPTS = 15;

    /**
     * monev-service learns the OPD directory from app-registry's events (G1), so OPDs the structure step registered a
     * moment ago may not have arrived yet: a 422 G1 is tried again for a while before it counts.
     */
    static DemoApi.Reply directoryPatient(Supplier<DemoApi.Reply> call) {
        DemoApi.Reply reply = call.get();
        for (int attempt = 1; attempt < DIRECTORY_ATTEMPTS && reply.status() == 422
                && "G1".equals(reply.string("obligation")); attempt++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
            reply = call.get();
        }
        return reply;
    }

    /** Dinas opens the evaluation; false (and a note) when it was opened before, whose state is then left alone. */
    private static boolean open(DemoContext ctx, int year, String frameworkId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("frameworkId", frameworkId);
        body.put("units", UNITS);
        DemoApi.Reply reply = directoryPatient(() -> ctx.api().post(DemoContext.DINAS, BASE, body));
        if (reply.status() == 409) {
            ctx.report().note("evaluasi " + year + " " + frameworkId + " sudah ada / exists: dibiarkan / left as is");
            return false;
        }
        DemoApi.expect(reply, "open");
        return true;
    }

    /** Each indicator's level proposed by the demo user of the OPD the service assigned it to (M3). */
    private static void propose(DemoContext ctx, String id, int year, java.util.function.Function<String, Integer> level) {
        for (Map<String, Object> indicator : indicators(ctx, id)) {
            String no = String.valueOf(indicator.get("no"));
            String opd = String.valueOf(indicator.get("opd"));
            Integer proposed = level.apply(no);
            if (proposed == null) {
                continue;
            }
            String item = "evaluasi " + id + " indikator " + no;
            String user = proposer(opd);
            if (user == null) {
                ctx.report().failed(item, "tidak ada pengguna demo untuk OPD " + opd + " (unit "
                        + indicator.get("unit") + ") / no demo user for that OPD");
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("level", proposed);
            body.put("explanation", explanation(year, no, proposed));
            // A link to the published document (JDIH); uploaded evidence would need a file per indicator (M1).
            body.put("evidenceDocumentIds", List.of("https://jdih.example.go.id/demo/bukti-" + year + "-indikator-"
                    + no));
            try {
                DemoApi.expect(ctx.api().put(user, BASE + "/" + id + "/indicators/" + no + "/proposal", body, null),
                        "propose");
                ctx.report().loaded(KIND_INDICATOR);
            } catch (DemoFailure e) {
                ctx.report().failed(item, e.getMessage());
            }
        }
    }

    /** Dinas's own indicators by Dinas; an OPD with a demo operator by that operator; any other OPD has none. */
    static String proposer(String opd) {
        if (UNITS.get("DINAS").equals(opd)) {
            return DemoContext.DINAS;
        }
        return DemoContext.OPERATORS.get(opd);
    }

    static String explanation(int year, String no, int level) {
        return "Penilaian mandiri " + year + " indikator " + no + ": tingkat " + level
                + " menurut dokumen yang berlaku dan penerapannya di perangkat daerah (data demo).";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indicators(DemoContext ctx, String id) {
        DemoApi.Reply page = DemoApi.expect(ctx.api().get(DemoContext.DINAS, BASE + "/" + id + "/indicators?size=200"),
                "read indicators");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object o : DemoApi.items(page)) {
            if (o instanceof Map<?, ?> m) {
                list.add((Map<String, Object>) m);
            }
        }
        return list;
    }

    /** Mandiri TIK (G3): only where the profile names criteria; DINKES passes, DISDIK misses its last criterion. */
    private static void mandiriTik(DemoContext ctx) {
        List<String> criteria;
        try {
            Object list = DemoApi.expect(ctx.api().get(DemoContext.DINAS, "/api/v1/mandiri-tik-assessments/criteria"),
                    "criteria").json().get("criteria");
            criteria = list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        } catch (DemoFailure e) {
            ctx.report().failed("kriteria Mandiri TIK", e.getMessage());
            return;
        }
        if (criteria.isEmpty()) {
            ctx.report().note("profil tanpa kriteria Mandiri TIK / profile names no Mandiri TIK criteria (G3)");
            return;
        }
        assess(ctx, "DINKES", criteria, null);
        assess(ctx, "DISDIK", criteria, criteria.get(criteria.size() - 1));
    }

    static List<Map<String, Object>> verdicts(String opd, List<String> criteria, String notMet) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String code : criteria) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", code);
            if (code.equals(notMet)) {
                c.put("verdict", "NOT_MET");
                c.put("reason", "Belum ada bukti untuk kriteria ini pada saat penilaian (data demo).");
            } else {
                c.put("verdict", "MET");
                c.put("evidenceDocumentIds", List.of("demo-bukti-mandiri-tik-" + opd + "-" + code));
            }
            list.add(c);
        }
        return list;
    }

    private static void assess(DemoContext ctx, String opd, List<String> criteria, String notMet) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("opd", opd);
        body.put("criteria", verdicts(opd, criteria, notMet));
        try {
            DemoApi.Reply reply = directoryPatient(
                    () -> ctx.api().post(DemoContext.DINAS, "/api/v1/mandiri-tik-assessments", body));
            if (reply.status() == 409) {
                ctx.report().note("Mandiri TIK " + opd + ": usulan sudah menunggu / a proposal is already waiting");
                return;
            }
            DemoApi.expect(reply, "assess");
            ctx.report().loaded(KIND_MANDIRI);
        } catch (DemoFailure e) {
            ctx.report().failed("Mandiri TIK " + opd, e.getMessage());
        }
    }
}
