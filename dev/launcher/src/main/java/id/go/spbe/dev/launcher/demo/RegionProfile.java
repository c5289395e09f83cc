package id.go.spbe.dev.launcher.demo;

import java.util.List;
import java.util.Map;

/**
 * The parts of the regulation profile the demo must respect to get through the workflow (A2 classes, A10 domain, A7
 * required documents, SEC3 signatures), read from app-registry's published regulation profile. The services stay the
 * judge: this only keeps the demo from sending what they would refuse.
 */
record RegionProfile(String id, String domain, List<String> classes, List<String> requiredDocuments,
        boolean signedDocumentsRequired) {

    /**
     * The profile as app-registry publishes it ({@code GET /api/v1/regulation-profile}): the same values the services
     * decide with, instead of a second reading of the profile files.
     */
    @SuppressWarnings("unchecked")
    static RegionProfile fromApi(Map<String, Object> profile) {
        Map<String, Object> applications = profile.get("applications") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        String domain = applications.get("domain") instanceof String d && !d.isBlank() ? d : null;
        return new RegionProfile(String.valueOf(profile.get("id")), domain, strings(applications.get("classes")),
                strings(applications.get("requiredDocuments")),
                Boolean.TRUE.equals(applications.get("signedDocumentsRequired")));
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
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
