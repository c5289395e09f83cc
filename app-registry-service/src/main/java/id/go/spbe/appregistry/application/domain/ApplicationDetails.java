package id.go.spbe.appregistry.application.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an OPD fills in on the registration form. The reviewed part (name, class, user OPDs, service type, function
 * domains, licence) is what Dinas recommends on, so it is frozen while under review and after recommendation.
 *
 * @param developmentStatus the software's maturity as its makers declare it (publiccode.yml), or null
 * @param platforms         where it runs, in publiccode.yml's words (web, linux, windows, android, ios…)
 * @param categories        publiccode.yml software categories the owner chose; when empty, exports derive them from
 *                          the function domains
 * @param features          key functions in a few words each (publiccode.yml {@code features}); when empty, exports
 *                          list the function domains
 */
public record ApplicationDetails(
        String name,
        String description,
        ApplicationClass applicationClass,
        List<String> userOpds,
        ServiceType serviceType,
        Set<FunctionDomain> functionDomains,
        Licence licence,
        String sourceRepositoryUrl,
        List<String> techStack,
        String database,
        Hosting hosting,
        String url,
        Maintenance maintenance,
        List<Contact> contacts,
        DevelopmentStatus developmentStatus,
        List<String> platforms,
        List<String> categories,
        List<String> features) {

    public ApplicationDetails {
        name = name == null ? null : name.trim();
        description = description == null || description.isBlank() ? null : description.trim();
        userOpds = userOpds == null ? List.of() : List.copyOf(userOpds);
        functionDomains = functionDomains == null ? Set.of() : Set.copyOf(functionDomains);
        techStack = techStack == null ? List.of() : techStack.stream().map(String::trim).distinct().toList();
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        platforms = distinctTrimmed(platforms);
        categories = distinctTrimmed(categories);
        features = distinctTrimmed(features);
        sourceRepositoryUrl = blankToNull(sourceRepositoryUrl);
        database = blankToNull(database);
        url = blankToNull(url);
    }

    /** The form without the publiccode.yml descriptors (development status, platforms, categories, features). */
    public ApplicationDetails(String name, String description, ApplicationClass applicationClass,
            List<String> userOpds, ServiceType serviceType, Set<FunctionDomain> functionDomains, Licence licence,
            String sourceRepositoryUrl, List<String> techStack, String database, Hosting hosting, String url,
            Maintenance maintenance, List<Contact> contacts) {
        this(name, description, applicationClass, userOpds, serviceType, functionDomains, licence,
                sourceRepositoryUrl, techStack, database, hosting, url, maintenance, contacts, null, null, null, null);
    }

    /** Minimal form: name and class only, as used by quick registration and imports. */
    public static ApplicationDetails of(String name, String description, ApplicationClass applicationClass,
            List<String> userOpds) {
        return new ApplicationDetails(name, description, applicationClass, userOpds, null, null, null, null, null,
                null, null, null, null, null);
    }

    public ApplicationDetails withUsers(List<String> users) {
        return new ApplicationDetails(name, description, applicationClass, users, serviceType, functionDomains,
                licence, sourceRepositoryUrl, techStack, database, hosting, url, maintenance, contacts,
                developmentStatus, platforms, categories, features);
    }

    /** Names of the fields whose value differs from {@code other}, for the history and the update event. */
    public List<String> changedFrom(ApplicationDetails other) {
        List<String> changed = new java.util.ArrayList<>();
        diff(changed, "name", name, other.name);
        diff(changed, "description", description, other.description);
        diff(changed, "applicationClass", applicationClass, other.applicationClass);
        diff(changed, "userOpds", userOpds, other.userOpds);
        diff(changed, "serviceType", serviceType, other.serviceType);
        diff(changed, "functionDomains", functionDomains, other.functionDomains);
        diff(changed, "licence", licence, other.licence);
        diff(changed, "sourceRepositoryUrl", sourceRepositoryUrl, other.sourceRepositoryUrl);
        diff(changed, "techStack", techStack, other.techStack);
        diff(changed, "database", database, other.database);
        diff(changed, "hosting", hosting, other.hosting);
        diff(changed, "url", url, other.url);
        diff(changed, "maintenance", maintenance, other.maintenance);
        diff(changed, "contacts", contacts, other.contacts);
        diff(changed, "developmentStatus", developmentStatus, other.developmentStatus);
        diff(changed, "platforms", platforms, other.platforms);
        diff(changed, "categories", categories, other.categories);
        diff(changed, "features", features, other.features);
        return changed;
    }

    static final Set<String> REVIEWED_FIELDS = Set.of("name", "applicationClass", "userOpds", "serviceType",
            "functionDomains", "licence");

    private static void diff(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }

    private static List<String> distinctTrimmed(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).distinct()
                        .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
