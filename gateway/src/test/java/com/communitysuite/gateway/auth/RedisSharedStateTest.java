package com.communitysuite.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Replay and rate-limit state shared by two gateway replicas through a real Redis server (Debian's redis-server,
 * started here on a free port); skipped where it is not installed.
 */
class RedisSharedStateTest {

    static Process redisServer;
    static LettuceConnectionFactory connections;
    static ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void startRedis() throws Exception {
        Path binary = Path.of("/usr/bin/redis-server");
        Assumptions.assumeTrue(Files.isExecutable(binary), "redis-server is not installed");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redisServer = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitPort(port);
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        connections.afterPropertiesSet();
        connections.start();
        redis = new ReactiveStringRedisTemplate(connections);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (connections != null) {
            connections.destroy();
        }
        if (redisServer != null) {
            redisServer.destroy();
            redisServer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSignSeenByOneReplicaIsAReplayForAnother() {
        ReplayGuard first = new RedisReplayGuard(redis, Duration.ofMinutes(5));
        ReplayGuard second = new RedisReplayGuard(redis, Duration.ofMinutes(5));
        String sign = UUID.randomUUID().toString();

        assertThat(first.firstUse("uid-1", sign).block()).isTrue();
        assertThat(second.firstUse("uid-1", sign).block()).isFalse();
        assertThat(second.firstUse("uid-2", sign).block()).as("another caller's sign").isTrue();
    }

    @Test
    void replicasCountAgainstOneLimit() {
        RateLimiter first = new RedisRateLimiter(redis);
        RateLimiter second = new RedisRateLimiter(redis);
        String key = "caller:" + UUID.randomUUID();
        long now = System.currentTimeMillis();

        assertThat(first.tryAcquire(key, 3, now).block()).isTrue();
        assertThat(second.tryAcquire(key, 3, now).block()).isTrue();
        assertThat(first.tryAcquire(key, 3, now).block()).isTrue();
        assertThat(second.tryAcquire(key, 3, now).block()).isFalse();
        assertThat(first.tryAcquire(key, 3, now + 1000).block()).as("the next second").isTrue();
        assertThat(redis.getExpire("suite:rate:" + key + ":" + now / 1000).block()).isPositive();
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            }
            catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start");
    }
}
