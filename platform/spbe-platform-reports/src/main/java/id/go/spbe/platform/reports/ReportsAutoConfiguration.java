package id.go.spbe.platform.reports;

import id.go.spbe.platform.profile.RegionProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PDF reports for a service: a Thymeleaf engine of its own (templates under {@code spbe.reports.templates}, the
 * platform's {@code spbe-layout} fragments beside them), the region from the regulation profile, and a
 * {@link ReportSigner} when {@code spbe.reports.signing.keystore} is set. Boot's web Thymeleaf, if a service has it,
 * is not touched.
 */
@AutoConfiguration
@EnableConfigurationProperties(ReportProperties.class)
public class ReportsAutoConfiguration {

    /** Areas of the regulation profile whose {@code report-to} is offered to templates as {@code reportTo[area]}. */
    static final List<String> REPORT_AREAS = List.of("audit", "monev");

    @Bean
    @ConditionalOnMissingBean(name = "reportTemplateEngine")
    SpringTemplateEngine reportTemplateEngine(ReportProperties properties) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(properties.templates(), 1));
        engine.addTemplateResolver(resolver("spbe/reports/templates/", 2));
        return engine;
    }

    @Bean
    @ConditionalOnMissingBean
    ReportRenderer reportRenderer(SpringTemplateEngine reportTemplateEngine, ReportProperties properties,
            Environment environment, ResourceLoader resources, ObjectProvider<Clock> clockProvider) {
        RegionProfile profile = Binder.get(environment).bind("spbe.regulation", RegionProfile.class).orElse(null);
        Map<String, String> reportTo = new LinkedHashMap<>();
        for (String area : REPORT_AREAS) {
            String addressee = environment.getProperty("spbe.regulation." + area + ".report-to");
            if (addressee != null) {
                reportTo.put(area, addressee);
            }
        }
        Clock clock = clockProvider.getIfAvailable(Clock::systemUTC);
        ReportRenderer unsigned = new ReportRenderer(reportTemplateEngine, profile, reportTo, properties, null, clock);
        ReportProperties.Signing signing = properties.signing();
        if (signing == null || !signing.enabled()) {
            return unsigned;
        }
        String location = signing.location() != null ? signing.location()
                : profile != null && profile.region() != null ? profile.region().name() : null;
        try {
            ReportSigner signer = ReportSigner.fromKeyStore(resources.getResource(signing.keystore()).getInputStream(),
                    signing.password() == null ? new char[0] : signing.password().toCharArray(), signing.alias(),
                    signing.visible(), signing.reason(), location, unsigned.format(), clock);
            return new ReportRenderer(reportTemplateEngine, profile, reportTo, properties, signer, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spbe.reports.signing.keystore " + signing.keystore(), e);
        }
    }

    private static ClassLoaderTemplateResolver resolver(String prefix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(prefix.endsWith("/") ? prefix : prefix + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
