package id.go.spbe.platform.test.profile;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The regulation profiles exactly as the starter ships them ({@code spbe/profiles/<name>.yml} with
 * {@code spbe/spbe-defaults.yml}, read from the starter on the test classpath), bound to the properties records a
 * service's domain uses — so unit tests check the regional rules the regions really run with, not hand-copied values
 * that drift from the files.
 *
 * <pre>{@code
 * RegistrationPolicy bitung = RegionProfiles.bind("bitung", "spbe.regulation.applications", ApplicationRules.class)
 *         .policy();
 * }</pre>
 */
public final class RegionProfiles {

    private static final String DIRECTORY = "spbe/profiles/";

    private RegionProfiles() {
    }

    /** The names of every profile on the classpath, sorted (the starter ships them; tests must not add any). */
    public static List<String> all() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + DIRECTORY
                    + "*.yml");
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".yml".length())).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DIRECTORY, e);
        }
    }

    /**
     * Binds the section {@code prefix} of profile {@code profile} to {@code type} the way Spring Boot binds
     * {@code @ConfigurationProperties} (relaxed names, constructor binding for records).
     *
     * @throws IllegalArgumentException for a profile that is not on the classpath or a section the profile lacks
     */
    public static <T> T bind(String profile, String prefix, Class<T> type) {
        return Binder.get(environment(profile)).bind(prefix, type)
                .orElseThrow(() -> new IllegalArgumentException("profile '" + profile + "' has no " + prefix));
    }

    private static StandardEnvironment environment(String profile) {
        ClassPathResource file = new ClassPathResource(DIRECTORY + profile + ".yml");
        if (!file.exists()) {
            throw new IllegalArgumentException("no profile '" + profile + "' on the classpath; there are " + all());
        }
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        // Only the files: no system property or environment variable may change what a test reads.
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        // The same files in the same order as at start-up (SpbeEnvironmentPostProcessor in the starter).
        sources.addLast(load("spbeDefaults", new ClassPathResource("spbe/spbe-defaults.yml")));
        sources.addLast(load("spbeRegulationProfile[" + profile + "]", file));
        return environment;
    }

    private static PropertySource<?> load(String name, Resource resource) {
        try {
            return new YamlPropertySourceLoader().load(name, resource).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
