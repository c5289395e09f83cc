package id.go.spbe.monev.framework;

import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.FrameworkFile;
import id.go.spbe.monev.framework.domain.FrameworkStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frameworks shipped with the service (resources/frameworks/catalogue.csv): PermenPANRB 59/2020 (OFFICIAL) and
 * its reported 2026 successor (PROVISIONAL). Loaded and checked like an import at start-up; a broken shipped file
 * stops the service rather than serve a wrong index.
 */
@Component
public class ShippedFrameworks {

    private static final String DIRECTORY = "frameworks/";
    private static final String NONE = "-";

    private final Map<String, Framework> frameworks = new LinkedHashMap<>();

    public ShippedFrameworks() {
        for (List<String> row : catalogue()) {
            FrameworkFile.Header header = new FrameworkFile.Header(row.get(0), row.get(8), row.get(9),
                    FrameworkStatus.valueOf(row.get(1)), new BigDecimal(row.get(2)), Integer.parseInt(row.get(3)));
            Map<String, ArchitectureDomain> domains = FrameworkFile.architectureDomains(read(row.get(6)));
            Map<String, List<String>> levels = NONE.equals(row.get(7)) ? Map.of()
                    : FrameworkFile.levelDescriptors(read(row.get(7)));
            frameworks.put(header.id(), FrameworkFile.read(header, read(row.get(4)), read(row.get(5)), domains,
                    levels));
        }
    }

    public Optional<Framework> find(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    public List<Framework> all() {
        return List.copyOf(frameworks.values());
    }

    private static List<List<String>> catalogue() {
        return read("catalogue.csv").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1)
                .map(l -> List.of(l.split(",", 10))).toList();
    }

    private static String read(String file) {
        try {
            return new ClassPathResource(DIRECTORY + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("shipped framework file " + file + " is missing", e);
        }
    }
}
