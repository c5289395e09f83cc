package id.go.spbe.appregistry.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Duplicate detection (G5).
 *
 * @param minScore   similarity (0..1) from which an application is reported as a likely duplicate
 * @param limit      how many candidates are reported at most
 * @param candidates how many of the index's nearest applications are scored
 */
@ConfigurationProperties("spbe.app-registry.duplicates")
public record DuplicateProperties(@DefaultValue("0.35") double minScore, @DefaultValue("5") int limit,
        @DefaultValue("30") int candidates) {
}
