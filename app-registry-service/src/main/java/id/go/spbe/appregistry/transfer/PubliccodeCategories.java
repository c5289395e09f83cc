package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.FunctionDomain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publiccode.yml category vocabulary (standard, "List of software categories") and how it meets the SPBE
 * function domains (A12). Only domains with a clearly matching category are mapped; sector services and planning
 * have none, so they export no category rather than a misleading one. On import a category maps back only when it
 * belongs to exactly one domain.
 */
final class PubliccodeCategories {

    static final Set<String> VOCABULARY = Set.of("accounting", "agile-project-management", "applicant-tracking",
            "application-development", "appointment-scheduling", "backup", "billing-and-invoicing", "blog",
            "budgeting", "business-intelligence", "business-process-management", "cad", "call-center-management",
            "cloud-management", "collaboration", "communications", "compliance-management", "contact-management",
            "content-management", "crm", "customer-service-and-support", "data-analytics", "data-collection",
            "data-visualization", "design", "design-system", "digital-asset-management", "digital-citizenship",
            "document-management", "donor-management", "e-commerce", "e-signature", "educational-content",
            "email-management", "email-marketing", "employee-management", "enterprise-project-management",
            "enterprise-social-networking", "erp", "event-management", "facility-management",
            "feedback-and-reviews-management", "financial-reporting", "fleet-management", "fundraising",
            "gamification", "geographic-information-systems", "grant-management", "graphic-design", "help-desk", "hr",
            "ide", "identity-management", "instant-messaging", "inventory-management", "it-asset-management",
            "it-development", "it-management", "it-security", "it-service-management", "knowledge-management",
            "learning-management-system", "marketing", "mind-mapping", "mobile-marketing", "mobile-payment",
            "network-management", "office", "online-booking", "online-community", "payment-gateway", "payroll",
            "predictive-analysis", "procurement", "productivity-suite", "project-collaboration",
            "project-management", "property-management", "real-estate-management", "remote-support",
            "resource-management", "sales-management", "seo", "service-desk", "social-media-management", "survey",
            "talent-management", "task-management", "taxes-management", "test-management", "time-management",
            "time-tracking", "translation", "video-conferencing", "video-editing", "visitor-management", "voip",
            "warehouse-management", "web-collaboration", "web-conferencing", "website-builder", "whistleblowing",
            "workflow-management");

    private static final Map<FunctionDomain, List<String>> BY_DOMAIN = new EnumMap<>(Map.ofEntries(
            Map.entry(FunctionDomain.PENGANGGARAN, List.of("budgeting")),
            Map.entry(FunctionDomain.KEUANGAN, List.of("accounting", "financial-reporting")),
            Map.entry(FunctionDomain.PENGADAAN_BARANG_JASA, List.of("procurement")),
            Map.entry(FunctionDomain.KEPEGAWAIAN, List.of("hr", "employee-management", "payroll")),
            Map.entry(FunctionDomain.KEARSIPAN_DINAMIS, List.of("document-management")),
            Map.entry(FunctionDomain.PENGELOLAAN_BARANG_MILIK_DAERAH, List.of("inventory-management")),
            Map.entry(FunctionDomain.PENGAWASAN_INTERNAL, List.of("compliance-management")),
            Map.entry(FunctionDomain.KINERJA_PEGAWAI, List.of("talent-management")),
            Map.entry(FunctionDomain.PENGADUAN_PELAYANAN_PUBLIK, List.of("feedback-and-reviews-management")),
            Map.entry(FunctionDomain.DATA_TERBUKA, List.of("data-visualization")),
            Map.entry(FunctionDomain.JDIH, List.of("knowledge-management")),
            Map.entry(FunctionDomain.SEKTOR_KOMUNIKASI_INFORMASI, List.of("communications"))));

    private static final Map<String, FunctionDomain> BY_CATEGORY = reverse();

    private PubliccodeCategories() {
    }

    static List<String> categoriesOf(Set<FunctionDomain> domains) {
        Set<String> categories = new LinkedHashSet<>();
        domains.stream().sorted().forEach(domain -> categories.addAll(BY_DOMAIN.getOrDefault(domain, List.of())));
        return List.copyOf(categories);
    }

    static Set<FunctionDomain> domainsOf(List<String> categories) {
        Set<FunctionDomain> domains = new LinkedHashSet<>();
        categories.forEach(category -> {
            FunctionDomain domain = BY_CATEGORY.get(category);
            if (domain != null) {
                domains.add(domain);
            }
        });
        return domains;
    }

    private static Map<String, FunctionDomain> reverse() {
        Map<String, FunctionDomain> reverse = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        BY_DOMAIN.forEach((domain, categories) -> categories.forEach(category -> {
            reverse.put(category, domain);
            owners.merge(category, 1, Integer::sum);
        }));
        owners.forEach((category, count) -> {
            if (count > 1) {
                reverse.remove(category);
            }
        });
        return Map.copyOf(reverse);
    }
}
