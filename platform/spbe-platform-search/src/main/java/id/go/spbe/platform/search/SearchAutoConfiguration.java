package id.go.spbe.platform.search;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** One {@link IndonesianText} per service that has this module: its analyzers are thread-safe and costly to build. */
@AutoConfiguration
public class SearchAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IndonesianText indonesianText() {
        return new IndonesianText();
    }
}
