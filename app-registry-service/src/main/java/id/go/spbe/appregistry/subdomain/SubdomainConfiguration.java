package id.go.spbe.appregistry.subdomain;

import id.go.spbe.appregistry.application.domain.RegionDomain;
import id.go.spbe.appregistry.application.ApplicationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubdomainConfiguration {

    /** The profile's domain (A10) as the bean every feature checks URLs against. */
    @Bean
    RegionDomain regionDomain(ApplicationRules rules) {
        return RegionDomain.of(rules.domain());
    }
}
