package id.go.spbe.platform.documents;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * At the lowest precedence, lets the servlet multipart limits follow {@code spbe.documents.max-size}, so the container
 * refuses an oversized upload with the same limit the store applies (one 413 path); a service may still set them.
 */
public class DocumentsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("spbeDocumentsDefaults", Map.of(
                "spring.servlet.multipart.max-file-size", "${spbe.documents.max-size:50MB}",
                "spring.servlet.multipart.max-request-size", "${spbe.documents.max-size:50MB}")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
