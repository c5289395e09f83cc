package id.go.spbe.dev.launcher.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What the demo loaded (counts per kind of item) and what failed (with the problem the API gave). */
public final class DemoReport {

    private final Map<String, Integer> loaded = new LinkedHashMap<>();
    private final Map<String, String> details = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Consumer<String> console;

    DemoReport(Consumer<String> console) {
        this.console = console;
    }

    void loaded(String kind) {
        loaded.merge(kind, 1, Integer::sum);
    }

    /** Said after the count of a kind, e.g. the statuses the applications reached. */
    void detail(String kind, String text) {
        details.put(kind, text);
    }

    void failed(String item, String problem) {
        String line = item + ": " + problem;
        failures.add(line);
        console.accept("demo GAGAL / FAILED " + line);
    }

    void note(String line) {
        console.accept(line);
    }

    public Map<String, Integer> loaded() {
        return Map.copyOf(loaded);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    int count(String kind) {
        return loaded.getOrDefault(kind, 0);
    }

    public int total() {
        return loaded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for the console and the summary, e.g. "48 OPD, 56 aplikasi (ACTIVE 27, DRAFT 7), 3 subdomain". */
    public String line() {
        StringBuilder sb = new StringBuilder();
        loaded.forEach((kind, n) -> {
            sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(kind);
            if (details.containsKey(kind)) {
                sb.append(" (").append(details.get(kind)).append(')');
            }
        });
        if (sb.isEmpty()) {
            sb.append("nothing");
        }
        if (!failures.isEmpty()) {
            sb.append("; ").append(failures.size()).append(" gagal / failed");
        }
        return sb.toString();
    }
}
