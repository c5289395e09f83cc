package id.go.spbe.monev.framework.domain;

import id.go.spbe.monev.framework.ShippedFrameworks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test access to the shipped frameworks, the test fixtures and the published results in test resources. */
public final class Frameworks {

    private static final ShippedFrameworks SHIPPED = new ShippedFrameworks();

    private Frameworks() {
    }

    public static Framework permenpanrb59() {
        return SHIPPED.find("permenpanrb-59-2020").orElseThrow();
    }

    public static Framework pemdi2026() {
        return SHIPPED.find("pemdi-2026").orElseThrow();
    }

    /** PermenPANRB 5/2018 (weights ×6), loaded through the same reader as an import. */
    public static Framework permenpanrb5Of2018() {
        return FrameworkFile.read(new FrameworkFile.Header("permenpanrb-5-2018", "Indeks SPBE 2018",
                "PermenPANRB 5/2018", FrameworkStatus.IMPORTED, new BigDecimal("600"), 2),
                resource("frameworks/permenpanrb-5-2018-x6.csv"),
                resource("frameworks/permenpanrb-5-2018-predicates.csv"), Map.of());
    }

    /** indicator_no → level of a spbe-results file. */
    public static Map<String, Integer> levels(String file) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        resource("spbe-results/" + file).lines().filter(l -> !l.startsWith("#") && !l.startsWith("indicator_no"))
                .filter(l -> !l.isBlank()).forEach(l -> {
                    String[] cells = l.split(",");
                    levels.put(cells[0].strip(), Integer.valueOf(cells[1].strip()));
                });
        return levels;
    }

    /** The value of {@code key=} in a spbe-results file's comment header, up to the first blank ("2.64"). */
    public static String header(String file, String key) {
        return resource("spbe-results/" + file).lines().filter(l -> l.startsWith("#"))
                .flatMap(l -> java.util.Arrays.stream(l.substring(1).split(";"))).map(String::strip)
                .filter(part -> part.startsWith(key + "=") || part.startsWith(key + ":"))
                .map(part -> part.substring(key.length() + 1).strip().split("\\s+")[0])
                .findFirst().orElseThrow(() -> new AssertionError(file + " has no " + key));
    }

    public static String resource(String path) {
        try (var in = Frameworks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
