package id.go.spbe.dev.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DevSettingsTest {

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverDefault() {
        Properties props = new Properties();
        props.put("kafka.port", "19092");
        DevSettings s = new DevSettings(Map.of("KAFKA_PORT", "29092", "MONGODB_PORT", "27018"), props);

        assertThat(s.port("kafka.port", "KAFKA_PORT", 9092)).isEqualTo(19092);
        assertThat(s.port("mongodb.port", "MONGODB_PORT", 27017)).isEqualTo(27018);
        assertThat(s.port("x.port", "X_PORT", 1234)).isEqualTo(1234);
    }

    @Test
    void homeDefaultsToDotSpbeUnderWorkingDirectoryAndIsAbsolute() {
        DevSettings none = new DevSettings(Map.of(), new Properties());
        assertThat(none.home()).isEqualTo(Path.of(".spbe").toAbsolutePath().normalize());

        DevSettings env = new DevSettings(Map.of("SPBE_HOME", "/tmp/a"), new Properties());
        assertThat(env.home()).isEqualTo(Path.of("/tmp/a"));

        Properties props = new Properties();
        props.put(DevSettings.HOME_PROPERTY, "/tmp/b");
        assertThat(new DevSettings(Map.of("SPBE_HOME", "/tmp/a"), props).home()).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void rejectsInvalidPorts() {
        DevSettings s = new DevSettings(Map.of("KAFKA_PORT", "nine", "MONGODB_PORT", "70000"), new Properties());
        assertThatThrownBy(() -> s.port("kafka.port", "KAFKA_PORT", 9092)).hasMessageContaining("KAFKA_PORT");
        assertThatThrownBy(() -> s.port("mongodb.port", "MONGODB_PORT", 27017)).hasMessageContaining("MONGODB_PORT");
    }

    @Test
    void brokerIsOneCombinedKraftNodeOnLoopback() {
        Properties p = KafkaDevBroker.brokerProperties(Path.of("/data/kafka"), 19092, 19093);
        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(p.getProperty("log.dirs")).isEqualTo("/data/kafka");
        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
    }
}
