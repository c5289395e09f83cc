package id.go.spbe.platform.test.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every SPBE service keeps (CODE-STYLE.md §3), run by one test per service:
 * domain code is free of web, persistence adapters and messaging; controllers go through the feature's application
 * service, never straight to a repository; features do not depend on each other in cycles; services create no threads
 * or executors of their own (jobs and background work go through the platform's {@code ScheduledJobs} and
 * {@code BackgroundWorkers}, which are bounded, leased and measured).
 */
public final class SpbeArchitecture {

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
                noThreadsOfTheirOwn(basePackage),
                slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                        .as("features of " + basePackage + " are free of cycles")
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

    /** Checks all rules against the production classes under {@code basePackage}. */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        for (ArchRule rule : rules(basePackage)) {
            rule.check(classes);
        }
    }
}
