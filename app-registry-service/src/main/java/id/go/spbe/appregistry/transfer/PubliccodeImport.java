package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.ApplicationWorkflow;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.Contact;
import id.go.spbe.appregistry.application.domain.DevelopmentStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.Maintenance;
import id.go.spbe.appregistry.application.domain.RegionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Registers one publiccode.yml as a DRAFT application (A1) through the Application aggregate. The document is
 * validated against the standard first and refused with every problem at once (control and bidi characters
 * included, defect 16); the class (A2) is a local decision the file cannot make, so the caller names it.
 *
 * <p>What the register holds is taken (defect 10): development status (kept as declared, and the SDLC stage moved as
 * far as A5/A6 allow), platforms, categories (also as function domains, A12), users that are OPDs of the region.
 * Everything else is reported as a warning naming its key: what is kept or cut visibly while mapping (a landing page
 * outside the region's domain, A10; an over-long description), and every key the register's own export of the new
 * application would not give back ({@link PubliccodeCarryOver}).
 */
@Service
public class PubliccodeImport {

    static final List<String> LANGUAGE_PREFERENCE = List.of("id", "en", "it");
    private static final int DESCRIPTION_MAX = 4000;
    private static final Pattern HTTP_URL = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

    private static final int PLATFORMS_MAX = 10;
    private static final int PLATFORM_LENGTH_MAX = 40;
    private static final int FEATURES_MAX = 30;
    private static final int FEATURE_LENGTH_MAX = 200;

    /** The registered application, the description language taken, and what did not carry over as is. */
    public record Imported(Application application, String language, List<PubliccodeWarning> warnings) {
    }

    private final ApplicationRegister register;
    private final ApplicationWorkflow workflow;
    private final ApplicationRules rules;
    private final PubliccodeExport export;
    private final OpdDirectory directory;

    PubliccodeImport(ApplicationRegister register, ApplicationWorkflow workflow, ApplicationRules rules,
            PubliccodeExport export, OpdDirectory directory) {
        this.register = register;
        this.workflow = workflow;
        this.rules = rules;
        this.export = export;
        this.directory = directory;
    }

    public Imported importDocument(Caller caller, byte[] content, String requestedOwner,
            ApplicationClass applicationClass) {
        Object document = PubliccodeYaml.load(content);
        List<PubliccodeIssue> issues = new ArrayList<>(PubliccodeValidator.validate(document));
        issues.addAll(PubliccodeText.unsafeText(document));
        if (applicationClass == null) {
            issues.add(new PubliccodeIssue("applicationClass", "wajib dipilih saat impor (kelas aplikasi menurut "
                    + "peraturan daerah: " + rules.policy().classes() + "); publiccode.yml tidak memuatnya."));
        }
        if (document instanceof Map<?, ?> root && root.get("name") instanceof String name && name.length() > 200) {
            issues.add(new PubliccodeIssue("name", "lebih dari 200 karakter (batas registri)."));
        }
        if (!issues.isEmpty()) {
            throw new PubliccodeInvalidException(issues);
        }
        String owner = ownerFor(caller, requestedOwner);
        Map<?, ?> root = (Map<?, ?>) document;
        List<PubliccodeWarning> warnings = new ArrayList<>();
        String language = language((Map<?, ?>) root.get("description"));
        if (!language.equals(PubliccodeExport.LANGUAGE)) {
            warnings.add(new PubliccodeWarning("description." + language, "registri tidak mencatat bahasa "
                    + "deskripsi; teks disimpan apa adanya dan diekspor di bawah description."
                    + PubliccodeExport.LANGUAGE + "."));
        }
        ApplicationDetails details = details(root, language, applicationClass, owner, warnings);
        requireNotRegistered(owner, details.name());
        Application app = register.register(caller, details, owner);
        app = advanceStage(caller, app, details.developmentStatus(), warnings);
        return new Imported(app, language, PubliccodeCarryOver.warnings(root, export.document(app), language,
                PubliccodeExport.LANGUAGE, warnings));
    }

    /**
     * A5: the register's own life cycle follows the declared maturity as far as the rules allow. A registration
     * starts at requirements analysis; software in development is at construction, beta at testing. Stable software
     * stops at testing too: IMPLEMENTATION needs a passing test recorded here (A6), which a file cannot supply. The
     * declared status itself is kept, so the export still says what the file said.
     */
    private Application advanceStage(Caller caller, Application app, DevelopmentStatus declared,
            List<PubliccodeWarning> warnings) {
        if (declared == null) {
            return app;
        }
        SdlcStage stage = switch (declared) {
            case CONCEPT, OBSOLETE -> null;
            case DEVELOPMENT -> SdlcStage.CONSTRUCTION;
            case BETA, STABLE -> SdlcStage.TESTING;
        };
        if (declared == DevelopmentStatus.STABLE) {
            warnings.add(new PubliccodeWarning("developmentStatus", "'stable' disimpan; tahap SDLC registri dicatat "
                    + "TESTING karena tahap IMPLEMENTATION memerlukan hasil uji yang lulus dicatat di registri [A6]."));
        } else if (declared == DevelopmentStatus.OBSOLETE) {
            warnings.add(new PubliccodeWarning("developmentStatus", "'obsolete' disimpan; aplikasi tetap terdaftar "
                    + "sebagai DRAFT pada tahap " + app.stage() + " — hentikan (decommission) bila tidak dipakai."));
        }
        return stage == null ? app : workflow.changeStage(caller, app.id(), stage,
                "publiccode.yml developmentStatus: " + declared.publiccode(), null);
    }

    /** Mirrors the register's owner rule, but refuses another OPD before saying whether a name exists there. */
    private static String ownerFor(Caller caller, String requestedOwner) {
        String owner = requestedOwner == null || requestedOwner.isBlank() ? caller.opd() : requestedOwner.trim();
        caller.requireActsFor(owner);
        if (owner == null) {
            throw new RuleViolationException("A1", "Setiap aplikasi wajib memiliki OPD pemilik (ownerOpd).");
        }
        return owner;
    }

    /** Same idempotency rule as the CSV import: one application per owner OPD and name. */
    private void requireNotRegistered(String owner, String name) {
        String key = Names.normalize(name);
        register.find(ApplicationFilter.none().withOpd(owner), Pageable.unpaged()).getContent().stream()
                .filter(app -> Names.normalize(app.name()).equals(key)).findFirst().ifPresent(app -> {
                    throw new StateConflictException("Aplikasi '" + app.name() + "' sudah terdaftar untuk OPD "
                            + owner + " (id " + app.id() + ").");
                });
    }

    /** Bahasa Indonesia if the file has it, else English, else Italian (the standard's home), else the first. */
    static String language(Map<?, ?> description) {
        for (String preferred : LANGUAGE_PREFERENCE) {
            for (Object key : description.keySet()) {
                String tag = String.valueOf(key);
                if (tag.equalsIgnoreCase(preferred) || tag.toLowerCase(Locale.ROOT).startsWith(preferred + "-")) {
                    return tag;
                }
            }
        }
        return String.valueOf(description.keySet().iterator().next());
    }

    private ApplicationDetails details(Map<?, ?> root, String language, ApplicationClass applicationClass,
            String owner, List<PubliccodeWarning> warnings) {
        Map<?, ?> text = (Map<?, ?>) ((Map<?, ?>) root.get("description")).get(language);
        String description = text(text.get("longDescription"));
        if (description == null) {
            description = text(text.get("shortDescription"));
        }
        String domain = rules.policy().domain();
        String landing = text(root.get("landingURL"));
        String url = null;
        if (landing != null) {
            try {
                RegionDomain.of(domain).requireWithin(landing);
                url = landing;
            } catch (RuleViolationException outside) {
                description = append(description, "Halaman aplikasi (di luar domain " + domain + "): " + landing);
                warnings.add(new PubliccodeWarning("landingURL", landing + " berada di luar domain " + domain
                        + " [A10]; tidak dicatat sebagai URL aplikasi, disimpan di deskripsi."));
            }
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            description = description.substring(0, DESCRIPTION_MAX - 1).stripTrailing() + "…";
            warnings.add(new PubliccodeWarning("description." + language + ".longDescription", "dipotong menjadi "
                    + DESCRIPTION_MAX + " karakter (batas registri)."));
        }
        String repository = text(root.get("url"));
        if (repository != null && (!HTTP_URL.matcher(repository).matches() || repository.length() > 500)) {
            warnings.add(new PubliccodeWarning("url", repository + " bukan URL http(s) yang dapat dicatat sebagai "
                    + "repositori kode sumber."));
            repository = null;
        }
        Map<?, ?> legal = (Map<?, ?>) root.get("legal");
        String license = text(legal.get("license"));
        Licence licence = new Licence(SpdxExpression.onlyLicenseRefs(license) ? Licence.Kind.CLOSED_SOURCE
                : Licence.Kind.OPEN_SOURCE, license.length() > 100 ? license.substring(0, 100) : license);
        List<String> categories = strings(root.get("categories"));
        Set<FunctionDomain> domains = PubliccodeCategories.domainsOf(categories);
        Map<?, ?> maintenance = (Map<?, ?>) root.get("maintenance");
        return new ApplicationDetails(text(root.get("name")), description, applicationClass,
                users(root.get("usedBy"), applicationClass, owner, warnings), null, domains, licence, repository,
                techStack(root.get("dependsOn")), null, null, url, maintenance(maintenance),
                contacts(maintenance.get("contacts"), warnings),
                DevelopmentStatus.ofPubliccode(text(root.get("developmentStatus"))),
                platforms(root.get("platforms"), warnings), categories,
                features(text.get("features"), "description." + language + ".features", warnings));
    }

    private static List<String> features(Object value, String key, List<PubliccodeWarning> warnings) {
        List<String> features = strings(value).stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        List<String> kept = features.stream().map(f -> limit(f, FEATURE_LENGTH_MAX)).limit(FEATURES_MAX).toList();
        if (kept.size() < features.size() || features.stream().anyMatch(f -> f.length() > FEATURE_LENGTH_MAX)) {
            warnings.add(new PubliccodeWarning(key, "disimpan paling banyak " + FEATURES_MAX + " fitur, masing-masing "
                    + FEATURE_LENGTH_MAX + " karakter (batas registri)."));
        }
        return kept;
    }

    private static List<String> platforms(Object value, List<PubliccodeWarning> warnings) {
        List<String> platforms = strings(value).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> kept = platforms.stream().filter(p -> p.length() <= PLATFORM_LENGTH_MAX).limit(PLATFORMS_MAX)
                .toList();
        if (kept.size() < platforms.size()) {
            warnings.add(new PubliccodeWarning("platforms", "disimpan " + kept.size() + " dari " + platforms.size()
                    + " platform (paling banyak " + PLATFORMS_MAX + ", masing-masing " + PLATFORM_LENGTH_MAX
                    + " karakter)."));
        }
        return kept;
    }

    /**
     * usedBy names organisations; those that are active OPDs of this region (by name, G1) become user OPDs (A2).
     * Others — usually bodies elsewhere that use the same software — are reported. An application of class Khusus PD
     * has one user by definition, so its usedBy is not taken at all.
     */
    private List<String> users(Object usedBy, ApplicationClass applicationClass, String owner,
            List<PubliccodeWarning> warnings) {
        List<String> names = strings(usedBy);
        if (names.isEmpty()) {
            return List.of();
        }
        if (applicationClass == ApplicationClass.KHUSUS_PD) {
            warnings.add(new PubliccodeWarning("usedBy", "tidak disimpan: aplikasi kelas KHUSUS_PD hanya digunakan "
                    + "oleh OPD pemiliknya [A2]."));
            return List.of();
        }
        OpdNames opds = OpdNames.load(directory, Map.of());
        List<String> users = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String code = opds.resolve(name).code();
            if (code == null) {
                unknown.add(name.strip());
            } else if (!code.equals(owner) && !users.contains(code)) {
                users.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            warnings.add(new PubliccodeWarning("usedBy", "bukan OPD di direktori daerah ini, tidak disimpan: "
                    + String.join(", ", unknown.stream().limit(10).toList())
                    + (unknown.size() > 10 ? " dan " + (unknown.size() - 10) + " lainnya" : "") + "."));
        }
        return users;
    }

    /**
     * maintenance.type and, where contractors are named, the one whose contract runs longest, so the register can
     * warn before it ends.
     */
    private static Maintenance maintenance(Map<?, ?> maintenance) {
        Maintenance.Type type = Maintenance.Type.valueOf(text(maintenance.get("type")).toUpperCase(Locale.ROOT));
        Map<?, ?> contractor = null;
        LocalDate until = null;
        if (maintenance.get("contractors") instanceof List<?> contractors) {
            for (Object entry : contractors) {
                Map<?, ?> candidate = (Map<?, ?>) entry;
                LocalDate date = LocalDate.parse(text(candidate.get("until")));
                if (until == null || date.isAfter(until)) {
                    until = date;
                    contractor = candidate;
                }
            }
        }
        String maintainer = contractor == null ? null : limit(text(contractor.get("name")), 200);
        return new Maintenance(type, maintainer, null, until);
    }

    private static List<Contact> contacts(Object value, List<PubliccodeWarning> warnings) {
        List<Contact> contacts = new ArrayList<>();
        if (!(value instanceof List<?> list)) {
            return contacts;
        }
        for (int i = 0; i < list.size() && contacts.size() < 20; i++) {
            Map<?, ?> contact = (Map<?, ?>) list.get(i);
            String phone = text(contact.get("phone"));
            if (phone != null && !PHONE.matcher(phone).matches()) {
                warnings.add(new PubliccodeWarning("maintenance.contacts[" + i + "].phone", "nomor '" + phone
                        + "' tidak dicatat (format tidak sah)."));
                phone = null;
            }
            contacts.add(new Contact(limit(text(contact.get("name")), 120), limit(text(contact.get("affiliation")), 80),
                    limit(text(contact.get("email")), 200), phone));
        }
        return contacts;
    }

    /** Runtime dependencies (open and proprietary) as the tech stack; hardware is not software. */
    private static List<String> techStack(Object dependsOn) {
        Set<String> names = new LinkedHashSet<>();
        if (dependsOn instanceof Map<?, ?> groups) {
            for (String group : List.of("open", "proprietary")) {
                if (groups.get(group) instanceof List<?> dependencies) {
                    for (Object dependency : dependencies) {
                        if (dependency instanceof Map<?, ?> d && d.get("name") instanceof String name
                                && !name.isBlank() && name.trim().length() <= 80) {
                            names.add(name.trim());
                        }
                    }
                }
            }
        }
        return names.stream().limit(30).toList();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }

    private static String append(String description, String note) {
        return description == null ? note : description + "\n\n" + note;
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
