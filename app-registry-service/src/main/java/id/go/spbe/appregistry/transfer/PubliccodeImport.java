package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.Contact;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.Maintenance;
import id.go.spbe.appregistry.application.domain.RegionDomain;
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
 * validated against the standard first and refused with every problem at once; the class (A2) is a local decision
 * the file cannot make, so the caller names it. What the register cannot hold as is (a landing page outside the
 * region's domain, A10; an over-long description) is kept or cut visibly and reported as a warning.
 */
@Service
public class PubliccodeImport {

    static final List<String> LANGUAGE_PREFERENCE = List.of("id", "en", "it");
    private static final int DESCRIPTION_MAX = 4000;
    private static final Pattern HTTP_URL = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

    /** The registered application, the description language taken, and what did not carry over as is. */
    public record Imported(Application application, String language, List<String> warnings) {
    }

    private final ApplicationRegister register;
    private final ApplicationRules rules;

    PubliccodeImport(ApplicationRegister register, ApplicationRules rules) {
        this.register = register;
        this.rules = rules;
    }

    public Imported importDocument(Caller caller, byte[] content, String requestedOwner,
            ApplicationClass applicationClass) {
        Object document = PubliccodeYaml.load(content);
        List<PubliccodeIssue> issues = new ArrayList<>(PubliccodeValidator.validate(document));
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
        List<String> warnings = new ArrayList<>();
        String language = language((Map<?, ?>) root.get("description"));
        ApplicationDetails details = details(root, language, applicationClass, warnings);
        requireNotRegistered(owner, details.name());
        Application app = register.register(caller, details, owner);
        return new Imported(app, language, List.copyOf(warnings));
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
            List<String> warnings) {
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
                warnings.add("landingURL: " + landing + " berada di luar domain " + domain + " [A10]; tidak dicatat "
                        + "sebagai URL aplikasi, disimpan di deskripsi.");
            }
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            description = description.substring(0, DESCRIPTION_MAX - 1).stripTrailing() + "…";
            warnings.add("description." + language + ".longDescription: dipotong menjadi " + DESCRIPTION_MAX
                    + " karakter (batas registri).");
        }
        String repository = text(root.get("url"));
        if (repository != null && (!HTTP_URL.matcher(repository).matches() || repository.length() > 500)) {
            warnings.add("url: " + repository + " bukan URL http(s) yang dapat dicatat sebagai repositori kode "
                    + "sumber.");
            repository = null;
        }
        Map<?, ?> legal = (Map<?, ?>) root.get("legal");
        String license = text(legal.get("license"));
        Licence licence = new Licence(SpdxExpression.onlyLicenseRefs(license) ? Licence.Kind.CLOSED_SOURCE
                : Licence.Kind.OPEN_SOURCE, license.length() > 100 ? license.substring(0, 100) : license);
        Set<FunctionDomain> domains = PubliccodeCategories.domainsOf(strings(root.get("categories")));
        Map<?, ?> maintenance = (Map<?, ?>) root.get("maintenance");
        return new ApplicationDetails(text(root.get("name")), description, applicationClass, List.of(), null,
                domains, licence, repository, techStack(root.get("dependsOn")), null, null, url,
                maintenance(maintenance), contacts(maintenance.get("contacts"), warnings));
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

    private static List<Contact> contacts(Object value, List<String> warnings) {
        List<Contact> contacts = new ArrayList<>();
        if (!(value instanceof List<?> list)) {
            return contacts;
        }
        for (int i = 0; i < list.size() && contacts.size() < 20; i++) {
            Map<?, ?> contact = (Map<?, ?>) list.get(i);
            String phone = text(contact.get("phone"));
            if (phone != null && !PHONE.matcher(phone).matches()) {
                warnings.add("maintenance.contacts[" + i + "].phone: nomor '" + phone + "' tidak dicatat (format "
                        + "tidak sah).");
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
