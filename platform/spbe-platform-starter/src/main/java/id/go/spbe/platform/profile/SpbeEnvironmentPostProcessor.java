package id.go.spbe.platform.profile;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds, at the lowest precedence, the starter's defaults ({@code spbe/spbe-defaults.yml}) and the regulation profile
 * chosen by {@code SPBE_PROFILE} ({@code spbe/profiles/<name>.yml}, default {@code rejang-lebong}). Services bind only
 * the {@code spbe.regulation.<area>} section they own. An unknown profile stops start-up with the list of known ones.
 */
public class SpbeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final List<String> PROFILES = List.of("rejang-lebong", "bitung", "maluku-tenggara",
            "manggarai-barat", "samarinda", "national-default");

    private final YamlPropertySourceLoader loader = new YamlPropertySourceLoader();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(load("spbeDefaults", new ClassPathResource("spbe/spbe-defaults.yml")));
        String profile = environment.getProperty("spbe.profile", "rejang-lebong").trim();
        if (!PROFILES.contains(profile)) {
            throw new IllegalStateException("Unknown SPBE_PROFILE '" + profile + "'. Known profiles: " + PROFILES);
        }
        environment.getPropertySources()
                .addLast(load("spbeRegulationProfile[" + profile + "]",
                        new ClassPathResource("spbe/profiles/" + profile + ".yml")));
    }

    private PropertySource<?> load(String name, Resource resource) {
        try {
            return loader.load(name, resource).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public int getOrder() {
        // After config data (application.yml), so `spbe.profile` set there or in the environment is visible.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
