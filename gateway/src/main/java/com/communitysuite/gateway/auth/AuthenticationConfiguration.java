package com.communitysuite.gateway.auth;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.web.reactive.function.client.WebClient;

import com.communitysuite.gateway.identity.IdentityHandOffFilter;
import com.communitysuite.gateway.identity.IdentityTokens;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityProperties;
import com.communitysuite.platform.security.identity.IdentityTokenSigner;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class AuthenticationConfiguration {

    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdentityTokenSigner identityTokenSigner(IdentityProperties properties, Clock clock) {
        return new IdentityTokenSigner(IdentityKeys.signingKey(properties.signingKey()), properties.tokenValidity(),
                clock);
    }

    /** One signed identity token per caller at a time, for the hand-off and the gateway's own look-ups. */
    @Bean
    IdentityTokens identityTokens(IdentityTokenSigner identityTokenSigner) {
        return new IdentityTokens(identityTokenSigner);
    }

    @Bean
    IdentityHandOffFilter identityHandOffFilter(IdentityTokens identityTokens) {
        return new IdentityHandOffFilter(identityTokens);
    }

    @Bean
    AccountServiceClient accountServiceClient(WebClient.Builder loadBalancedWebClientBuilder, AuthProperties properties,
            IdentityTokens identityTokens) {
        return new AccountServiceClient(loadBalancedWebClientBuilder, properties, identityTokens);
    }

    /** Replay and rate-limit state: in memory (one replica, the default) or in Redis (shared by all replicas). */
    @Bean
    ReplayGuard replayGuard(@Value("${suite.gateway.shared-state:memory}") String store, AuthProperties properties,
            ObjectProvider<ReactiveStringRedisTemplate> redis) {
        return "redis".equals(store) ? new RedisReplayGuard(redis.getObject(), properties.timestampWindow())
                : new InMemoryReplayGuard(properties.timestampWindow());
    }

    @Bean
    RateLimiter rateLimiter(@Value("${suite.gateway.shared-state:memory}") String store,
            ObjectProvider<ReactiveStringRedisTemplate> redis) {
        return "redis".equals(store) ? new RedisRateLimiter(redis.getObject()) : new InMemoryRateLimiter();
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimiter rateLimiter, RateLimitProperties properties, Clock clock) {
        return new RateLimitFilter(rateLimiter, properties, clock);
    }

    @Bean
    CallerRateLimitFilter callerRateLimitFilter(RateLimiter rateLimiter, RateLimitProperties properties, Clock clock) {
        return new CallerRateLimitFilter(rateLimiter, properties, clock);
    }

    @Bean
    RevokedSessions revokedSessions(AuthProperties properties) {
        return new RevokedSessions(properties.accessTokenLifetime());
    }

    @Bean
    AccountEventsListener accountEventsListener(AccountServiceClient accounts, RevokedSessions revokedSessions,
            AuthProperties properties) {
        return new AccountEventsListener(accounts, revokedSessions, properties.accessTokenLifetime());
    }

    @Bean
    MpAccessAnswerFilter mpAccessAnswerFilter(AccountServiceClient accounts, AuthProperties properties, Clock clock) {
        return new MpAccessAnswerFilter(accounts, properties, clock);
    }

    @Bean
    SurfaceAuthenticationFilter surfaceAuthenticationFilter(AccountServiceClient accounts,
            RevokedSessions revokedSessions, ReplayGuard replays, AuthProperties properties, Clock clock) {
        AccessTokenVerifier accessTokens = new AccessTokenVerifier(accounts, revokedSessions, clock);
        return new SurfaceAuthenticationFilter(
                new AppAuthenticationFilter(accounts, replays, properties, clock),
                new TokenAuthenticationFilter(accessTokens, accounts, revokedSessions, properties),
                new WxAuthenticationFilter(accessTokens, accounts),
                new CodesAuthenticationFilter(accounts, properties));
    }
}
