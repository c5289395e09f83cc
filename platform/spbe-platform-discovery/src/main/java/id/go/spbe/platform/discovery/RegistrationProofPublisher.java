package id.go.spbe.platform.discovery;

import com.netflix.appinfo.ApplicationInfoManager;
import com.netflix.appinfo.InstanceInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

import java.util.Map;

/**
 * Puts this instance's {@link RegistrationProof} into its Eureka metadata before the instance registers.
 *
 * <p>Registration starts in lifecycle phase 0 (Spring Cloud's {@code EurekaAutoServiceRegistration}); this runs
 * in phase -1, when host, port and instance id are final for a configured port. With a random port
 * ({@code server.port=0}) the port is known only once the web server is up; the proof is then signed again when
 * the application is ready, and the changed metadata goes out with the next instance-info replication.
 */
public class RegistrationProofPublisher implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

    private final ObjectProvider<ApplicationInfoManager> infoManager;
    private final RegistrationProof proof;
    private volatile boolean running;

    public RegistrationProofPublisher(ObjectProvider<ApplicationInfoManager> infoManager, RegistrationProof proof) {
        this.infoManager = infoManager;
        this.proof = proof;
    }

    @Override
    public void start() {
        publish();
        running = true;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        publish();
    }

    void publish() {
        ApplicationInfoManager manager = infoManager.getIfAvailable();
        if (manager == null) {
            return;
        }
        InstanceInfo info = manager.getInfo();
        String signed = proof.sign(info);
        if (!signed.equals(info.getMetadata().get(RegistrationProof.METADATA_KEY))) {
            manager.registerAppMetadata(Map.of(RegistrationProof.METADATA_KEY, signed));
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return -1;
    }
}
