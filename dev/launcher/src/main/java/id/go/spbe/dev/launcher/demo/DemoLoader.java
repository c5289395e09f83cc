package id.go.spbe.dev.launcher.demo;

import id.go.spbe.dev.launcher.DemoUsers;
import id.go.spbe.dev.launcher.StackConfig;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Loads the demo region on a stack's first start: after everything is healthy, through the gateway's public API
 * with the demo users' own tokens, so every rule applies. Runs once per data home (a marker file), and not at all
 * when the register already holds applications. A failing item is reported and the rest still loads; the stack runs
 * on whatever happens here.
 */
public final class DemoLoader {

    /**
     * The parts of the region, in order; later services append theirs (a step sees what earlier ones made). The data
     * center's uptime monitors probe the stack's own gateway and service, so their step takes this stack's ports.
     */
    public static List<DemoStep> steps(String gatewayUrl, String datacenterUrl) {
        return List.of(new OpdStructureStep(), new ApplicationsStep(), new SubdomainsStep(), new IntegrationsStep(),
                new DatacenterStep(gatewayUrl, datacenterUrl, Duration.ofSeconds(60)), new AuditStep(),
                new ServiceDeskStep(), new EvaluationsStep(), new PlanningCompetencyStep(), new NetworkStep());
    }

    public static final String MARKER = "demo-region.loaded";

    private static final Set<String> OFF = Set.of("false", "0", "no", "off");

    /** What happened: loaded (with the report), or skipped and why. */
    public record Result(boolean loaded, String message, DemoReport report) {
    }

    private final DemoApi api;
    private final Path home;
    private final List<DemoStep> steps;

    DemoLoader(DemoApi api, Path home, List<DemoStep> steps) {
        this.api = api;
        this.home = home;
        this.steps = steps;
    }

    /** The loader for a started stack: its gateway and Keycloak, and its data home. */
    public static DemoLoader forStack(StackConfig config) {
        return new DemoLoader(new DemoApi(config.gatewayUrl(), config.tokenEndpoint(), DemoUsers.PASSWORD,
                Duration.ofSeconds(90)), config.home(),
                steps(config.gatewayUrl(), config.baseUrl(id.go.spbe.dev.launcher.Component.DATACENTER)));
    }

    /** {@code SPBE_DEMO=false} (or 0, no, off) turns the demo off like {@code --no-demo}. */
    public static boolean disabledByEnv(String value) {
        return value != null && OFF.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    public Result load(Consumer<String> console) {
        DemoReport report = new DemoReport(console);
        Path marker = home.resolve(MARKER);
        if (Files.exists(marker)) {
            return new Result(false, "sudah dimuat sebelumnya / loaded before (" + marker + ")", report);
        }
        RegionProfile profile;
        try {
            DemoApi.Reply existing = DemoApi.expect(api.get(DemoContext.DINAS, "/api/v1/applications?size=1"),
                    "read the register");
            if (existing.json().get("totalItems") instanceof BigDecimal n && n.signum() > 0) {
                writeMarker(marker, "skipped: the register already held " + n + " applications");
                return new Result(false, "register sudah berisi data / register already holds data", report);
            }
            profile = RegionProfile.fromApi(DemoApi.expect(
                    api.get(DemoContext.DINAS, "/api/v1/regulation-profile"), "read the regulation profile").json());
        } catch (DemoFailure e) {
            report.failed("region demo", e.getMessage());
            return new Result(false, "tidak dapat dimuat / could not load: " + e.getMessage(), report);
        }
        DemoRegion region = DemoRegion.load();
        DemoContext ctx = new DemoContext(api, region, profile, report);
        for (DemoStep step : steps) {
            Instant t0 = Instant.now();
            try {
                step.load(ctx);
            } catch (RuntimeException e) { // a step's own bug or a lost stack: the next step still runs
                report.failed(step.name(), String.valueOf(e.getMessage()));
            }
            console.accept(String.format("demo: %s (%.1f s)", step.name(),
                    Duration.between(t0, Instant.now()).toMillis() / 1000.0));
        }
        if (report.total() > 0) {
            writeMarker(marker, report.line());
        }
        return new Result(report.total() > 0, report.line(), report);
    }

    private static void writeMarker(Path marker, String content) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Instant.now() + " " + content + System.lineSeparator());
        } catch (IOException e) {
            // Without the marker the next start finds the data and skips anyway.
        }
    }
}
