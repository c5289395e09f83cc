package id.go.spbe.servicedesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import id.go.spbe.platform.test.infra.SpbeIntegrationTest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the test JVM (GreenMail on a free port), and the context customizer that points every
 * {@link SpbeIntegrationTest} context's {@code spring.mail.*} at it — stateless, so all test classes still share one
 * context. Registered in {@code META-INF/spring.factories} of the test resources.
 */
public final class TestMailServer implements ContextCustomizerFactory {

    private static GreenMail server;

    /** The JVM's SMTP server, started on first use and stopped with the JVM. */
    public static synchronized GreenMail smtp() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return server;
    }

    public static int port() {
        return smtp().getSmtp().getPort();
    }

    /** Every message the server received whose subject contains {@code marker} (e.g. a ticket number). */
    public static List<MimeMessage> received(String marker) {
        return Arrays.stream(smtp().getReceivedMessages()).filter(m -> subject(m).contains(marker)).toList();
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, SpbeIntegrationTest.class) ? new Customizer()
                : null;
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("servicedesk-test-smtp",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(port()))));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
