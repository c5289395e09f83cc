package id.go.spbe.platform.discovery;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Makes every registry client present the registry account ({@code spbe.registry.username/password}, env
 * {@code EUREKA_USERNAME} / {@code EUREKA_PASSWORD}) with HTTP Basic. Eureka's HTTP clients (the blocking and the
 * reactive one) send the userinfo of the service URL as Basic credentials, so the credentials are written into
 * {@code eureka.client.service-url.defaultZone} here, percent-encoded, for each URL that does not carry its own.
 * Configuration keeps the plain URL ({@code EUREKA_URI}) and the secret apart, and logs never see the secret in
 * a URL someone copied from a config file.
 *
 * <p>Defaults ({@link RegistryClientDefaults}) are added at the lowest precedence, so any property source wins.
 */
public class RegistryCredentialsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SERVICE_URL = "eureka.client.service-url.defaultZone";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("spbeRegistryClientDefaults", Map.of(
                "spbe.registry.username", "${EUREKA_USERNAME:" + RegistryClientDefaults.DEV_USERNAME + "}",
                "spbe.registry.password", "${EUREKA_PASSWORD:" + RegistryClientDefaults.DEV_PASSWORD + "}",
                "spbe.registry.registration-secret",
                "${EUREKA_REGISTRATION_SECRET:" + RegistryClientDefaults.DEV_REGISTRATION_SECRET + "}")));
        String serviceUrls = environment.getProperty(SERVICE_URL);
        String username = environment.getProperty("spbe.registry.username");
        String password = environment.getProperty("spbe.registry.password");
        if (serviceUrls == null || username == null || username.isBlank() || password == null) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("spbeRegistryClientCredentials",
                Map.of(SERVICE_URL, withCredentials(serviceUrls, username, password))));
    }

    /** Adds {@code username:password@} to each comma-separated URL that has no userinfo of its own. */
    static String withCredentials(String serviceUrls, String username, String password) {
        String userInfo = encode(username) + ":" + encode(password) + "@";
        return Arrays.stream(serviceUrls.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(url -> {
                    URI uri = URI.create(url);
                    if (uri.getRawUserInfo() != null || uri.getScheme() == null || uri.getRawAuthority() == null) {
                        return url;
                    }
                    int authority = url.indexOf("//") + 2;
                    return url.substring(0, authority) + userInfo + url.substring(authority);
                })
                .collect(Collectors.joining(","));
    }

    /** The URL as it may be logged: without its userinfo. */
    public static String withoutCredentials(String serviceUrls) {
        return serviceUrls.replaceAll("//[^/@,]*@", "//");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
