package id.go.spbe.appregistry.search;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.KEPEGAWAIAN;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.KINERJA_PEGAWAI;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.PENGADUAN_PELAYANAN_PUBLIK;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.SEKTOR_KESEHATAN;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.SEKTOR_KOMUNIKASI_INFORMASI;
import static id.go.spbe.appregistry.search.ApplicationFixtures.form;
import static id.go.spbe.appregistry.search.ApplicationFixtures.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/** G5: registering an application whose function overlaps an existing one returns the likely duplicates. */
@SpbeIntegrationTest
class DuplicateDetectionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DuplicateProperties properties;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    JsonNode register(String token, Map<String, Object> form) {
        TestHttp.Reply reply = http.post("/api/v1/applications").auth(token).json(form).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static Map<String, Object> ownedBy(String owner, Map<String, Object> form) {
        form.put("ownerOpd", owner);
        return form;
    }

    static Optional<JsonNode> candidateNamed(JsonNode candidates, String name, String owner) {
        return candidates.valueStream()
                .filter(c -> c.get("name").asString().equals(name) && c.get("ownerOpd").asString().equals(owner))
                .findFirst();
    }

    String newOpd(String prefix, String name) {
        String code = prefix + "-" + uniqueWord().substring(2, 8).toUpperCase();
        TestHttp.Reply reply = http.post("/api/v1/opds").auth(admin())
                .json(Map.of("code", code, "name", name, "kind", "BADAN", "dinas", false)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return code;
    }

    @Test
    void g5RegisteringALikelyDuplicateReturnsTheCandidatesForDinasReview() {
        String bkpsdm = newOpd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        JsonNode original = register(admin(), ownedBy(bkpsdm, form("Sistem Informasi Manajemen Kepegawaian",
                "Pengelolaan data induk pegawai, riwayat jabatan, pangkat dan cuti ASN", KEPEGAWAIAN)));
        register(operator("DINKES"), form("Sistem Informasi Puskesmas",
                "Pencatatan kunjungan pasien, rekam medis dan obat di puskesmas", SEKTOR_KESEHATAN));

        JsonNode created = register(operator("DINKES"), form("SIMPEG - Aplikasi Pengelolaan Data Pegawai",
                "Data pegawai dinas kesehatan: jabatan, pangkat, cuti", KEPEGAWAIAN));

        // the operator is told, in the 201, which application of which OPD it may duplicate — without its id
        assertThat(created.get("id").asString()).isNotBlank();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        JsonNode likely = created.get("likelyDuplicates");
        JsonNode simpeg = candidateNamed(likely, "Sistem Informasi Manajemen Kepegawaian", bkpsdm).orElseThrow(
                () -> new AssertionError("BKPSDM's staffing system not reported: " + likely));
        assertThat(simpeg.get("id").isNull()).isTrue();
        assertThat(simpeg.get("sameOpd").asBoolean()).isFalse();
        assertThat(simpeg.get("score").asDouble()).isBetween(properties.minScore(), 1.0);
        assertThat(simpeg.get("reasons").valueStream().map(JsonNode::asString))
                .contains("bidang sama: KEPEGAWAIAN")
                .anySatisfy(reason -> assertThat(reason).startsWith("nama mirip").contains("pegawai"));
        assertThat(likely.valueStream().map(c -> c.get("name").asString()))
                .doesNotContain("Sistem Informasi Puskesmas");
        assertThat(likely.size()).isLessThanOrEqualTo(properties.limit());

        // Dinas reviews with the ids; so do other region-wide roles
        String id = created.get("id").asString();
        for (String reviewer : List.of(admin(), auditor(),
                TestJwtIssuer.shared().user("tim.koordinasi").roles("COORDINATOR").bearer())) {
            TestHttp.Reply review = http.get("/api/v1/applications/" + id + "/duplicates").auth(reviewer).send();
            assertThat(review.status()).as(review.toString()).isEqualTo(200);
            JsonNode candidate = candidateNamed(review.json().get("candidates"),
                    "Sistem Informasi Manajemen Kepegawaian", bkpsdm).orElseThrow();
            assertThat(candidate.get("id").asString()).isEqualTo(original.get("id").asString());
            assertThat(candidate.get("status").asString()).isEqualTo("DRAFT");
            assertThat(review.json().get("minScore").asDouble()).isEqualTo(properties.minScore());
        }
        // the owner OPD's operator sees the candidates the same way as in the 201
        JsonNode own = http.get("/api/v1/applications/" + id + "/duplicates").auth(operator("DINKES")).send().json();
        JsonNode hidden = candidateNamed(own.get("candidates"), "Sistem Informasi Manajemen Kepegawaian", bkpsdm)
                .orElseThrow();
        assertThat(hidden.get("id").isNull()).isTrue();
        assertThat(hidden.get("status").isNull()).isTrue();
    }

    @Test
    void g5AnotherOpdsApplicationsDuplicatesAreA404ForAnOperator() {
        String id = register(operator("DINKES"), form("Aplikasi Rujukan Pasien " + uniqueWord(), null))
                .get("id").asString();
        TestHttp.Reply other = http.get("/api/v1/applications/" + id + "/duplicates").auth(operator("DISDIK")).send();
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/applications/" + id + "/duplicates").send().status()).isEqualTo(401);
        assertThat(http.get("/api/v1/applications/tidak-ada/duplicates").auth(admin()).send().status())
                .isEqualTo(404);
    }

    @Test
    void g5ComplaintChannelsOfDifferentOpdAreReportedAsLikelyDuplicates() {
        register(operator("DISDIK"), form("Aplikasi Pengaduan Masyarakat",
                "Menampung pengaduan masyarakat tentang layanan pendidikan", PENGADUAN_PELAYANAN_PUBLIK));
        JsonNode created = register(operator("DINKES"), form("Layanan Aspirasi dan Pengaduan Online Rakyat",
                "Warga menyampaikan aspirasi dan aduan secara daring", PENGADUAN_PELAYANAN_PUBLIK));

        JsonNode candidate = candidateNamed(created.get("likelyDuplicates"), "Aplikasi Pengaduan Masyarakat", "DISDIK")
                .orElseThrow(() -> new AssertionError(created.get("likelyDuplicates").toString()));
        assertThat(candidate.get("score").asDouble()).isGreaterThanOrEqualTo(properties.minScore());
        assertThat(candidate.get("reasons").valueStream().map(JsonNode::asString))
                .contains("bidang sama: PENGADUAN_PELAYANAN_PUBLIK")
                .anySatisfy(reason -> assertThat(reason).startsWith("nama mirip").contains("pengaduan"));
    }

    @Test
    void g5SameOpdCandidatesAreMarkedAndShownWithTheirId() {
        String word = uniqueWord();
        JsonNode first = register(operator("DISDIK"), form("Aplikasi " + word + " Penerimaan Siswa Baru",
                "Pendaftaran siswa baru secara daring", SEKTOR_KOMUNIKASI_INFORMASI));
        JsonNode second = register(operator("DISDIK"), form("PPDB " + word + " Online",
                "Penerimaan peserta didik baru, pendaftaran siswa", SEKTOR_KOMUNIKASI_INFORMASI));

        JsonNode candidate = second.get("likelyDuplicates").valueStream()
                .filter(c -> first.get("id").asString().equals(c.get("id").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(second.get("likelyDuplicates").toString()));
        assertThat(candidate.get("sameOpd").asBoolean()).isTrue();
        assertThat(candidate.get("ownerOpd").asString()).isEqualTo("DISDIK");
    }

    @Test
    void g5DecommissionedAndRejectedApplicationsAreNotCandidatesNorIsTheApplicationItself() {
        String word = uniqueWord();
        String retired = register(operator("DINKES"), form("Aplikasi Antrean " + word, null, KINERJA_PEGAWAI))
                .get("id").asString();
        String rejected = register(operator("DINKES"), form("Antrean " + word + " Puskesmas", null, KINERJA_PEGAWAI))
                .get("id").asString();
        String draft = register(operator("DINKES"), form("Antrean " + word + " Poliklinik", null, KINERJA_PEGAWAI))
                .get("id").asString();
        assertThat(http.post("/api/v1/applications/" + retired + "/decommission").auth(operator("DINKES"))
                .json(Map.of("reason", "Diganti aplikasi antrean terpadu")).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/applications/" + rejected + "/submit").auth(operator("DINKES")).send()
                .status()).isEqualTo(200);
        assertThat(http.post("/api/v1/applications/" + rejected + "/reject").auth(admin())
                .json(Map.of("reason", "Sudah ada aplikasi serupa")).send().status()).isEqualTo(200);

        JsonNode created = register(operator("DINKES"), form("Aplikasi Antrean " + word, null, KINERJA_PEGAWAI));
        List<String> candidates = created.get("likelyDuplicates").valueStream().map(c -> c.get("id").asString())
                .toList();
        assertThat(candidates).contains(draft).doesNotContain(retired, rejected, created.get("id").asString());
    }
}
