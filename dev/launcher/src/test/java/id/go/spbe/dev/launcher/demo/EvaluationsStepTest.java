package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluation step against a stand-in gateway (a JDK HttpServer): who sends which level when, in which order the
 * stages move, and what is reported when an evaluation exists or an indicator's OPD has no demo user. The service's
 * own rules are exercised on the whole stack.
 */
class EvaluationsStepTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Call(String method, String path, String user, Map<String, Object> body) {
    }

    private HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile Set<String> existing = Set.of();
    private volatile Map<String, String> otherOpds = Map.of();
    private final java.util.concurrent.atomic.AtomicInteger directoryLag = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/api/", this::api);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private DemoReport run(List<String> console) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DemoApi api = new DemoApi(base, base + "/token", "demo", Duration.ofSeconds(5));
        DemoReport report = new DemoReport(console::add);
        new EvaluationsStep(() -> 2026).load(new DemoContext(api, null, null, report));
        return report;
    }

    @Test
    void completesLastYearWithThePublishedLevelsAndFillsPartOfThisYear() {
        DemoReport report = run(new ArrayList<>());

        assertThat(report.failures()).isEmpty();
        List<Call> opens = calls.stream().filter(c -> c.method().equals("POST") && c.path().equals("/api/v1/evaluations"))
                .toList();
        assertThat(opens).extracting(c -> c.body().get("year") + " " + c.body().get("frameworkId"))
                .containsExactly("2025 permenpanrb-59-2020", "2026 permenpanrb-59-2020", "2026 pemdi-2026");
        assertThat(opens).allMatch(c -> c.user().equals("admin.dinas"))
                .allMatch(c -> c.body().get("units").equals(Map.of("DINAS", "DISKOMINFO",
                        "BAGIAN_ORGANISASI", "SETDA-ORGANISASI", "BAPPEDA", "BAPPEDA")));

        // last year: every indicator claimed by Dinas, the over-claims adjusted back by the evaluator, then locked
        Map<String, Object> claimed = proposals("2025-permenpanrb-59-2020");
        assertThat(claimed).hasSize(47);
        assertThat(claimed.get("11")).isEqualTo(new BigDecimal("2"));
        assertThat(claimed.get("16")).isEqualTo(new BigDecimal("4"));
        List<String> lastYear = calls.stream().filter(c -> c.path().startsWith("/api/v1/evaluations/2025-")
                && c.method().equals("POST")).map(c -> c.user() + " " + c.path().replaceFirst(".*/2025-[^/]+/", "")
                + (c.body().get("to") != null ? " " + c.body().get("to") : "")
                + (c.body().get("level") != null ? " " + c.body().get("level") : "")).toList();
        assertThat(lastYear).containsExactly("admin.dinas advance PENILAIAN_DOKUMEN",
                "evaluator indicators/11/adjust 1", "evaluator indicators/19/adjust 1",
                "evaluator indicators/25/adjust 1", "evaluator indicators/44/adjust 2",
                "evaluator advance INTERVIU", "evaluator finalise");
        assertThat(calls.stream().filter(c -> c.path().endsWith("/adjust")))
                .allMatch(c -> !String.valueOf(c.body().get("comment")).isBlank());

        // this year: indicators 1-20 and the two claims the operations data evidences (27, 28), still in
        // self-assessment; the provisional one opened and left empty
        Map<String, Object> thisYear = proposals("2026-permenpanrb-59-2020");
        assertThat(thisYear.keySet()).containsExactlyInAnyOrderElementsOf(Stream.concat(
                IntStream.rangeClosed(1, 20).mapToObj(String::valueOf), Stream.of("27", "28")).toList());
        assertThat(thisYear.get("1")).isEqualTo(new BigDecimal("4"));
        assertThat(thisYear.get("28")).isEqualTo(new BigDecimal("3"));
        assertThat(calls).noneMatch(c -> c.path().startsWith("/api/v1/evaluations/2026-") && c.method().equals("POST"));
        assertThat(proposals("2026-pemdi-2026")).isEmpty();

        // Mandiri TIK: the health office passes, the education office misses the last criterion
        List<Call> assessments = calls.stream().filter(c -> c.path().equals("/api/v1/mandiri-tik-assessments")).toList();
        assertThat(assessments).extracting(c -> c.body().get("opd")).containsExactly("DINKES", "DISDIK");
        assertThat(verdicts(assessments.get(0))).containsOnly("MET").hasSize(6);
        assertThat(verdicts(assessments.get(1))).containsExactly("MET", "MET", "MET", "MET", "MET", "NOT_MET");
        assertThat(report.loaded()).containsEntry(EvaluationsStep.KIND, 3)
                .containsEntry(EvaluationsStep.KIND_INDICATOR, 47 + 4 + 20 + 2)
                .containsEntry(EvaluationsStep.KIND_MANDIRI, 2);
    }

    @Test
    void waitsForTheDirectoryWhenTheServiceDoesNotKnowTheUnitsOpdsYet() {
        directoryLag.set(2);
        DemoReport report = run(new ArrayList<>());

        assertThat(report.failures()).isEmpty();
        assertThat(calls.stream().filter(c -> c.method().equals("POST") && c.path().equals("/api/v1/evaluations")))
                .hasSize(3 + 2);
    }

    @Test
    void leavesAnExistingEvaluationAloneAndReportsAnIndicatorWhoseOpdHasNoDemoUser() {
        existing = Set.of("2025");
        otherOpds = Map.of("3", "BAPPEDA", "17", "DINKES");
        List<String> console = new ArrayList<>();
        DemoReport report = run(console);

        assertThat(proposals("2025-permenpanrb-59-2020")).isEmpty();
        assertThat(console).anyMatch(line -> line.contains("2025 permenpanrb-59-2020 sudah ada"));
        assertThat(report.failures()).singleElement().asString()
                .contains("2026-permenpanrb-59-2020 indikator 3").contains("BAPPEDA");
        assertThat(calls).anyMatch(c -> c.path().endsWith("/2026-permenpanrb-59-2020/indicators/17/proposal")
                && c.user().equals("operator.dinkes"));
        assertThat(proposals("2026-permenpanrb-59-2020")).hasSize(19 + 2); // 1-20 without 3, and 27, 28
    }

    /**
     * The final levels are the published result they cite: weighted by the 59/2020 indicator weights the service
     * ships, they give 2.6145, published (half up, 2 decimals) as 2.61.
     */
    @Test
    void finalLevelsComputeToThePublishedIndex() throws IOException {
        Path framework = Path.of("../../monev-service/src/main/resources/frameworks/permenpanrb-59-2020.csv");
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (String line : Files.readAllLines(framework)) {
            if (line.startsWith("#") || line.startsWith("domain_no")) {
                continue;
            }
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            BigDecimal weight = new BigDecimal(cells[8].trim());
            sum = sum.add(weight.multiply(BigDecimal.valueOf(EvaluationsStep.finalLevel(cells[6].trim()))));
            weights = weights.add(weight);
        }
        assertThat(EvaluationsStep.LEVELS).hasSize(47);
        assertThat(IntStream.of(EvaluationsStep.LEVELS).boxed().toList()).allMatch(l -> l >= 1 && l <= 5);
        assertThat(sum.divide(weights, 4, RoundingMode.HALF_UP)).isEqualByComparingTo("2.6145");
        assertThat(sum.divide(weights, 6, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("2.61");
    }

    private Map<String, Object> proposals(String evaluationId) {
        Pattern p = Pattern.compile("/api/v1/evaluations/" + Pattern.quote(evaluationId) + "/indicators/(\\d+)/proposal");
        return calls.stream().filter(c -> c.method().equals("PUT")).map(c -> Map.entry(p.matcher(c.path()), c))
                .filter(e -> e.getKey().matches())
                .collect(Collectors.toMap(e -> e.getKey().group(1), e -> e.getValue().body().get("level")));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> verdicts(Call call) {
        return ((List<Object>) call.body().get("criteria")).stream().map(c -> ((Map<String, Object>) c).get("verdict"))
                .toList();
    }

    private void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher user = Pattern.compile("username=([^&]+)").matcher(form);
        user.find();
        reply(ex, 200, "{\"access_token\":\"tok-" + URLDecoder.decode(user.group(1), StandardCharsets.UTF_8)
                + "\",\"expires_in\":300}");
    }

    @SuppressWarnings("unchecked")
    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String user = ex.getRequestHeaders().getFirst("Authorization").replace("Bearer tok-", "");
        String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> body = text.isBlank() ? Map.of() : (Map<String, Object>) Json.parse(text);
        calls.add(new Call(method, path, user, body));
        if (method.equals("POST") && directoryLag.getAndDecrement() > 0) {
            reply(ex, 422, "{\"status\":422,\"obligation\":\"G1\",\"detail\":\"OPD BAPPEDA tidak dikenal.\"}");
        } else if (method.equals("POST") && path.equals("/api/v1/evaluations")) {
            boolean exists = existing.contains(String.valueOf(body.get("year")))
                    && "permenpanrb-59-2020".equals(body.get("frameworkId"));
            reply(ex, exists ? 409 : 201, "{\"id\":\"" + body.get("year") + "-" + body.get("frameworkId") + "\"}");
        } else if (method.equals("GET") && path.endsWith("/indicators")) {
            int count = path.contains("pemdi") ? 20 : 47;
            String items = IntStream.rangeClosed(1, count).mapToObj(String::valueOf)
                    .map(no -> "{\"no\":\"" + no + "\",\"unit\":\"DINAS\",\"opd\":\""
                            + otherOpds.getOrDefault(no, "DISKOMINFO") + "\"}")
                    .collect(Collectors.joining(","));
            reply(ex, 200, "{\"items\":[" + items + "],\"page\":0,\"size\":200,\"totalItems\":" + count + "}");
        } else if (path.equals("/api/v1/mandiri-tik-assessments/criteria")) {
            reply(ex, 200, "{\"decidedBy\":\"BUPATI\",\"criteria\":[\"HAS_ICT_STAFF\",\"ICT_STAFF_DEDICATED_FUNCTION\","
                    + "\"ICT_BUDGET\",\"BUILDS_AND_RUNS_APPS\",\"OWNS_APPLICATIONS\",\"OWNS_SERVERS\"]}");
        } else {
            reply(ex, method.equals("POST") && path.equals("/api/v1/mandiri-tik-assessments") ? 201 : 200, "{}");
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
