package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationRepository;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.Contact;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Hosting;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.Maintenance;
import id.go.spbe.appregistry.application.domain.RegistrationPolicy;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.application.domain.TestResult;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Applications for search and catalogue tests, registered through the aggregate like the real workflow does. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /** A registration form as JSON, with the fields duplicate detection looks at. */
    public static Map<String, Object> form(String name, String description, FunctionDomain... domains) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        if (description != null) {
            form.put("description", description);
        }
        form.put("applicationClass", "KHUSUS");
        form.put("serviceType", "INTERAKSI");
        form.put("functionDomains", List.of(domains));
        form.put("licence", Map.of("kind", "OPEN_SOURCE", "spdxId", "EUPL-1.2"));
        return form;
    }

    /** Full form data, including the private parts (contacts, hosting, maintenance) the public must never see. */
    public static ApplicationDetails details(String name, String description, Licence licence, String repository,
            FunctionDomain... domains) {
        return new ApplicationDetails(name, description, ApplicationClass.KHUSUS, List.of(), ServiceType.TRANSAKSI,
                Set.of(domains), licence, repository, List.of("Java", "PostgreSQL"), "PostgreSQL 16",
                new Hosting(Hosting.Kind.PUSAT_DATA_VPS, "vps-042"),
                "https://" + slug(name) + ".rejanglebongkab.go.id",
                new Maintenance(Maintenance.Type.CONTRACT, "PT Rahasia Vendor", "KONTRAK-77/2025",
                        LocalDate.of(2027, 1, 31)),
                List.of(new Contact("Budi Santoso", "Pengelola", "budi@rejanglebongkab.go.id", "+62 812 0000 1111")));
    }

    /**
     * An application driven through the whole workflow to ACTIVE (register → submit → recommend → required documents
     * → deposit → passed test → IMPLEMENTATION → activate) and saved.
     */
    public static Application active(ApplicationRepository applications, ApplicationRules rules, String owner,
            ApplicationDetails details) {
        RegistrationPolicy policy = rules.policy();
        Application app = Application.register(details, owner, policy, "operator.fixture", Instant.now());
        return applications.save(driveToActive(app, policy));
    }

    /** Takes a DRAFT application through the whole workflow to ACTIVE, in memory. */
    public static Application driveToActive(Application app, RegistrationPolicy policy) {
        Instant now = Instant.now();
        app.submit("operator.fixture", now);
        if (app.licence().closedSource()) {
            app.considerClosedSource("Tidak ada alternatif sumber terbuka.", "admin.dinas", now);
        }
        app.recommend("Layak", "admin.dinas", now);
        for (DocumentKind kind : policy.requiredDocuments()) {
            app.addDocument(kind, UUID.randomUUID().toString(), kind.name().toLowerCase() + ".pdf", "application/pdf",
                    1024, "0".repeat(64), null, policy, "operator.fixture", now);
        }
        app.deposit(policy, "operator.fixture", now);
        app.recordTestResult(TestResult.Kind.USER_ACCEPTANCE, LocalDate.now(ZoneOffset.UTC), true, "Lulus UAT", null,
                "operator.fixture", now);
        app.changeStage(SdlcStage.IMPLEMENTATION, null, true, "admin.dinas", now);
        app.activate("admin.dinas", now);
        return app;
    }

    /** A unique made-up word, so a test finds exactly its own applications in the shared database. */
    public static String uniqueWord() {
        String letters = "bcdfghjklmnprstvwz";
        StringBuilder word = new StringBuilder("zq");
        UUID uuid = UUID.randomUUID();
        long bits = uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt((int) Math.floorMod(bits >> (i * 5), letters.length())));
            word.append("aiueo".charAt((int) Math.floorMod(bits >> (i * 3 + 40), 5)));
        }
        return word.toString();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }
}
