package id.go.spbe.dev.launcher.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the regulation profile the demo must respect to get through the workflow (A2 classes, A10 domain, A7
 * required documents, SEC3 signatures), read from the profile file the services start with. The services stay the
 * judge: this only keeps the demo from sending what they would refuse.
 */
record RegionProfile(String id, String domain, List<String> classes, List<String> requiredDocuments,
        boolean signedDocumentsRequired) {

    static final String PROFILES = "platform/spbe-platform-starter/src/main/resources/spbe/profiles";

    private static final Pattern ENTRY = Pattern.compile("^\\s+([a-z-]+):\\s*([^#]*?)\\s*(#.*)?$");

    /** The default profile's values, for a checkout without the profile file. */
    static RegionProfile fallback(String id) {
        return new RegionProfile(id, null, List.of("UMUM", "KHUSUS"),
                List.of("REQUIREMENTS_SPEC", "DESIGN_DOCUMENT", "USER_MANUAL", "SOURCE_CODE"), false);
    }

    static RegionProfile read(Path repoRoot, String id) {
        Path file = repoRoot.resolve(PROFILES).resolve(id + ".yml");
        if (!Files.isRegularFile(file)) {
            return fallback(id);
        }
        try {
            return parse(id, Files.readString(file));
        } catch (IOException e) {
            return fallback(id);
        }
    }

    /** Reads the {@code applications:} section of {@code spbe.regulation}. */
    static RegionProfile parse(String id, String yaml) {
        RegionProfile defaults = fallback(id);
        String domain = null;
        List<String> classes = defaults.classes();
        List<String> required = defaults.requiredDocuments();
        boolean signed = false;
        boolean inApplications = false;
        for (String line : yaml.split("\n")) {
            if (line.matches("^\\s{2}[a-z-]+:.*")) {
                inApplications = line.trim().startsWith("applications:");
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!inApplications || !m.matches()) {
                continue;
            }
            String value = m.group(2);
            switch (m.group(1)) {
                case "domain" -> domain = value.isEmpty() ? null : value;
                case "classes" -> classes = list(value);
                case "required-documents" -> required = list(value);
                case "signed-documents-required" -> signed = Boolean.parseBoolean(value);
                default -> {
                    // not needed by the demo
                }
            }
        }
        return new RegionProfile(id, domain, classes, required, signed);
    }

    private static List<String> list(String flow) {
        String inner = flow.replace("[", "").replace("]", "").trim();
        List<String> items = new ArrayList<>();
        if (!inner.isEmpty()) {
            Arrays.stream(inner.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return List.copyOf(items);
    }

    /** Whether a host or URL lies on the region's domain (A10); without a known domain nothing does. */
    boolean withinDomain(String urlOrHost) {
        if (domain == null || urlOrHost == null || urlOrHost.isBlank()) {
            return false;
        }
        String host = urlOrHost.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").split("[/?#:]", 2)[0]
                .toLowerCase(java.util.Locale.ROOT);
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /**
     * The class for an inventory application: Umum/Khusus as the inventory says; where the regulation splits Khusus
     * (Bitung), the number of user OPDs decides, as app-registry's own Denpasar import does.
     */
    String applicationClass(boolean khusus, int userOpdCount) {
        if (!khusus) {
            return "UMUM";
        }
        if (classes.contains("KHUSUS")) {
            return "KHUSUS";
        }
        return userOpdCount > 1 ? "KHUSUS_BERBAGI_PAKAI" : "KHUSUS_PD";
    }
}
