package id.go.spbe.platform.discovery;

import com.netflix.appinfo.ApplicationInfoManager;
import com.netflix.appinfo.InstanceInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, defect 1: the gateway can tell an instance registered by a platform process from a forged one. */
class RegistrationProofTest {

    private final RegistrationProof proof = new RegistrationProof("registration-secret");

    @Test
    void anInstanceSignedWithTheSecretVerifies() {
        InstanceInfo instance = instance("10.0.0.5", 8086, Map.of(RegistrationProof.METADATA_KEY,
                proof.sign("MONEV-SERVICE", "10.0.0.5", 8086, "10.0.0.5:monev-service:8086")));

        assertThat(proof.verify(instance)).isTrue();
    }

    @Test
    void noProofAnotherSecretsProofOrAProofCopiedToAnotherAddressDoesNotVerify() {
        assertThat(proof.verify(instance("10.0.0.5", 8086, Map.of()))).isFalse();
        String foreign = new RegistrationProof("guessed").sign("MONEV-SERVICE", "10.0.0.5", 8086,
                "10.0.0.5:monev-service:8086");
        assertThat(proof.verify(instance("10.0.0.5", 8086, Map.of(RegistrationProof.METADATA_KEY, foreign))))
                .isFalse();
        String genuine = proof.sign("MONEV-SERVICE", "10.0.0.5", 8086, "10.0.0.5:monev-service:8086");
        assertThat(proof.verify(instance("10.6.6.6", 8086, Map.of(RegistrationProof.METADATA_KEY, genuine))))
                .isFalse();
        assertThat(proof.verify(instance("10.0.0.5", 9999, Map.of(RegistrationProof.METADATA_KEY, genuine))))
                .isFalse();
    }

    @Test
    void aGenuineProofDoesNotCoverTheSameInstanceTurnedToASecurePort() {
        String genuine = proof.sign("MONEV-SERVICE", "10.0.0.5", 8086, "10.0.0.5:monev-service:8086");
        InstanceInfo secure = new InstanceInfo.Builder(instance("10.0.0.5", 8086,
                Map.of(RegistrationProof.METADATA_KEY, genuine)))
                .setSecurePort(8443).enablePort(InstanceInfo.PortType.SECURE, true).build();

        assertThat(proof.verify(secure)).isFalse();
    }

    @Test
    void thePublisherPutsTheProofIntoTheInstanceMetadataBeforeRegistration() {
        ApplicationInfoManager manager = new ApplicationInfoManager(null,
                instance("127.0.0.1", 8081, new java.util.HashMap<>()), null);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("manager", manager));
        RegistrationProofPublisher publisher = new RegistrationProofPublisher(
                beans.getBeanProvider(ApplicationInfoManager.class), proof);

        publisher.start();

        assertThat(publisher.getPhase()).isLessThan(0);
        assertThat(proof.verify(manager.getInfo())).isTrue();
    }

    private static InstanceInfo instance(String host, int port, Map<String, String> metadata) {
        return InstanceInfo.Builder.newBuilder().setAppName("MONEV-SERVICE")
                .setInstanceId("10.0.0.5:monev-service:8086").setHostName(host).setIPAddr(host)
                .setPort(port).setVIPAddress("monev-service").setMetadata(metadata).build();
    }
}
