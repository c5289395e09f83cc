package id.go.spbe.platform.discovery;

import com.netflix.appinfo.ApplicationInfoManager;
import com.netflix.discovery.EurekaClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.net.InetAddress;

/**
 * The registry client's side of issue 7, defect 1: the credentials are added to the service URL by
 * {@link RegistryCredentialsEnvironmentPostProcessor}; this signs the instance's registration
 * ({@link RegistrationProof}) so that the gateway can tell it from one registered by someone else.
 */
@AutoConfiguration
@ConditionalOnClass(EurekaClient.class)
@ConditionalOnProperty(name = "eureka.client.enabled", havingValue = "true", matchIfMissing = true)
public class RegistryClientAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegistryClientAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public RegistrationProof registrationProof(Environment environment) {
        String secret = environment.getProperty("spbe.registry.registration-secret",
                RegistryClientDefaults.DEV_REGISTRATION_SECRET);
        warnAboutDevelopmentSecretsOffLoopback(environment, secret);
        return new RegistrationProof(secret);
    }

    @Bean
    @ConditionalOnProperty(name = "eureka.client.register-with-eureka", havingValue = "true", matchIfMissing = true)
    public RegistrationProofPublisher registrationProofPublisher(ObjectProvider<ApplicationInfoManager> infoManager,
            RegistrationProof proof) {
        return new RegistrationProofPublisher(infoManager, proof);
    }

    /**
     * A client cannot know whether the registry it talks to is reachable from elsewhere, so it does not refuse
     * to start (the registry itself does); but a development secret on a process that listens beyond loopback
     * is almost certainly a forgotten setting, and says so on every start.
     */
    private static void warnAboutDevelopmentSecretsOffLoopback(Environment environment, String secret) {
        boolean devSecrets = RegistryClientDefaults.DEV_REGISTRATION_SECRET.equals(secret)
                || RegistryClientDefaults.DEV_PASSWORD.equals(environment.getProperty("spbe.registry.password"));
        InetAddress address = environment.getProperty("server.address", InetAddress.class);
        if (devSecrets && (address == null || !address.isLoopbackAddress())) {
            log.warn("SECURITY: this process listens on {} and uses the development registry credentials; set "
                    + "EUREKA_PASSWORD and EUREKA_REGISTRATION_SECRET, or route without the registry "
                    + "(eureka.client.enabled=false, see gateway/README.md)",
                    address == null ? "all interfaces" : address.getHostAddress());
        }
    }
}
