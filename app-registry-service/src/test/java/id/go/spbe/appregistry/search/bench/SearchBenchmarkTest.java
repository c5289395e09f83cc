package id.go.spbe.appregistry.search.bench;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRepository;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.RegistrationPolicy;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.appregistry.search.ApplicationFixtures;
import id.go.spbe.appregistry.search.ApplicationIndex;
import id.go.spbe.appregistry.search.ApplicationSearch;
import id.go.spbe.appregistry.search.DenpasarInventory;
import id.go.spbe.appregistry.search.DuplicateDetector;
import id.go.spbe.appregistry.search.IndexProbe;
import id.go.spbe.appregistry.search.SearchProperties;
import id.go.spbe.platform.search.IndonesianText;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load run for search and registration over a realistic register (not part of {@code verify}; see BENCHMARKS.md):
 * seeds 10,000 applications (Denpasar's names and functions, varied, plus synthetic ones), then measures the start-up
 * rebuild, search latency through HTTP and in the service, and registration throughput through HTTP (which includes
 * duplicate detection and the index refresh).
 */
@Tag("benchmark")
@SpbeIntegrationTest
class SearchBenchmarkTest {

    static final int APPLICATIONS = Integer.getInteger("bench.applications", 10_000);
    static final int SEARCHES = Integer.getInteger("bench.searches", 2_000);
    static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 1_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    static final int OPDS = 20;

    static final List<String> QUERIES = List.of("kepegawaian", "sistem informasi kepegawaian",
            "pengaduan masyarakat", "sms gateway", "perizinan online", "pajak daerah", "puskesmas", "data penduduk",
            "e-kinerja pegawai", "simpeg", "antrian pasien", "penerimaan siswa baru", "keuangan daerah",
            "aset barang milik daerah", "pariwisata denpasar", "monitoring proyek", "surat masuk", "bantuan sosial",
            "parkir", "air bersih", "website kelurahan", "absensi pegawai", "retribusi pasar", "lalu lintas",
            "perpustakaan digital", "penanggulangan bencana", "umkm", "dashboard", "rekam medis", "arsip dinamis",
            "sim", "pel", "layanan", "aplikasi pengelolaan data");

    static final String[] PREFIXES = {"Sistem Informasi", "Aplikasi", "e-", "SIM", "Portal", "Layanan",
            "Monitoring", "Dashboard", "Pengelolaan", "Pelaporan", "Database", "Website"};
    static final String[] SUBJECTS = {"Kepegawaian", "Keuangan Daerah", "Aset Daerah", "Perizinan", "Pengaduan",
            "Pajak Daerah", "Retribusi Pasar", "Puskesmas", "Rekam Medis", "Sekolah", "Perpustakaan", "Arsip Dinamis",
            "Surat Masuk", "Kependudukan", "Bantuan Sosial", "UMKM", "Pariwisata", "Pertanian", "Perikanan",
            "Lalu Lintas", "Parkir", "Air Bersih", "Persampahan", "Penanggulangan Bencana", "Absensi Pegawai",
            "Kinerja Pegawai", "Penerimaan Siswa", "Beasiswa", "Posyandu", "Imunisasi", "Gizi Balita", "Jalan dan "
            + "Jembatan", "Irigasi", "Tata Ruang", "Penanaman Modal", "Koperasi", "Ketenagakerjaan", "Rumah Ibadah",
            "Kebudayaan", "Olahraga", "Kepemudaan", "Pemadam Kebakaran", "Satpol PP", "Perhubungan", "Rumah Sakit"};
    static final String[] PLACES = {"Denpasar Barat", "Denpasar Timur", "Denpasar Selatan", "Denpasar Utara",
            "Kesiman", "Sanur", "Renon", "Panjer", "Dauh Puri", "Sumerta", "Peguyangan", "Ubung"};
    static final String[] SUFFIXES = {"Online", "Terpadu", "Mobile", "Android", "v2", "2022", "Berbasis Web", ""};
    static final String[] ACTIVITIES = {"mencatat", "mengelola", "memantau", "melaporkan", "memverifikasi",
            "mengarsipkan", "menjadwalkan", "menghitung", "mempublikasikan"};

    @LocalServerPort
    int port;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationRules rules;

    @Autowired
    OpdDirectory opds;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IndonesianText text;

    @Autowired
    SearchProperties searchProperties;

    @Autowired
    ApplicationIndex index;

    @Autowired
    ApplicationSearch search;

    @Autowired
    DuplicateDetector detector;

    @Autowired
    Clock clock;

    final Random random = new Random(20260101);
    final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void searchAndRegistrationUnderTenThousandApplications() throws Exception {
        List<String> opdCodes = registerOpds();
        long t0 = System.nanoTime();
        seed(opdCodes);
        record("seed", APPLICATIONS + " applications inserted in " + millis(t0) + " ms (insertAll in batches of 500, "
                + "each indexed by the save hook)");
        awaitOutboxDrained();
        assertThat(IndexProbe.indexed(index)).isGreaterThanOrEqualTo(APPLICATIONS);
        record("live index", IndexProbe.indexed(index) + " documents, "
                + IndexProbe.indexBytes(index) / 1024 + " KiB in memory");

        for (int run = 1; run <= 3; run++) {
            IndexProbe.Rebuild rebuild = IndexProbe.rebuildFresh(text, mongo, searchProperties, clock);
            record("start-up rebuild #" + run, rebuild.applications() + " applications in " + rebuild.took().toMillis()
                    + " ms, " + rebuild.indexBytes() / 1024 + " KiB");
        }

        TestHttp http = TestHttp.onPort(port);
        // test tokens live 5 minutes: minted again before they run out
        Supplier<String> operator = fresh(() -> TestJwtIssuer.shared().user("operator.bench").opd(opdCodes.get(0))
                .roles("OPD_OPERATOR").bearer());
        Supplier<String> admin = fresh(() -> admin());
        latency("search HTTP, DINAS_ADMIN (all OPD)", () ->
                http.get("/api/v1/applications?q=" + query() + "&size=20").auth(admin.get()).send().status());
        latency("search HTTP, OPD_OPERATOR (own OPD)", () ->
                http.get("/api/v1/applications?q=" + query() + "&size=20").auth(operator.get()).send().status());
        latency("search HTTP, public catalogue (ACTIVE)", () ->
                http.get("/api/v1/public/applications?q=" + query() + "&size=20").send().status());
        latency("list HTTP without q, DINAS_ADMIN (Mongo only, for comparison)", () ->
                http.get("/api/v1/applications?size=20&page=" + random.nextInt(50)).auth(admin.get()).send()
                        .status());
        Caller dinas = new Caller("bench", "bench", "DISKOMINFO", Set.of("DINAS_ADMIN"), true);
        latency("search service call (no HTTP), DINAS_ADMIN", () -> {
            search.search(dinas, ApplicationFilter.none(), QUERIES.get(random.nextInt(QUERIES.size())),
                    PageRequest.of(0, 20));
            return 200;
        });

        List<Application> sample = applications.findAll(PageRequest.of(3, 500)).getContent();
        latency("duplicate detection service call (likelyDuplicatesOf)", () -> {
            detector.likelyDuplicatesOf(sample.get(random.nextInt(sample.size())));
            return 200;
        });

        registrations(http, opdCodes, 1);
        registrations(http, opdCodes, CLIENTS);
        report();
    }

    private List<String> registerOpds() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= OPDS; i++) {
            String code = String.format("BENCH-%02d", i);
            if (opds.find(code).isEmpty()) {
                opds.register(code, "Perangkat Daerah Uji Beban " + i, OpdKind.DINAS, false);
            }
            codes.add(code);
        }
        return codes;
    }

    private void seed(List<String> opdCodes) {
        List<DenpasarInventory.Row> denpasar = DenpasarInventory.rows();
        RegistrationPolicy policy = rules.policy();
        List<Application> batch = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            ApplicationDetails details = i % 3 == 0 ? fromDenpasar(denpasar.get(i % denpasar.size()), i)
                    : synthetic(i);
            Application app = Application.register(details, opdCodes.get(i % opdCodes.size()), policy,
                    "seed.bench", Instant.now());
            if (i % 10 < 3) { // ~30% running
                ApplicationFixtures.driveToActive(app, policy);
            } else if (i % 10 == 9) {
                app.decommission("Tidak dipakai lagi", "seed.bench", Instant.now());
            }
            batch.add(app);
            if (batch.size() == 500) {
                applications.insert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            applications.insert(batch);
        }
    }

    private ApplicationDetails fromDenpasar(DenpasarInventory.Row row, int i) {
        String name = row.name() + (i >= 189 * 3 ? " " + pick(PLACES) : "");
        String description = (row.function().isBlank() ? "Aplikasi " + row.name() : row.function())
                + " Digunakan oleh " + pick(PLACES) + ".";
        return details(name, description);
    }

    private ApplicationDetails synthetic(int i) {
        String subject = pick(SUBJECTS);
        String prefix = pick(PREFIXES);
        String name = (prefix.endsWith("-") ? prefix + subject.replace(" ", "") : prefix + " " + subject) + " "
                + pick(SUFFIXES);
        String description = "Aplikasi untuk " + pick(ACTIVITIES) + " dan " + pick(ACTIVITIES) + " data "
                + subject.toLowerCase(Locale.ROOT) + " di " + pick(PLACES) + ". Nomor " + i + ".";
        return details(name.trim(), description);
    }

    private ApplicationDetails details(String name, String description) {
        FunctionDomain[] domains = FunctionDomain.values();
        Set<FunctionDomain> chosen = EnumSet.of(domains[random.nextInt(domains.length)]);
        if (random.nextBoolean()) {
            chosen.add(domains[random.nextInt(domains.length)]);
        }
        Licence licence = random.nextInt(4) == 0 ? new Licence(Licence.Kind.CLOSED_SOURCE, "LicenseRef-Proprietary")
                : new Licence(Licence.Kind.OPEN_SOURCE, "EUPL-1.2");
        return new ApplicationDetails(name.length() > 200 ? name.substring(0, 200) : name, description,
                random.nextBoolean() ? ApplicationClass.UMUM : ApplicationClass.KHUSUS, List.of(),
                ServiceType.values()[random.nextInt(ServiceType.values().length)], chosen, licence, null,
                List.of("PHP", "MySQL"), null, null, null, null, null);
    }

    private void awaitOutboxDrained() throws InterruptedException {
        long t0 = System.nanoTime();
        Query pending = Query.query(Criteria.where("outbox.0").exists(true));
        while (mongo.count(pending, "applications") > 0 && System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(500);
        }
        record("outbox drained", "events of the seed published to Kafka after " + millis(t0) + " ms more");
    }

    private void latency(String label, Supplier<Integer> call) {
        for (int i = 0; i < 200; i++) { // warm-up
            assertThat(call.get()).isEqualTo(200);
        }
        long[] nanos = new long[SEARCHES];
        long t0 = System.nanoTime();
        for (int i = 0; i < SEARCHES; i++) {
            long start = System.nanoTime();
            int status = call.get();
            nanos[i] = System.nanoTime() - start;
            assertThat(status).isEqualTo(200);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        record(label, percentiles(nanos) + String.format(Locale.ROOT, ", %.0f requests/s from one client",
                SEARCHES / seconds));
    }

    private void registrations(TestHttp http, List<String> opdCodes, int clients) throws Exception {
        int perClient = REGISTRATIONS / clients;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String opd = opdCodes.get(c % opdCodes.size());
            int client = c;
            Supplier<String> token = fresh(() -> TestJwtIssuer.shared().user("operator.bench" + client).opd(opd)
                    .roles("OPD_OPERATOR").bearer());
            long seed = 1000L * clients + c;
            futures.add(pool.submit(() -> {
                Random own = new Random(seed);
                long[] nanos = new long[perClient];
                for (int i = 0; i < perClient; i++) {
                    String subject = SUBJECTS[own.nextInt(SUBJECTS.length)];
                    Map<String, Object> form = Map.of("name", PREFIXES[own.nextInt(PREFIXES.length)] + " " + subject,
                            "description", "Aplikasi untuk mencatat data " + subject.toLowerCase(Locale.ROOT),
                            "applicationClass", "KHUSUS", "serviceType", "INTERAKSI",
                            "functionDomains", List.of(FunctionDomain.values()[own.nextInt(26)].name()));
                    long start = System.nanoTime();
                    TestHttp.Reply reply = http.post("/api/v1/applications").auth(token.get()).json(form).send();
                    nanos[i] = System.nanoTime() - start;
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                }
                return nanos;
            }));
        }
        long[] all = new long[perClient * clients];
        int k = 0;
        for (Future<long[]> future : futures) {
            for (long n : future.get()) {
                all[k++] = n;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        record("registration HTTP (POST, with likelyDuplicates), " + clients + " client(s)",
                String.format(Locale.ROOT, "%d in %.1f s = %.0f registrations/s; latency %s", all.length, seconds,
                        all.length / seconds, percentiles(all)));
    }

    /** A token minted again when it is older than two minutes. */
    private static Supplier<String> fresh(Supplier<String> mint) {
        return new Supplier<>() {
            private String token;
            private long mintedAt;

            @Override
            public synchronized String get() {
                if (token == null || System.nanoTime() - mintedAt > Duration.ofMinutes(2).toNanos()) {
                    token = mint.get();
                    mintedAt = System.nanoTime();
                }
                return token;
            }
        };
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double at(long[] sorted, double quantile) {
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private String query() {
        return URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())), StandardCharsets.UTF_8);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void record(String label, String value) {
        results.put(label, value);
        System.out.println("BENCHMARK " + label + ": " + value);
    }

    private void report() throws Exception {
        StringBuilder out = new StringBuilder("# Search benchmark " + Instant.now() + "\n\n");
        out.append("JVM ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, JVM args ")
                .append(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()).append("\n\n");
        results.forEach((label, value) -> out.append("- ").append(label).append(": ").append(value).append('\n'));
        Path file = Path.of("target", "benchmark-results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
