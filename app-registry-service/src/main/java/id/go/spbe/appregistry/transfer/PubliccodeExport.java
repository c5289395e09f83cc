package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.Contact;
import id.go.spbe.appregistry.application.domain.DevelopmentStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.Maintenance;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An application as a publiccode.yml 0.4 document, so the region's software can be found and reused by catalogues
 * that harvest the standard. Where the register lacks something the standard requires (no source repository yet,
 * no function domain with a matching category...), the document is still produced, and the gaps are named in a
 * comment at its top and returned to the caller, checked with the same validator the import uses.
 */
@Service
public class PubliccodeExport {

    static final String VERSION = "0.4";
    /** Applications of Indonesian regional government speak Bahasa Indonesia (UU 24/2009 on the state language). */
    static final String LANGUAGE = "id";
    private static final int SHORT_DESCRIPTION_MAX = PubliccodeValidator.SHORT_DESCRIPTION_MAX;

    /** The document, and the paths the standard requires that the register could not fill. */
    public record Exported(String yaml, List<PubliccodeIssue> incomplete) {
    }

    private final ApplicationRegister register;
    private final OpdDirectory directory;
    private final RegionProfile region;

    PubliccodeExport(ApplicationRegister register, OpdDirectory directory, RegionProfile region) {
        this.register = register;
        this.directory = directory;
        this.region = region;
    }

    public Exported export(Caller caller, String id) {
        Application app = register.get(caller, id);
        List<String> stripped = new ArrayList<>();
        // Text stored before the platform refused control and bidi characters is written without them (defect 16).
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) PubliccodeText.stripped(document(app), "", stripped);
        List<PubliccodeIssue> incomplete = PubliccodeValidator.validate(document);
        List<String> comments = new ArrayList<>();
        comments.add("publiccode.yml " + VERSION + " dari Registri Aplikasi SPBE " + region.region().name()
                + ", aplikasi " + app.id() + ".");
        if (!stripped.isEmpty()) {
            comments.add("Karakter kontrol/pengatur arah teks dihapus dari: " + String.join(", ", stripped) + ".");
        }
        if (!incomplete.isEmpty()) {
            comments.add("Belum lengkap menurut standar publiccode.yml; lengkapi data aplikasi di registri:");
            incomplete.forEach(gap -> comments.add("  - " + gap));
        }
        return new Exported(PubliccodeYaml.dump(document, comments), incomplete);
    }

    /** The document as written, before comments; also what an import compares with to name what was lost. */
    Map<String, Object> document(Application app) {
        ApplicationDetails d = app.details();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("publiccodeYmlVersion", VERSION);
        doc.put("name", d.name());
        putIfPresent(doc, "url", d.sourceRepositoryUrl());
        putIfPresent(doc, "landingURL", d.url());
        if (!d.platforms().isEmpty()) {
            doc.put("platforms", d.platforms());
        } else if (d.url() != null) {
            // Applications on the region's domain are used in a browser; without an address the platform is unknown.
            doc.put("platforms", List.of("web"));
        }
        // The owner's own choice of categories, else those that match the function domains (A12).
        List<String> categories = !d.categories().isEmpty() ? d.categories()
                : PubliccodeCategories.categoriesOf(d.functionDomains());
        if (!categories.isEmpty()) {
            doc.put("categories", categories);
        }
        doc.put("developmentStatus", developmentStatus(app.status(), app.stage(), d.developmentStatus()));
        doc.put("softwareType", softwareType(d.url()));
        List<String> users = d.userOpds().stream().map(this::opdName).toList();
        if (!users.isEmpty()) {
            doc.put("usedBy", users);
        }
        doc.put("description", Map.of(LANGUAGE, description(d)));
        doc.put("legal", legal(app, d.licence()));
        doc.put("maintenance", maintenance(d.maintenance(), d.contacts()));
        Map<String, Object> localisation = new LinkedHashMap<>();
        localisation.put("localisationReady", false);
        localisation.put("availableLanguages", List.of(LANGUAGE));
        doc.put("localisation", localisation);
        return doc;
    }

    /**
     * The life cycle in the standard's words: obsolete once decommissioned; otherwise the more mature of what the
     * register shows (stable once in operation, else by SDLC stage) and what the software's makers declared — an
     * application imported as {@code stable} stays stable while its registration here is still a draft (defect 10).
     */
    static String developmentStatus(ApplicationStatus status, SdlcStage stage, DevelopmentStatus declared) {
        if (status == ApplicationStatus.DECOMMISSIONED) {
            return DevelopmentStatus.OBSOLETE.publiccode();
        }
        DevelopmentStatus register = status == ApplicationStatus.ACTIVE ? DevelopmentStatus.STABLE
                : switch (stage) {
                    case REQUIREMENTS_ANALYSIS, DESIGN -> DevelopmentStatus.CONCEPT;
                    case CONSTRUCTION -> DevelopmentStatus.DEVELOPMENT;
                    case TESTING, IMPLEMENTATION -> DevelopmentStatus.BETA;
                };
        return (declared != null && declared.compareTo(register) > 0 ? declared : register).publiccode();
    }

    /** On the region's domain an application is used in a browser; otherwise the register cannot tell. */
    static String softwareType(String url) {
        return url != null ? "standalone/web" : "standalone/other";
    }

    private static Map<String, Object> description(ApplicationDetails d) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("shortDescription", shortDescription(d.description() == null ? d.name() : d.description()));
        putIfPresent(text, "longDescription", d.description());
        List<String> features = !d.features().isEmpty() ? d.features()
                : d.functionDomains().stream().sorted().map(FunctionDomain::label).toList();
        if (!features.isEmpty()) {
            text.put("features", features);
        }
        return text;
    }

    /** The first sentence when it fits, otherwise the text cut at a word within the standard's 150 characters. */
    static String shortDescription(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        int sentence = flat.indexOf(". ");
        String first = sentence > 0 ? flat.substring(0, sentence + 1) : flat;
        if (PubliccodeValidator.length(first) <= SHORT_DESCRIPTION_MAX) {
            return first;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, SHORT_DESCRIPTION_MAX - 1));
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }

    private Map<String, Object> legal(Application app, Licence licence) {
        Map<String, Object> legal = new LinkedHashMap<>();
        if (licence != null && licence.spdxId() != null) {
            legal.put("license", licence.spdxId());
        } else if (licence != null && licence.closedSource()) {
            legal.put("license", "LicenseRef-Proprietary");
        }
        // A1: the copyright of every SPBE application belongs to the region.
        legal.put("mainCopyrightOwner", "Pemerintah " + region.region().name());
        legal.put("repoOwner", opdName(app.ownerOpd()));
        return legal;
    }

    private static Map<String, Object> maintenance(Maintenance maintenance, List<Contact> contacts) {
        Map<String, Object> block = new LinkedHashMap<>();
        if (maintenance != null) {
            block.put("type", maintenance.type().name().toLowerCase(Locale.ROOT));
            if (maintenance.maintainer() != null && maintenance.contractEndsOn() != null) {
                Map<String, Object> contractor = new LinkedHashMap<>();
                contractor.put("name", maintenance.maintainer());
                contractor.put("until", maintenance.contractEndsOn().toString());
                block.put("contractors", List.of(contractor));
            }
        }
        if (!contacts.isEmpty()) {
            block.put("contacts", contacts.stream().map(PubliccodeExport::contact).toList());
        }
        return block;
    }

    private static Map<String, Object> contact(Contact contact) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", contact.name());
        putIfPresent(entry, "email", contact.email());
        putIfPresent(entry, "phone", contact.phone());
        putIfPresent(entry, "affiliation", contact.role());
        return entry;
    }

    private String opdName(String code) {
        return directory.find(code).map(Opd::name).orElse(code);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
