package id.go.spbe.dev.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.spbe.dev.launcher.demo.DemoLoader;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void noArgumentsMeansEverythingWithDefaults() {
        LauncherOptions o = LauncherOptions.parse(List.of());
        assertThat(o.components()).isEqualTo(Component.all());
        assertThat(o.home()).isNull();
        assertThat(o.order()).isNull();
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(o.help()).isFalse();
        assertThat(o.demo()).isTrue();
    }

    @Test
    void noDemoSkipsTheDemoRegionAsSpbeDemoFalseDoes() {
        assertThat(LauncherOptions.parse(List.of("--no-demo", "--only", "mongo")).demo()).isFalse();
        assertThat(LauncherOptions.USAGE).contains("--no-demo").contains("SPBE_DEMO=false");
        assertThat(DemoLoader.disabledByEnv("false")).isTrue();
        assertThat(DemoLoader.disabledByEnv(" OFF ")).isTrue();
        assertThat(DemoLoader.disabledByEnv("0")).isTrue();
        assertThat(DemoLoader.disabledByEnv(null)).isFalse();
        assertThat(DemoLoader.disabledByEnv("true")).isFalse();
    }

    @Test
    void parsesHomeOnlyOrderAndTimeoutInBothSpellings() {
        LauncherOptions o = LauncherOptions.parse(List.of("--home", "/tmp/x", "--only=mongo,kafka,registry,app-registry",
                "--order", "parallel", "--timeout=90"));
        assertThat(o.home()).isEqualTo("/tmp/x");
        assertThat(o.components()).containsExactly(Component.MONGO, Component.KAFKA, Component.SERVICE_REGISTRY,
                Component.APP_REGISTRY);
        assertThat(o.order()).isEqualTo(StackConfig.StartOrder.PARALLEL);
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void withoutRemovesComponents() {
        LauncherOptions o = LauncherOptions.parse(List.of("--without", "gateway,MONEV,audit-service"));
        assertThat(o.components()).doesNotContain(Component.GATEWAY, Component.MONEV, Component.AUDIT)
                .contains(Component.KEYCLOAK).hasSize(Component.values().length - 3);
    }

    @Test
    void rejectsUnknownOptionsAndComponents() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--frobnicate")))
                .hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--only", "mongo,redis")))
                .hasMessageContaining("redis").hasMessageContaining("service-registry");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--home")))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--only", "mongo", "--without", "kafka")))
                .hasMessageContaining("either");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--timeout", "soon")))
                .hasMessageContaining("--timeout");
    }

    @Test
    void componentNamesAreForgiving() {
        assertThat(Component.parse("eureka")).isEqualTo(Component.SERVICE_REGISTRY);
        assertThat(Component.parse("SERVICE_REGISTRY")).isEqualTo(Component.SERVICE_REGISTRY);
        assertThat(Component.parse("servicedesk")).isEqualTo(Component.SERVICEDESK);
        assertThat(Component.parse("servicedesk-service")).isEqualTo(Component.SERVICEDESK);
        assertThat(Component.parse(" Kafka ")).isEqualTo(Component.KAFKA);
    }
}
