package id.go.spbe.dev.launcher.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SPBE planning documents (G4) and Dinas's ICT staff competency register (M5) of the demo region, in
 * monev-service, as Dinas:
 * <ul>
 * <li>the SPBE architecture, decreed three years ago and never reviewed since, so its review shows as overdue; the
 * roadmap of the same period reviewed every time it fell due, so it does not. Period length and cadence come from the
 * profile's terms ({@code GET …/planning-documents/terms}); decree numbers are marked as examples, not real decrees;</li>
 * <li>four ICT staff members of Diskominfo with evidenced competencies, one certificate expired (fictional names).</li>
 * </ul>
 * Needs nothing from earlier steps but the seeded Diskominfo, the directory's Dinas OPD (M5).
 */
final class PlanningCompetencyStep implements DemoStep {

    static final String KIND_PLANNING = "dokumen perencanaan";
    static final String KIND_STAFF = "SDM TIK";
    static final String PLANNING = "/api/v1/evaluations/planning-documents";
    static final String STAFF = "/api/v1/evaluations/competencies/staff";

    /** Fictional Diskominfo staff: name, position, then role/evidence/valid-until triples (valid-until may be ""). */
    static final List<List<String>> MEMBERS = List.of(
            List.of("I Made Wirawan", "Pranata Komputer Ahli Muda", "SYSTEM_ANALYST", "demo-sertifikat-analis-sistem", "",
                    "PROGRAMMER", "demo-sertifikat-pemrogram-1", ""),
            List.of("Ni Kadek Ayu Lestari", "Pranata Komputer Ahli Pertama", "PROGRAMMER", "demo-sertifikat-pemrogram-2",
                    "+2Y"),
            List.of("I Gede Agus Saputra", "Pranata Komputer Terampil", "NETWORK_ENGINEER", "demo-sertifikat-jaringan",
                    "-1Y", "TECHNICAL_SUPPORT", "demo-sertifikat-dukungan-teknis", ""),
            List.of("Ni Putu Maharani", "Pranata Komputer Ahli Pertama", "HOSTING_ENGINEER", "demo-sertifikat-hosting",
                    "+1Y"));

    private final Supplier<LocalDate> today;

    PlanningCompetencyStep() {
        this(() -> LocalDate.now(ZoneId.of("Asia/Makassar")));
    }

    PlanningCompetencyStep(Supplier<LocalDate> today) {
        this.today = today;
    }

    @Override
    public String name() {
        return "perencanaan dan kompetensi SPBE / SPBE planning and competency";
    }

    @Override
    public void load(DemoContext ctx) {
        LocalDate day = today.get();
        Map<String, Object> terms;
        try {
            terms = DemoApi.expect(ctx.api().get(DemoContext.DINAS, PLANNING + "/terms"), "terms").json();
        } catch (DemoFailure e) {
            ctx.report().failed("ketentuan dokumen perencanaan", e.getMessage());
            terms = Map.of();
        }
        if (terms.get("terms") instanceof Map<?, ?> byKind) {
            plan(ctx, byKind.get("ARSITEKTUR"), "ARSITEKTUR", "Arsitektur SPBE Pemerintah Kota Denpasar",
                    LocalDate.of(day.getYear() - 3, 3, 15), false, day);
            plan(ctx, byKind.get("PETA_RENCANA"), "PETA_RENCANA", "Peta Rencana SPBE Pemerintah Kota Denpasar",
                    LocalDate.of(day.getYear() - 3, 4, 10), true, day);
        }
        for (List<String> member : MEMBERS) {
            try {
                DemoApi.expect(ctx.api().post(DemoContext.DINAS, STAFF, staff(member, day)), "register staff");
                ctx.report().loaded(KIND_STAFF);
            } catch (DemoFailure e) {
                ctx.report().failed("SDM TIK " + member.get(0), e.getMessage());
            }
        }
    }

    private static void plan(DemoContext ctx, Object kindTerms, String kind, String title, LocalDate decreeDate,
            boolean reviewed, LocalDate day) {
        String item = "dokumen perencanaan " + kind;
        if (!(kindTerms instanceof Map<?, ?> t) || !(t.get("periodYears") instanceof Number years)
                || !(t.get("reviewMonths") instanceof Number months)) {
            ctx.report().failed(item, "profil tidak memberi ketentuan / no terms in the profile");
            return;
        }
        try {
            Map<String, Object> body = registration(kind, title, decreeDate, years.intValue());
            DemoApi.Reply reply = DemoApi.expect(ctx.api().post(DemoContext.DINAS, PLANNING, body), "register");
            ctx.report().loaded(KIND_PLANNING);
            if (reviewed) {
                String id = reply.string("id");
                for (LocalDate on : reviewDates(decreeDate, months.intValue(), (Integer) body.get("periodEnd"), day)) {
                    DemoApi.expect(ctx.api().post(DemoContext.DINAS, PLANNING + "/" + id + "/reviews", Map.of(
                            "reviewedOn", on.toString(), "summary", "Reviu tahunan oleh Tim Koordinasi SPBE: capaian "
                                    + "program SPBE " + on.getYear() + " diselaraskan dengan RPJMD (data demo).")),
                            "review " + on);
                }
            }
        } catch (DemoFailure e) {
            ctx.report().failed(item, e.getMessage());
        }
    }

    static Map<String, Object> registration(String kind, String title, LocalDate decreeDate, int periodYears) {
        int start = decreeDate.getYear();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("title", title + " " + start + "–" + (start + periodYears - 1));
        body.put("periodStart", start);
        body.put("periodEnd", start + periodYears - 1); // G4: the period runs periodYears years, both ends counted
        body.put("decreeNumber", "Perwali " + (kind.equals("ARSITEKTUR") ? 11 : 12) + "/" + start + " (contoh)");
        body.put("decreeDate", decreeDate.toString());
        body.put("documentId", "demo-" + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + start);
        return body;
    }

    /**
     * A review a few days before each due date (one cadence after the decree, then one after each review's due date)
     * that has already come, within the period: the roadmap is kept up to date.
     */
    static List<LocalDate> reviewDates(LocalDate decreeDate, int reviewMonths, int periodEnd, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate on = decreeDate.plusMonths((long) k * reviewMonths).minusDays(9);
            if (on.isAfter(today) || on.getYear() > periodEnd) {
                return dates;
            }
            dates.add(on);
        }
    }

    static Map<String, Object> staff(List<String> member, LocalDate today) {
        List<Map<String, Object>> competencies = new ArrayList<>();
        for (int i = 2; i + 2 < member.size(); i += 3) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("role", member.get(i));
            c.put("evidenceDocumentId", member.get(i + 1));
            String valid = member.get(i + 2);
            if (!valid.isEmpty()) {
                int years = Integer.parseInt(valid.substring(0, valid.length() - 1));
                c.put("validUntil", today.plusYears(years).toString());
            }
            competencies.add(c);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", member.get(0));
        body.put("position", member.get(1));
        body.put("competencies", competencies);
        return body;
    }
}
