package id.go.spbe.appregistry.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Keeping the search index current.
 *
 * @param catchUpInterval how often the index re-reads applications changed since the last pass (writes of other
 *                        replicas, or changes made without a save hook)
 * @param catchUpMargin   how far before the last pass's start a pass looks back, for clock skew between replicas
 *                        and for saves stamped before the previous pass but committed after it
 */
@ConfigurationProperties("spbe.app-registry.search")
public record SearchProperties(@DefaultValue("30s") Duration catchUpInterval,
        @DefaultValue("2m") Duration catchUpMargin) {
}
