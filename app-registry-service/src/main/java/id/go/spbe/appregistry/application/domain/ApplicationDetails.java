package id.go.spbe.appregistry.application.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an OPD fills in on the registration form. The reviewed part (name, class, user OPDs, service type, function
 * domains, licence) is what Dinas recommends on, so it is frozen while under review and after recommendation.
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
        List<Contact> contacts) {

    public ApplicationDetails {
        name = name == null ? null : name.trim();
        description = description == null || description.isBlank() ? null : description.trim();
        userOpds = userOpds == null ? List.of() : List.copyOf(userOpds);
        functionDomains = functionDomains == null ? Set.of() : Set.copyOf(functionDomains);
        techStack = techStack == null ? List.of() : techStack.stream().map(String::trim).distinct().toList();
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        sourceRepositoryUrl = blankToNull(sourceRepositoryUrl);
        database = blankToNull(database);
        url = blankToNull(url);
    }

    /** Minimal form: name and class only, as used by quick registration and imports. */
    public static ApplicationDetails of(String name, String description, ApplicationClass applicationClass,
            List<String> userOpds) {
        return new ApplicationDetails(name, description, applicationClass, userOpds, null, null, null, null, null,
                null, null, null, null, null);
    }

    public ApplicationDetails withUsers(List<String> users) {
        return new ApplicationDetails(name, description, applicationClass, users, serviceType, functionDomains,
                licence, sourceRepositoryUrl, techStack, database, hosting, url, maintenance, contacts);
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
        return changed;
    }

    static final Set<String> REVIEWED_FIELDS = Set.of("name", "applicationClass", "userOpds", "serviceType",
            "functionDomains", "licence");

    private static void diff(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
