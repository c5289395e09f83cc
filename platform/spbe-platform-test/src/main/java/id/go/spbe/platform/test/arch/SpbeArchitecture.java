package id.go.spbe.platform.test.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every SPBE service keeps (CODE-STYLE.md §3), run by one test per service:
 * domain code is free of web, persistence adapters and messaging; controllers go through the feature's application
 * service, never straight to a repository; a repository is used only inside its own feature; features do not depend
 * on each other in cycles; errors are translated by the platform's one {@code @RestControllerAdvice} only; and every
 * role an endpoint requires is one of the platform's {@code Roles} (a misspelt role would lock everyone out); and
 * services create no threads or executors of their own (jobs and background work go through the platform's
 * {@code ScheduledJobs} and {@code BackgroundWorkers}, which are bounded, leased and measured).
 */
public final class SpbeArchitecture {

    private static final String ROLES_CLASS = "id.go.spbe.platform.security.Roles";
    private static final Pattern QUOTED_ROLE = Pattern.compile("'([^']*)'");

    private SpbeArchitecture() {
    }

    public static List<ArchRule> rules(String basePackage) {
        return List.of(
                noClasses().that().resideInAPackage(basePackage + "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                basePackage + "..web..", basePackage + "..persistence..",
                                basePackage + "..messaging..", "org.springframework.web..",
                                "org.springframework.kafka..", "org.apache.kafka..", "jakarta.servlet..")
                        .as("domain code does not depend on web, persistence adapters or messaging")
                        .allowEmptyShould(true),
                noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                        .should().dependOnClassesThat()
                        .areAssignableTo(org.springframework.data.repository.Repository.class)
                        .as("controllers do not call repositories")
                        .allowEmptyShould(true),
                classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                        .and().resideInAPackage(basePackage + "..")
                        .should(beUsedOnlyInsideTheirFeature(basePackage))
                        .as("a repository is used only inside its own feature package")
                        .allowEmptyShould(true),
                noThreadsOfTheirOwn(basePackage),
                slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                        .as("features of " + basePackage + " are free of cycles")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().beAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                        .orShould().beAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class)
                        .as("errors are translated by the platform's one @RestControllerAdvice (ProblemDetailsAdvice);"
                                + " a service adds exceptions, not advices")
                        .allowEmptyShould(true),
                classes().that().resideInAPackage(basePackage + "..")
                        .should(requireOnlyKnownRoles())
                        .as("endpoints require only roles of " + ROLES_CLASS)
                        .allowEmptyShould(true),
                members().that().areDeclaredInClassesThat().resideInAPackage(basePackage + "..")
                        .should(requireOnlyKnownRoles())
                        .as("endpoints require only roles of " + ROLES_CLASS)
                        .allowEmptyShould(true));
    }

    /**
     * No {@code new Thread}, no {@code Executors} factory, no hand-made thread pool in a service: such threads are
     * unbounded, unmeasured, ignore the lease that keeps a job on one replica and outlive the context.
     */
    public static ArchRule noThreadsOfTheirOwn(String basePackage) {
        DescribedPredicate<JavaConstructorCall> threadOrPool = DescribedPredicate.describe(
                "a Thread or an executor",
                call -> call.getTargetOwner().isAssignableTo(Thread.class)
                        || call.getTargetOwner().isAssignableTo(ExecutorService.class)
                        || call.getTargetOwner().isAssignableTo(ThreadFactory.class));
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().callConstructorWhere(threadOrPool)
                .orShould().accessClassesThat().belongToAnyOf(Executors.class)
                .as("services create no threads or executors of their own (use ScheduledJobs / BackgroundWorkers)")
                .allowEmptyShould(true);
    }

    /**
     * Checks all rules against the production classes under {@code basePackage}, and — run from a module directory,
     * as the build runs tests — that its {@code src/main/java} spells no role name in a string literal.
     */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        for (ArchRule rule : rules(basePackage)) {
            rule.check(classes);
        }
        Path sources = Path.of("src", "main", "java");
        if (Files.isDirectory(sources)) {
            List<String> literals = roleLiterals(sources);
            if (!literals.isEmpty()) {
                throw new AssertionError("Role names are spelt as string literals; use the constants of "
                        + ROLES_CLASS + " (@RolesAllowed(Roles.X), caller.hasRole(Roles.X)):\n"
                        + String.join("\n", literals));
            }
        }
    }

    /**
     * Source lines under {@code sourceRoot} that spell a role name as a string literal ({@code "DINAS_ADMIN"}) or as
     * a quoted role in an expression ({@code hasRole('DINAS_ADMIN')}). Bytecode cannot tell a literal from an inlined
     * constant, so this rule reads the sources; the {@code Roles} type itself is exempt. Prose that mentions a role in
     * a longer string (an OpenAPI description) is not a literal role name and passes.
     */
    public static List<String> roleLiterals(Path sourceRoot) {
        Set<String> known = knownRoles();
        if (known.isEmpty()) {
            return List.of();
        }
        Pattern literal = Pattern.compile("([\"'])(?:ROLE_)?(" + String.join("|", known) + ")\\1");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(Path.of("id", "go", "spbe", "platform", "security", "Roles.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (literal.matcher(lines.get(i)).find()) {
                        found.add(sourceRoot.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The feature of a package: its first segment below the service's base package. */
    static String featureOf(String basePackage, String packageName) {
        if (!packageName.startsWith(basePackage + ".")) {
            return "";
        }
        String rest = packageName.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature(String basePackage) {
        return new ArchCondition<>("be used only inside their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(basePackage, repository.getPackageName());
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (origin.getPackageName().startsWith(basePackage)
                            && !feature.equals(featureOf(basePackage, origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " — go through a public class of feature '" + feature + "' instead"));
                    }
                }
            }
        };
    }

    /**
     * Role names in {@code @RolesAllowed}, {@code @Secured} and the {@code hasRole}/{@code hasAnyRole} of
     * {@code @PreAuthorize} must be constants of {@code Roles}. (Whether a name was written as a literal or as the
     * constant cannot be told from bytecode, where constants are inlined; an unknown name can.)
     */
    private static <T extends HasAnnotations<?>> ArchCondition<T> requireOnlyKnownRoles() {
        return new ArchCondition<>("require only roles of " + ROLES_CLASS) {
            @Override
            public void check(T annotated, ConditionEvents events) {
                Set<String> known = knownRoles();
                if (known.isEmpty()) {
                    return;
                }
                for (JavaAnnotation<?> annotation : annotated.getAnnotations()) {
                    for (String role : rolesNamedBy(annotation)) {
                        if (!known.contains(role)) {
                            events.add(SimpleConditionEvent.violated(annotated, annotated.getDescription()
                                    + " requires role '" + role + "', which is not one of " + known));
                        }
                    }
                }
            }
        };
    }

    private static List<String> rolesNamedBy(JavaAnnotation<?> annotation) {
        String type = annotation.getRawType().getName();
        Optional<Object> value = annotation.get("value");
        List<String> roles = new ArrayList<>();
        if (value.isEmpty()) {
            return roles;
        }
        switch (type) {
            case "jakarta.annotation.security.RolesAllowed" -> roles.addAll(strings(value.get()));
            case "org.springframework.security.access.annotation.Secured" ->
                    strings(value.get()).forEach(role -> roles.add(role.replaceFirst("^ROLE_", "")));
            case "org.springframework.security.access.prepost.PreAuthorize" -> {
                Matcher calls = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)").matcher(value.get().toString());
                while (calls.find()) {
                    Matcher quoted = QUOTED_ROLE.matcher(calls.group(1));
                    while (quoted.find()) {
                        roles.add(quoted.group(1).replaceFirst("^ROLE_", ""));
                    }
                }
            }
            default -> {
            }
        }
        return roles;
    }

    private static List<String> strings(Object value) {
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> knownRoles() {
        try {
            Field all = Class.forName(ROLES_CLASS).getField("ALL");
            return Set.copyOf((Collection<String>) all.get(null));
        } catch (ReflectiveOperationException | ClassCastException notOnTheClasspath) {
            return Set.of();
        }
    }
}
