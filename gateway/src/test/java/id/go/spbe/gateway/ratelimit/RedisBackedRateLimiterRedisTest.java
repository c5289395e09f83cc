package id.go.spbe.gateway.ratelimit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis backend against a real redis-server (started here on a free port), running Spring Cloud Gateway's
 * own Lua script. Skipped where no redis-server is installed ({@code apt-get install redis-server}).
 */
@EnabledIf("redisServerInstalled")
class RedisBackedRateLimiterRedisTest {

    private static Process redis;
    private static LettuceConnectionFactory connections;
    private static RedisRateLimiter gatewayLimiter;

    static boolean redisServerInstalled() {
        return redisServer() != null;
    }

    @BeforeAll
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void startRedis() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        redis = new ProcessBuilder(redisServer().toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitPort(port);
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        connections.afterPropertiesSet();
        DefaultRedisScript script = new DefaultRedisScript<>();
        script.setScriptSource(new ResourceScriptSource(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")));
        script.setResultType(List.class);
        gatewayLimiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(connections),
                (RedisScript<List<Long>>) script, null);
    }

    @AfterAll
    static void stopRedis() {
        if (connections != null) {
            connections.destroy();
        }
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void theBurstIsSharedThroughRedisAndThenRefused() {
        RedisBackedRateLimiter first = new RedisBackedRateLimiter(gatewayLimiter, 1, 3);
        // a second gateway replica, same Redis
        RedisBackedRateLimiter second = new RedisBackedRateLimiter(gatewayLimiter, 1, 3);
        String caller = "user:" + System.nanoTime();

        assertThat(first.tryAcquire(caller).block()).isEqualTo(RateLimitDecision.allow(2));
        assertThat(second.tryAcquire(caller).block()).isEqualTo(RateLimitDecision.allow(1));
        assertThat(first.tryAcquire(caller).block()).isEqualTo(RateLimitDecision.allow(0));
        assertThat(second.tryAcquire(caller).block().allowed()).isFalse();
        assertThat(first.tryAcquire("user:someone-else").block().allowed()).isTrue();
    }

    private static Path redisServer() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    private static void awaitPort(int port) throws InterruptedException, IOException {
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("redis-server did not listen on " + port);
    }
}
